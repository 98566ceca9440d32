import { describe, expect, it } from 'vitest';
import { compareLevels, latestRatings } from './mentorRatings.js';

describe('self and mentor ratings', () => {
  it('marks where the mentor sees more, less or the same', () => {
    expect(compareLevels('novice', 'practitioner')).toBe('mentor-higher');
    expect(compareLevels('expert', 'practitioner')).toBe('mentor-lower');
    expect(compareLevels('practitioner', 'practitioner')).toBe('same');
    expect(compareLevels('practitioner', null)).toBe('not-rated');
  });

  it('counts each mentor’s latest rating of a skill, history kept', () => {
    const ratings = [
      { id: '01', mentorId: 'm', skillId: 's', createdAt: '2026-03-01T00:00:00.000Z', level: 'novice' },
      { id: '03', mentorId: 'm', skillId: 's', createdAt: '2026-03-02T00:00:00.000Z', level: 'expert' },
      { id: '02', mentorId: 'm', skillId: 's', createdAt: '2026-03-02T00:00:00.000Z', level: 'practitioner' },
      { id: '04', mentorId: 'other', skillId: 's', createdAt: '2026-03-01T00:00:00.000Z', level: 'novice' },
    ];
    expect(latestRatings(ratings).map((r) => r.id)).toEqual(['03', '04']);
  });
});
