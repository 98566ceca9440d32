import { describe, expect, it } from 'vitest';
import { roadmapReviewOutline, type RoadmapInputs } from './roadmapReview.js';
import { checkSmart } from './smart.js';

const today = '2026-03-02';
const smartDestination = {
  title: 'Cut p95 checkout latency from 900 ms to 300 ms by Q3 2026',
  measure: 'p95 latency on the checkout dashboard',
  targetDate: '2026-09-30',
  businessImpact: 'Checkout abandonment costs revenue every day',
};

const inputs: RoadmapInputs = {
  systemStage: 'scale',
  destinations: [
    {
      id: 'd1',
      status: 'active',
      ...smartDestination,
      smart: checkSmart(smartDestination, today),
      skills: [{ name: 'Tracing', currentLevel: 'novice', targetLevel: 'practitioner' }],
    },
    {
      id: 'd2',
      title: 'Get better at stuff',
      status: 'active',
      businessImpact: null,
      smart: checkSmart({ title: 'Get better at stuff' }, today),
      skills: [],
    },
    { id: 'd3', title: 'Old', status: 'retired', businessImpact: null, smart: checkSmart({ title: 'Old' }, today), skills: [] },
  ],
  selfCheck: {
    stage: 'go-to-market',
    takenOn: '2026-02-20',
    overall: 0.625,
    areas: [{ label: 'What the system needs', score: 0.25, answered: 2 }],
    toWorkOn: [{ statement: 'Alerts page a human', answer: 'not-yet' }],
  },
  cycles: [{ goal: 'Trace checkout', status: 'active', destinationIds: ['d1'], reviewDate: '2026-04-12' }],
};

describe('the growth roadmap review outline', () => {
  const steps = roadmapReviewOutline(inputs);

  it('walks stage fit, each active destination, then the cycle plan', () => {
    expect(steps.map((s) => s.id)).toEqual(['stage-fit', 'destination:d1', 'destination:d2', 'cycle-plan']);
  });

  it('reads stage fit from the latest self-check and flags a stage that differs from the map’s', () => {
    const texts = steps[0]?.points.map((p) => p.text);
    expect(texts).toContain('Self-check for Go-To-Market on 2026-02-20: 63% overall.');
    expect(texts).toContain('The map names Scale, the self-check was for Go-To-Market.');
    expect(steps[0]?.points.find((p) => p.text.startsWith('To work on'))?.attention).toBe(true);
  });

  it('gives each destination its SMART result and its relevance', () => {
    const vague = steps[2]!;
    expect(vague.points.filter((p) => p.attention).length).toBeGreaterThanOrEqual(5);
    expect(vague.points.map((p) => p.text)).toContain('No business impact written: why does this matter to the system now?');
    expect(steps[1]?.points.map((p) => p.text)).toContain('Why it matters: Checkout abandonment costs revenue every day');
  });

  it('names destinations no cycle works toward', () => {
    const plan = steps.at(-1)!;
    expect(plan.points.map((p) => p.text)).toEqual([
      '“Trace checkout”: active, review on 2026-04-12',
      'No cycle works toward “Get better at stuff”.',
    ]);
  });

  it('asks for a self-check when there is none', () => {
    expect(roadmapReviewOutline({ ...inputs, selfCheck: null })[0]?.points[0]?.attention).toBe(true);
  });
});
