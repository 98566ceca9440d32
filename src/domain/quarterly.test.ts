import { describe, expect, it } from 'vitest';
import type { Level } from '../schemas/common.js';
import type { Destination, GrowthMap } from '../schemas/map.js';
import {
  addMonths,
  compareSnapshots,
  destinationsToReview,
  type MapSnapshot,
  nextQuarterlyReview,
  snapshotOf,
  winsSummary,
} from './quarterly.js';

const verdict = { pass: true, reason: '', hint: '' };
const destination = (
  id: string,
  title: string,
  status: Destination['status'],
  skills: [id: string, name: string, level: Level][] = [],
): Destination => ({
  id,
  title,
  category: 'technical-specialization',
  description: null,
  measure: null,
  targetDate: null,
  businessImpact: null,
  status,
  version: 1,
  skills: skills.map(([skillId, name, level]) => ({
    id: skillId,
    destinationId: id,
    name,
    currentLevel: level,
    targetLevel: 'expert',
    version: 1,
  })),
  smart: { specific: verdict, measurable: verdict, achievable: verdict, relevant: verdict, timeBound: verdict },
});
const growthMap = (destinations: Destination[]): GrowthMap => ({
  id: 'map-1',
  title: 'Growth Map for Ada',
  role: 'Backend engineer',
  techStack: ['Node.js', 'PostgreSQL'],
  systemStage: 'scale',
  version: 3,
  updatedAt: '2026-03-31T12:00:00.000Z',
  destinations,
  notices: [],
});

describe('snapshotOf', () => {
  const map = growthMap([
    destination('d-a', 'Build a fault-tolerant microservice', 'active', [['s-1', 'Observability', 'practitioner']]),
  ]);

  it('keeps the map’s shape and drops what a review does not need', () => {
    expect(snapshotOf(map)).toEqual({
      title: 'Growth Map for Ada',
      role: 'Backend engineer',
      techStack: ['Node.js', 'PostgreSQL'],
      systemStage: 'scale',
      destinations: [
        {
          id: 'd-a',
          title: 'Build a fault-tolerant microservice',
          category: 'technical-specialization',
          status: 'active',
          skills: [{ id: 's-1', name: 'Observability', currentLevel: 'practitioner', targetLevel: 'expert' }],
        },
      ],
    });
  });

  it('does not change when the live map does afterwards', () => {
    const snapshot = snapshotOf(map);
    map.techStack.push('Kafka');
    const live = map.destinations[0];
    live?.skills.push({ ...live.skills[0]!, id: 's-2' });
    expect(snapshot.techStack).toEqual(['Node.js', 'PostgreSQL']);
    expect(snapshot.destinations[0]?.skills).toHaveLength(1);
  });
});

