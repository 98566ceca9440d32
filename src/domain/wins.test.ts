import { describe, expect, it } from 'vitest';
import { maxWins, webhookBody, winsOf } from './wins.js';

describe('wins', () => {
  it('lists completed destinations, level ups and portfolio items newest first, each with its snippet', () => {
    const wins = winsOf({
      completedDestinations: [
        { id: 'd1', title: 'Lead the\nobservability rollout', measure: 'MTTR under 15 minutes', completedOn: '2027-03-01' },
      ],
      levelChanges: [
        { id: 'l1', skill: 'Distributed tracing', from: 'novice', to: 'practitioner', date: '2027-04-02' },
        // The first level of a skill and a step down are not wins.
        { id: 'l2', skill: 'Kafka', from: null, to: 'expert', date: '2027-04-03' },
        { id: 'l3', skill: 'Kafka', from: 'expert', to: 'practitioner', date: '2027-04-04' },
      ],
      portfolioItems: [
        {
          id: 'a1',
          title: 'Tracing rollout',
          outcome: 'Incidents are found from traces.',
          metric: { name: 'MTTR', before: 45, after: 12, unit: 'minutes', measuredOn: null, sourceUrl: null },
          date: '2027-03-15',
        },
      ],
    });
    expect(wins).toEqual([
      {
        kind: 'level-up',
        id: 'l1',
        date: '2027-04-02',
        title: 'Practitioner in Distributed tracing',
        snippet: '**Level up:** Practitioner in Distributed tracing (from Novice): can execute independently.',
      },
      {
        kind: 'portfolio-item',
        id: 'a1',
        date: '2027-03-15',
        title: 'Tracing rollout',
        snippet: '**New in my Portfolio of Impact:** Tracing rollout — MTTR: 45 → 12 minutes',
      },
      {
        kind: 'destination-completed',
        id: 'd1',
        date: '2027-03-01',
        title: 'Lead the\nobservability rollout',
        snippet: '**Destination reached:** Lead the observability rollout — MTTR under 15 minutes',
      },
    ]);
  });

  it('keeps the most recent ones only', () => {
    const levelChanges = Array.from({ length: maxWins + 5 }, (_, i) => ({
      id: `l${i}`,
      skill: 'Go',
      from: 'novice' as const,
      to: 'expert' as const,
      date: `2027-01-${String(i + 1).padStart(2, '0')}`,
    }));
    const wins = winsOf({ completedDestinations: [], levelChanges, portfolioItems: [] });
    expect(wins).toHaveLength(maxWins);
    expect(wins[0]?.date).toBe('2027-01-25');
  });

  it('writes the webhook body Slack and Mattermost accept', () => {
    expect(webhookBody('**Level up** "quoted"')).toBe('{"text":"**Level up** \\"quoted\\""}');
  });
});
