import { describe, expect, it } from 'vitest';
import { groupSheet, requestStatus } from './endorsements.js';

describe('an endorsement request’s status', () => {
  const base = { answeredAt: null, withdrawnAt: null, expiresAt: '2026-03-16T09:00:00.000Z' };
  it('is open until it expires, answered once answered, and withdrawn above all', () => {
    expect(requestStatus(base, '2026-03-02T09:00:00.000Z')).toBe('open');
    expect(requestStatus(base, '2026-03-16T09:00:00.000Z')).toBe('expired');
    expect(requestStatus({ ...base, answeredAt: '2026-03-03T09:00:00.000Z' }, '2026-04-01T00:00:00.000Z')).toBe('answered');
    expect(
      requestStatus(
        { ...base, answeredAt: '2026-03-03T09:00:00.000Z', withdrawnAt: '2026-03-04T09:00:00.000Z' },
        '2026-03-05T00:00:00.000Z',
      ),
    ).toBe('withdrawn');
  });
});

describe('the endorsement sheet', () => {
  it('groups quotes by skill name, puts the rest under General, and names only those who allowed it', () => {
    const names = new Map([
      ['s-trace', 'Tracing'],
      ['s-api', 'API design'],
    ]);
    const groups = groupSheet(
      [
        {
          quote: 'Great tracer',
          endorserName: 'Grace',
          showName: true,
          relationship: 'Peer',
          observations: [{ skillId: 's-trace', level: 'expert' }],
        },
        {
          quote: 'Solid work',
          endorserName: 'Linus',
          showName: false,
          relationship: null,
          observations: [
            { skillId: 's-trace', level: 'practitioner' },
            { skillId: 's-api', level: 'novice' },
          ],
        },
        {
          quote: 'Kind and clear',
          endorserName: 'Ada',
          showName: true,
          relationship: null,
          observations: [{ skillId: 's-gone', level: 'novice' }],
        },
      ],
      names,
    );
    expect(groups.map((g) => g.skillName)).toEqual(['API design', 'Tracing', 'General']);
    expect(groups[1]?.quotes).toEqual([
      { quote: 'Great tracer', name: 'Grace', relationship: 'Peer', level: 'expert' },
      { quote: 'Solid work', name: null, relationship: null, level: 'practitioner' },
    ]);
    expect(groups[2]).toEqual({
      skillId: null,
      skillName: 'General',
      quotes: [{ quote: 'Kind and clear', name: 'Ada', relationship: null, level: null }],
    });
  });
});