describe('compareSnapshots: the illustrative nine months of section 10', () => {
  const before = snapshotOf(
    growthMap([
      destination('d-sys', 'Distributed systems design', 'active', [
        ['s-trace', 'Distributed tracing', 'novice'],
        ['s-rel', 'Reliability engineering', 'practitioner'],
      ]),
      destination('d-mentor', 'Mentoring', 'active', [['s-fb', 'Mentoring and feedback', 'practitioner']]),
      destination('d-blog', 'Publish a blog series', 'retired'),
      destination('d-old', 'Learn Perl', 'active'),
    ]),
  );
  const after = snapshotOf(
    growthMap([
      destination('d-sys', 'Distributed systems design', 'completed', [
        ['s-trace', 'Distributed tracing', 'practitioner'],
        ['s-rel', 'Reliability engineering', 'novice'],
      ]),
      destination('d-mentor', 'Mentoring', 'retired', [['s-fb', 'Mentoring and feedback', 'practitioner']]),
      destination('d-blog', 'Publish a blog series', 'active'),
      destination('d-lead', 'Lead a cross-functional initiative', 'active', [['s-stake', 'Stakeholder communication', 'novice']]),
      destination('d-talk', 'Present at an internal meetup', 'completed'),
    ]),
  );
  const diff = compareSnapshots(before, after);

  it.each([
    {
      key: 'added',
      expected: [
        { id: 'd-lead', title: 'Lead a cross-functional initiative' },
        { id: 'd-talk', title: 'Present at an internal meetup' },
      ],
    },
    { key: 'removed', expected: [{ id: 'd-old', title: 'Learn Perl' }] },
    // Added and completed within the period: still a completion worth celebrating.
    {
      key: 'completed',
      expected: [
        { id: 'd-sys', title: 'Distributed systems design' },
        { id: 'd-talk', title: 'Present at an internal meetup' },
      ],
    },
    { key: 'retired', expected: [{ id: 'd-mentor', title: 'Mentoring' }] },
    { key: 'reactivated', expected: [{ id: 'd-blog', title: 'Publish a blog series' }] },
  ] as const)('$key', ({ key, expected }) => {
    expect(diff[key]).toEqual(expected);
  });

  it('lists level moves with their direction, and leaves unchanged skills out', () => {
    expect(diff.levelsMoved).toEqual([
      {
        skillId: 's-trace',
        skill: 'Distributed tracing',
        destination: 'Distributed systems design',
        from: 'novice',
        to: 'practitioner',
        direction: 'up',
      },
      {
        skillId: 's-rel',
        skill: 'Reliability engineering',
        destination: 'Distributed systems design',
        from: 'practitioner',
        to: 'novice',
        direction: 'down',
      },
    ]);
  });

  it('lists new skills with the destination they now serve', () => {
    expect(diff.skillsAdded).toEqual([
      { skillId: 's-stake', skill: 'Stakeholder communication', destination: 'Lead a cross-functional initiative' },
    ]);
  });

  it('finds nothing between a snapshot and itself', () => {
    expect(compareSnapshots(after, after)).toEqual({
      added: [],
      removed: [],
      completed: [],
      retired: [],
      reactivated: [],
      levelsMoved: [],
      skillsAdded: [],
    });
  });

  it('does not count a skill moved to another destination as new', () => {
    const moved: MapSnapshot = {
      ...before,
      destinations: [
        { ...before.destinations[1]!, skills: [...before.destinations[1]!.skills, ...before.destinations[0]!.skills] },
      ],
    };
    const result = compareSnapshots(before, moved);
    expect(result.skillsAdded).toEqual([]);
    expect(result.levelsMoved).toEqual([]);
  });

  it.each([
    { from: 'novice', to: 'expert', direction: 'up' },
    { from: 'expert', to: 'practitioner', direction: 'down' },
  ] as const)('$from → $to is $direction', ({ from, to, direction }) => {
    const at = (level: Level) => snapshotOf(growthMap([destination('d', 'D', 'active', [['s', 'S', level]])]));
    expect(compareSnapshots(at(from), at(to)).levelsMoved[0]?.direction).toBe(direction);
  });
});

