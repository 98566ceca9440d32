import { accountRecords } from '../../src/schemas/accountRecords.js';

/**
 * A valid body for every route that takes one, so a refusal proves authorisation and not
 * validation, and the seed the fuzz mutates (test/stress/fuzz.test.ts). A route added later
 * without an entry here fails the security walk (test/api/security.test.ts).
 */
export const validBodies: Record<string, unknown> = {
  // The smallest account export: its map and nothing else.
  'POST /api/v1/me/import': {
    format: 'growth-map-export',
    formatVersion: 2,
    exportedAt: '2026-03-02T09:00:00.000Z',
    user: {
      id: '0190aaaa-0000-7000-8000-000000000001',
      email: 'x@example.test',
      name: 'X',
      role: 'member',
      timeZone: 'Europe/Berlin',
      disabled: false,
      createdAt: '2026-03-02T09:00:00.000Z',
      version: 1,
    },
    records: {
      ...Object.fromEntries(Object.keys(accountRecords.shape).map((table) => [table, []])),
      growth_maps: [
        {
          id: '0190aaaa-0000-7000-8000-000000000002',
          title: 'Growth Map for X',
          role: null,
          tech_stack: '[]',
          system_stage: null,
          version: 1,
          created_at: '2026-03-02T09:00:00.000Z',
          updated_at: '2026-03-02T09:00:00.000Z',
        },
      ],
    },
  },
  'POST /api/v1/setup': { email: 'x@example.test', name: 'X', password: 'a long and unusual passphrase' },
  'POST /api/v1/users': { email: 'y@example.test', name: 'Y', password: 'a long and unusual passphrase' },
  'POST /api/v1/session': { email: 'y@example.test', password: 'whatever it is' },
  'PATCH /api/v1/me': { version: 1, name: 'Renamed' },
  'PUT /api/v1/me/password': { currentPassword: 'a long and unusual passphrase', newPassword: 'another long passphrase' },
  'DELETE /api/v1/me': { confirm: 'nobody@example.test', password: 'wrong password' },
  'POST /api/v1/tokens': { name: 'script' },
  'PATCH /api/v1/users/{id}': { version: 1, disabled: true },
  'POST /api/v1/password-resets/{token}': { password: 'a long and unusual passphrase' },
  'PATCH /api/v1/map': { version: 1, title: 'Mine' },
  // The guide's Markdown template, as text.
  'POST /api/v1/map/import': '- Destination A: Publish two internal talks per quarter\n- Skill 1: Public speaking - N\n',
  'POST /api/v1/destinations': { title: 'Publish two internal talks per quarter', category: 'personal-reputation' },
  'PUT /api/v1/destinations/order': { ids: [] },
  'PATCH /api/v1/destinations/{id}': { version: 1, title: 'Taken over' },
  'POST /api/v1/smart-check': { title: 'Ship it' },
  'POST /api/v1/destinations/{id}/skills': { name: 'Stolen', currentLevel: 'novice', targetLevel: 'expert' },
  'PUT /api/v1/destinations/{id}/skills/order': { ids: [] },
  'PATCH /api/v1/skills/{id}': { version: 1, name: 'Taken over' },
  'POST /api/v1/skills/{id}/level-changes': { to: 'expert', note: 'Not mine' },
  'POST /api/v1/cycles': { destinationIds: [], goal: 'x', lengthWeeks: 6 },
  'PATCH /api/v1/cycles/{id}': { version: 1, goal: 'Taken over' },
  'POST /api/v1/cycles/{id}/backup-switch': { version: 1, reason: 'Blocked' },
  'POST /api/v1/cycles/{id}/entries': { week: 1, text: 'Not mine' },
  'PATCH /api/v1/entries/{id}': { version: 1, text: 'Taken over' },
  'POST /api/v1/cycles/{id}/review': { wentWell: 'a', didNotGoWell: 'b', levelChanges: [], nextGoal: 'c' },
  'PATCH /api/v1/preferences': { version: 1, digestEnabled: true },
  'POST /api/v1/quarterly-reviews': { decisions: [] },
  'POST /api/v1/framework/uploads': { file: 'skills.yaml', text: 'skills: []\n', sourceName: 'ours.yaml' },
  'POST /api/v1/framework/skills-csv': { text: 'skill,category,novice,practitioner,expert\n', sourceName: 'ours.csv' },
  'POST /api/v1/self-checks': { stage: 'scale', answers: {} },
  'POST /api/v1/wizard/draft': { role: 'Engineer', stage: 'scale', goals: [{ text: 'Ship it' }] },
  'POST /api/v1/wizard/accept': { destinations: [] },
  'POST /api/v1/feedback-sessions': {
    kind: 'one-on-one',
    partner: 'Grace',
    wentWell: 'Shipped',
    actionItems: [{ text: 'Write it up', owner: 'me' }],
  },
  'PATCH /api/v1/feedback-sessions/{id}': { version: 1, partner: 'Taken over' },
  'PATCH /api/v1/action-items/{id}': { version: 1, status: 'done' },
  'POST /api/v1/artifacts': { title: 'Tracing design doc', kind: 'design-doc' },
  'PATCH /api/v1/artifacts/{id}': { version: 1, title: 'Taken over' },
  // Raw bytes, not JSON: a string goes as it is, and plain text is an allowed file.
  'PUT /api/v1/artifacts/{id}/file': 'Notes from the design review.\n',
  'PUT /api/v1/talking-points/draft': { version: 1, markdown: '## Outcomes\n\n- Cut MTTR from 45 to 12 minutes\n' },
  'POST /api/v1/wins/post': { text: '**Level up:** Practitioner in Tracing' },
  'PUT /api/v1/portfolio': { artifactIds: [] },
  'POST /api/v1/portfolio/shares': { includeEndorsements: false },
  'POST /api/v1/endorsement-requests': { name: 'Grace', message: 'You saw the tracing rollout.' },
  'PATCH /api/v1/endorsements/{id}': { version: 1, status: 'approved' },
  'POST /api/v1/endorse/{token}': { quote: 'Calm under pressure.', showName: true },
  // A ladder file as text: the app's own format, the smallest valid one.
  'POST /api/v1/ladders': 'ladder: Ours\nlevels:\n  - id: one\n    name: One\n    expectations: []\n',
  'PUT /api/v1/me/ladder': { ladderId: '00000000-0000-7000-8000-000000000000', levelId: 'engineer' },
};
