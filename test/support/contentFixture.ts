/**
 * A small, hand-written Content for the self-check and wizard unit tests, so they do not depend on
 * content/*.yaml (which authors edit freely). Two stages carry self-check items: Go-To-Market in all
 * four areas, MVP Foundation in three (no "common mistakes", to test that empty areas are left out).
 */
import type { Content } from '../../src/schemas/content.js';

const levels = (what: string) => ({
  novice: `Can ${what} with guidance.`,
  practitioner: `Can ${what} independently.`,
  expert: `Can design how the team does it and teach ${what}.`,
});

export function contentFixture(): Content {
  return {
    stages: [
      { id: 'mvp-foundation', name: 'MVP Foundation', summary: 'Clarity and speed.', systemNeeds: ['A simple skeleton'], engineerNeeds: ['Own a change'], commonTasks: ['Ship critical paths'], commonMistakes: ['Infrastructure before evidence'] },
      { id: 'problem-solution-fit', name: 'Problem / Solution Fit', summary: 'Correctness and feedback.', systemNeeds: ['Activation feedback'], engineerNeeds: ['Work with ambiguity'], commonTasks: ['Improve onboarding'], commonMistakes: ['Treating symptoms'] },
      { id: 'go-to-market', name: 'Go-To-Market', summary: 'Coordination and delivery.', systemNeeds: ['Predictable releases'], engineerNeeds: ['Communicate trade-offs'], commonTasks: ['Tighten rollout'], commonMistakes: ['Shifting pain'] },
      { id: 'scale', name: 'Scale', summary: 'Boundaries and reliability.', systemNeeds: ['Explicit ownership'], engineerNeeds: ['Decide under uncertainty'], commonTasks: ['Guide migrations'], commonMistakes: ['Unownable abstractions'] },
    ],
    selfCheck: [
      { id: 'gtm-releases', stage: 'go-to-market', area: 'system-needs', statement: 'Our releases are predictable: I can say when a change will reach users.', skills: ['release-engineering'] },
      { id: 'gtm-visibility', stage: 'go-to-market', area: 'system-needs', statement: 'I can see how my services behave in production from dashboards and traces.', skills: ['observability', 'kubernetes-operations'] },
      { id: 'gtm-tradeoffs', stage: 'go-to-market', area: 'engineer-needs', statement: 'I explain trade-offs to product, QA, DevOps and data people in their terms.', skills: ['stakeholder-communication'] },
      { id: 'gtm-beyond', stage: 'go-to-market', area: 'engineer-needs', statement: 'I think beyond one service or one sprint when I plan a change.', skills: ['distributed-systems-design', 'project-planning'] },
      { id: 'gtm-rollback', stage: 'go-to-market', area: 'common-tasks', statement: 'I tighten rollout, monitoring and rollback habits on my team.', skills: ['release-engineering', 'observability'] },
      { id: 'gtm-friction', stage: 'go-to-market', area: 'common-tasks', statement: 'I reduce delivery friction between teams.', skills: ['project-planning', 'stakeholder-communication'] },
      { id: 'gtm-shift-pain', stage: 'go-to-market', area: 'common-mistakes', statement: 'I avoid optimizing my team while shifting pain to another.', skills: ['stakeholder-communication'] },
      { id: 'mvp-skeleton', stage: 'mvp-foundation', area: 'system-needs', statement: 'Before adding infrastructure, I look for evidence that we need it.', skills: ['distributed-systems-design'] },
      { id: 'mvp-own-change', stage: 'mvp-foundation', area: 'engineer-needs', statement: 'I own a change from idea to deployment.', skills: ['release-engineering'] },
      { id: 'mvp-tests', stage: 'mvp-foundation', area: 'common-tasks', statement: 'I write focused tests around the business core.', skills: ['testing-strategy'] },
    ],
    readings: [
      { id: 'accelerate', stages: ['go-to-market'], kind: 'book', title: 'Accelerate', authors: ['Nicole Forsgren', 'Jez Humble', 'Gene Kim'], year: 2018, why: 'Delivery performance, measured.', skills: ['release-engineering', 'project-planning'] },
      { id: 'ddia', stages: ['mvp-foundation', 'scale'], kind: 'book', title: 'Designing Data-Intensive Applications', authors: ['Martin Kleppmann'], year: 2017, why: 'Trade-offs of data systems.', skills: ['distributed-systems-design'] },
    ],
    practiceTasks: [
      { id: 'plan-canary', stage: 'go-to-market', title: 'Plan a canary rollout', scenario: 'A risky change must reach all users this week.', constraints: ['One on-call engineer'], deliverable: 'A rollout plan with rollback triggers', skills: ['release-engineering', 'observability'], timeBoxMinutes: 90 },
      { id: 'test-the-core', stage: 'mvp-foundation', title: 'Test the business core', scenario: 'The pricing rules have no tests.', constraints: ['Two hours'], deliverable: 'Five focused tests', skills: ['testing-strategy'], timeBoxMinutes: 120 },
    ],
    skills: [
      { id: 'release-engineering', name: 'Release engineering', category: 'craft-and-process', stages: ['mvp-foundation', 'go-to-market'], description: 'Canary releases, feature flags, health checks and rollback.', levels: levels('release a change safely') },
      { id: 'observability', name: 'Observability', category: 'technical-specialization', stages: ['go-to-market', 'scale'], description: 'Metrics, tracing and logging with OpenTelemetry.', levels: levels('instrument a service') },
      { id: 'distributed-systems-design', name: 'Distributed systems design', category: 'technical-specialization', stages: ['go-to-market', 'scale'], description: 'Service boundaries, failure modes and data contracts.', levels: levels('design a service boundary') },
      { id: 'kubernetes-operations', name: 'Kubernetes operations', category: 'technical-specialization', stages: ['go-to-market', 'scale'], description: 'Run, scale and debug services on Kubernetes.', levels: levels('operate a workload') },
      { id: 'stakeholder-communication', name: 'Stakeholder communication', category: 'leadership-impact', stages: ['problem-solution-fit', 'go-to-market'], description: 'Explain trade-offs to product, QA and operations.', levels: levels('explain a trade-off') },
      { id: 'project-planning', name: 'Project planning and risk management', category: 'leadership-impact', stages: ['go-to-market', 'scale'], description: 'Plan cross-team work and manage its risks.', levels: levels('plan a project') },
      { id: 'mentoring', name: 'Mentoring and feedback', category: 'leadership-impact', stages: ['mvp-foundation', 'problem-solution-fit', 'go-to-market', 'scale'], description: 'Mentor engineers and give useful feedback.', levels: levels('mentor an engineer') },
      { id: 'testing-strategy', name: 'Testing strategy', category: 'craft-and-process', stages: ['mvp-foundation', 'problem-solution-fit'], description: 'Focused tests around the business core.', levels: levels('choose what to test') },
      { id: 'technical-writing', name: 'Technical writing', category: 'personal-reputation', stages: ['mvp-foundation', 'problem-solution-fit', 'go-to-market', 'scale'], description: 'Blog posts, articles and technical notes.', levels: levels('write a technical article') },
      { id: 'public-speaking', name: 'Public speaking', category: 'personal-reputation', stages: ['mvp-foundation', 'problem-solution-fit', 'go-to-market', 'scale'], description: 'Internal talks, meetups and conference slides.', levels: levels('give a talk') },
    ],
    starterProjects: [
      { id: 'observability-starter', title: 'Observability starter', stages: ['go-to-market', 'scale'], skills: ['observability'], tech: 'Node.js, OpenTelemetry', deliverables: ['Traces of a request flow'], outcome: 'End-to-end visibility.' },
      { id: 'canary-prototype', title: 'Canary release prototype', stages: ['mvp-foundation', 'go-to-market'], skills: ['release-engineering'], tech: 'A small REST service with a feature toggle', deliverables: ['Canary deployment script'], outcome: 'Experience with release engineering.' },
    ],
    destinationTemplates: [
      { id: 'fault-tolerant-service', category: 'technical-specialization', stages: ['go-to-market', 'scale'], title: 'Design and implement a fault-tolerant service with end-to-end tracing in production', measure: 'Uptime of at least [N]% over 30 days', businessImpact: '[Team] stops losing orders during incidents', targetMonths: 9, skills: ['distributed-systems-design', 'observability'], placeholders: [{ token: '[N]', example: '99.9' }, { token: '[Team]', example: 'Checkout' }] },
      { id: 'cross-functional-project', category: 'leadership-impact', stages: ['go-to-market'], title: 'Lead a cross-functional project with product, design and security', measure: 'At least [N] measurable product improvements shipped', businessImpact: 'Security reviews stop delaying launches by a sprint', targetMonths: 6, skills: ['stakeholder-communication', 'project-planning', 'mentoring'], placeholders: [{ token: '[N]', example: 'three' }] },
      { id: 'article-series', category: 'personal-reputation', stages: ['mvp-foundation', 'problem-solution-fit', 'go-to-market', 'scale'], title: 'Publish a technical article series and give two internal talks per quarter', description: 'Share what the team learns.', measure: '[N] articles published', businessImpact: 'Other teams adopt our practices and resolve incidents faster', targetMonths: 6, skills: ['technical-writing', 'public-speaking'], placeholders: [{ token: '[N]', example: 'four' }] },
    ],
  };
}
