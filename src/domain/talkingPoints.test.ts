import { describe, expect, it } from 'vitest';
import { type PointInputs, evidenceWords, metricSentence, talkingPointsOf } from './talkingPoints.js';

const none: PointInputs = {
  artifacts: [],
  levelChanges: [],
  closedCycles: [],
  activeDestinations: [],
  oneOnOnes: [],
  openActionItems: [],
  health: [],
};

const artifact = (id: string, overrides: Partial<PointInputs['artifacts'][number]> = {}) => ({
  id,
  title: `Artifact ${id}`,
  kind: 'design-doc',
  date: '2027-01-10',
  createdAt: '2027-01-10T09:00:00.000Z',
  outcome: null,
  metric: null,
  ...overrides,
});

describe('talking points', () => {
  it('says which way a metric moved', () => {
    const metric = { name: 'MTTR', before: 45, after: 12, unit: 'minutes' };
    expect(metricSentence(metric)).toBe('Cut MTTR from 45 to 12 minutes');
    expect(metricSentence({ ...metric, before: 2, after: 3.5, unit: null })).toBe('Raised MTTR from 2 to 3.5');
    expect(metricSentence({ ...metric, before: null })).toBeNull();
  });

  it('names the evidence of a level move', () => {
    expect(evidenceWords([{ kind: 'artifact', id: 'a' }, { kind: 'artifact', id: 'b' }, { kind: 'link' }])).toBe(
      ', backed by 2 artifacts and 1 link',
    );
    expect(evidenceWords([])).toBe('');
  });

  it('puts outcomes first, then progress, the collaboration plan and the risks, each point citing its records', () => {
    const result = talkingPointsOf({
      artifacts: [
        artifact('a1', { metric: { name: 'MTTR', before: 45, after: 12, unit: 'minutes' }, outcome: 'On-call is calm' }),
        artifact('a2', { outcome: 'Teams ship traces on day one', date: '2027-02-01' }),
        artifact('a3', { kind: 'mentorship-note', title: 'Mentoring Sam on tracing' }),
      ],
      levelChanges: [
        {
          id: 'l1',
          skillId: 's2',
          skill: 'distributed tracing',
          from: 'novice',
          to: 'practitioner',
          date: '2027-02-02',
          evidence: [{ kind: 'artifact', id: 'a1' }],
        },
        { id: 'l0', skillId: 's3', skill: 'Go', from: null, to: 'novice', date: '2027-01-01', evidence: [] },
      ],
      closedCycles: [{ id: 'c1', goal: 'Trace the checkout', reviewedOn: '2027-02-15' }],
      activeDestinations: [
        { id: 'd1', title: 'Someday', targetDate: null },
        { id: 'd2', title: 'Lead the rollout', targetDate: '2027-06-30' },
      ],
      oneOnOnes: [
        { id: 'f1', partner: 'Grace', date: '2027-01-05', supportNeeded: 'An old ask' },
        { id: 'f2', partner: 'grace ', date: '2027-02-05', supportNeeded: 'Time with the SRE team' },
      ],
      openActionItems: [{ id: 'i1', text: 'Write the runbook', partner: 'Grace', due: '2027-02-20' }],
      health: [
        {
          skillId: 's1',
          skill: 'Kafka',
          destinationId: 'd1',
          level: 'expert',
          sources: [],
          kinds: [],
          warning: { code: 'own-word', message: 'Expert in Kafka rests on your own word alone.' },
        },
      ],
    });
    expect(result.points).toEqual([
      { section: 'outcomes', text: 'Cut MTTR from 45 to 12 minutes (Artifact a1)', sources: [{ kind: 'artifact', id: 'a1' }] },
      { section: 'outcomes', text: 'Teams ship traces on day one (Artifact a2)', sources: [{ kind: 'artifact', id: 'a2' }] },
      {
        section: 'progress',
        text: 'From Novice to Practitioner in distributed tracing, backed by 1 artifact',
        sources: [
          { kind: 'level-change', id: 'l1' },
          { kind: 'skill', id: 's2' },
          { kind: 'artifact', id: 'a1' },
        ],
      },
      {
        section: 'progress',
        text: 'Closed the learning cycle “Trace the checkout” (reviewed 2027-02-15)',
        sources: [{ kind: 'cycle', id: 'c1' }],
      },
      {
        section: 'collaboration',
        text: 'Next destination: Lead the rollout by 2027-06-30',
        sources: [{ kind: 'destination', id: 'd2' }],
      },
      {
        section: 'collaboration',
        text: 'Support needed (1:1 with grace , 2027-02-05): Time with the SRE team',
        sources: [{ kind: 'feedback', id: 'f2' }],
      },
      {
        section: 'collaboration',
        text: 'Open action: Write the runbook (with Grace, due 2027-02-20)',
        sources: [{ kind: 'action-item', id: 'i1' }],
      },
      { section: 'collaboration', text: 'Mentoring: Mentoring Sam on tracing', sources: [{ kind: 'artifact', id: 'a3' }] },
      { section: 'risks', text: 'Expert in Kafka rests on your own word alone.', sources: [{ kind: 'skill', id: 's1' }] },
    ]);
    expect(result.markdown).toContain('## Outcomes\n\n- Cut MTTR from 45 to 12 minutes (Artifact a1)\n- Teams ship');
    expect(result.markdown.indexOf('## Progress')).toBeLessThan(result.markdown.indexOf('## Collaboration plan'));
    expect(result.markdown.endsWith('- Expert in Kafka rests on your own word alone.\n')).toBe(true);
  });

  it('is deterministic whatever order the records come in, and empty without data', () => {
    const artifacts = [artifact('b', { outcome: 'B' }), artifact('a', { outcome: 'A' })];
    const one = talkingPointsOf({ ...none, artifacts });
    const two = talkingPointsOf({ ...none, artifacts: [...artifacts].reverse() });
    expect(one).toEqual(two);
    expect(talkingPointsOf(none)).toEqual({ points: [], markdown: '' });
  });
});