describe('winsSummary', () => {
  it('reads as a short post for a team channel', () => {
    const summary = winsSummary(
      {
        completedDestinations: ['Build a fault-tolerant microservice'],
        levelUps: [
          { skill: 'Distributed tracing', from: 'novice', to: 'practitioner' },
          { skill: 'Observability', from: 'practitioner', to: 'expert' },
        ],
        cyclesClosed: 2,
      },
      'Q1 2026',
    );
    expect(summary).toBe(
      [
        '**Growth wins — Q1 2026**',
        '',
        'Destinations reached:',
        '- Build a fault-tolerant microservice',
        '',
        'Levelled up:',
        '- Distributed tracing: Novice → Practitioner',
        '- Observability: Practitioner → Expert',
        '',
        'Closed 2 learning cycles with a review.',
      ].join('\n'),
    );
  });

  it.each([
    { wins: { completedDestinations: [], levelUps: [], cyclesClosed: 1 }, expected: 'Closed 1 learning cycle with a review.' },
    { wins: { completedDestinations: [], levelUps: [], cyclesClosed: 0 }, expected: 'No wins to share yet this period' },
  ])('leaves out empty sections: $expected', ({ wins, expected }) => {
    const summary = winsSummary(wins, 'Q2 2026');
    expect(summary).toContain(expected);
    expect(summary).not.toMatch(/Destinations reached|Levelled up/);
  });

  it('is the same for the same input', () => {
    const wins = { completedDestinations: ['A', 'B'], levelUps: [{ skill: 'S', from: 'novice', to: 'expert' }], cyclesClosed: 3 };
    expect(winsSummary(wins, 'Q3')).toBe(winsSummary(structuredClone(wins), 'Q3'));
  });

  it('keeps user text from breaking the Markdown', () => {
    const summary = winsSummary(
      { completedDestinations: ['Ship *v2*\n# of the [API]'], levelUps: [], cyclesClosed: 0 },
      'Q4_2026',
    );
    expect(summary).toContain('- Ship \\*v2\\* \\# of the \\[API\\]');
    expect(summary).toContain('Growth wins — Q4\\_2026');
    expect(summary.split('\n').filter((line) => line.startsWith('#'))).toEqual([]);
  });
});

describe('addMonths', () => {
  it.each([
    { date: '2026-01-15', months: 3, expected: '2026-04-15' },
    { date: '2026-11-30', months: 3, expected: '2027-02-28' }, // clamped to February's last day
    { date: '2027-11-30', months: 3, expected: '2028-02-29' }, // 2028 is a leap year
    { date: '2026-01-31', months: 1, expected: '2026-02-28' },
    { date: '2026-03-31', months: 3, expected: '2026-06-30' },
    { date: '2028-02-29', months: 12, expected: '2029-02-28' },
    { date: '2026-10-31', months: 12, expected: '2027-10-31' },
    { date: '2026-05-31', months: -3, expected: '2026-02-28' },
    { date: '2026-01-15', months: -1, expected: '2025-12-15' },
    { date: '2026-01-15', months: 0, expected: '2026-01-15' },
  ])('$date + $months months = $expected', ({ date, months, expected }) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    { date: '2026-02-29', months: 1 },
    { date: '2026-13-01', months: 1 },
    { date: 'soon', months: 1 },
    { date: '2026-01-15', months: 1.5 },
  ])('rejects $date + $months', ({ date, months }) => {
    expect(() => addMonths(date, months)).toThrow(RangeError);
  });
});

describe('nextQuarterlyReview', () => {
  it.each([
    { last: null, started: '2026-01-10', cadence: 3, expected: '2026-04-10', when: 'no review yet: from the first day' },
    {
      last: '2026-05-02',
      started: '2026-01-10',
      cadence: 3,
      expected: '2026-08-02',
      when: 'from the last review, even a late one',
    },
    { last: '2026-11-30', started: '2026-01-10', cadence: 3, expected: '2027-02-28', when: 'clamped at the month end' },
    { last: null, started: '2026-01-10', cadence: 6, expected: '2026-07-10', when: 'a half-yearly cadence' },
  ])('$when → $expected', ({ last, started, cadence, expected }) => {
    expect(nextQuarterlyReview(last, started, cadence)).toBe(expected);
  });

  it.each([0, -3, 2.5])('rejects a cadence of %s months', (cadence) => {
    expect(() => nextQuarterlyReview(null, '2026-01-10', cadence)).toThrow(RangeError);
  });
});

describe('destinationsToReview', () => {
  it('offers the active destinations, in map order, and never a completed or retired one', () => {
    const list = [
      destination('d1', 'Ship the SDK', 'active'),
      destination('d2', 'Old goal', 'retired'),
      destination('d3', 'Reached goal', 'completed'),
      destination('d4', 'Write the handbook', 'active'),
    ];
    expect(destinationsToReview(list).map((d) => d.id)).toEqual(['d1', 'd4']);
    expect(destinationsToReview([destination('d2', 'Old goal', 'retired')])).toEqual([]);
  });
});
