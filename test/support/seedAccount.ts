import type { Caller } from './api.js';

const pngBytes = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
);

/**
 * One of everything an account can hold, made through the API as a person would: the map with a
 * level history, a reviewed cycle with its log, a pause, feedback with action items, an artifact
 * with a file, the portfolio and a share that was opened, an answered endorsement, a self-check,
 * a quarterly review, talking points, preferences and a ladder. `visitor` opens the share and
 * answers the endorsement (a caller without an account).
 */
export async function seedAccount(owner: Caller, visitor: Caller): Promise<void> {
  await owner.call('PATCH /api/v1/map', { body: { version: 1, role: 'Backend engineer', techStack: ['Go', 'Kafka'] } });
  const destination = await owner.call('POST /api/v1/destinations', {
    body: {
      title: 'Lead the observability rollout by Q3 2026',
      category: 'technical-specialization',
      measure: 'MTTR under 15 minutes',
      targetDate: '2026-09-30',
    },
  });
  const second = await owner.call('POST /api/v1/destinations', {
    body: { title: 'Speak at two internal meetups', category: 'personal-reputation' },
  });
  const tracing = await owner.call('POST /api/v1/destinations/{id}/skills', {
    params: { id: destination.id },
    body: { name: 'Distributed tracing', currentLevel: 'novice', targetLevel: 'expert' },
  });
  await owner.call('POST /api/v1/destinations/{id}/skills', {
    params: { id: second.id },
    body: { name: 'Public speaking', currentLevel: 'novice', targetLevel: 'practitioner' },
  });
  await owner.call('POST /api/v1/skills/{id}/level-changes', {
    params: { id: tracing.id },
    body: { to: 'practitioner', note: 'Ran the first rollout', evidence: [{ kind: 'link', url: 'https://docs.example.test/r' }] },
  });

  const cycle = await owner.call('POST /api/v1/cycles', {
    body: { destinationIds: [destination.id, second.id], goal: 'Trace the checkout path', modes: ['hands-on'], lengthWeeks: 4 },
  });
  await owner.call('POST /api/v1/cycles/{id}/entries', {
    params: { id: cycle.id },
    body: { week: 1, text: 'Instrumented the gateway', evidence: [{ kind: 'link', url: 'https://git.example.test/pr/1' }] },
  });
  const paused = await owner.call('PATCH /api/v1/cycles/{id}', {
    params: { id: cycle.id },
    body: { version: cycle.version, action: 'pause' },
  });
  await owner.call('PATCH /api/v1/cycles/{id}', {
    params: { id: cycle.id },
    body: { version: paused.version, action: 'resume' },
  });

  const artifact = await owner.call('POST /api/v1/artifacts', {
    body: {
      title: 'Tracing design doc',
      kind: 'design-doc',
      outcome: 'Incidents are found from traces.',
      metric: { name: 'MTTR', before: 45, after: 12, unit: 'minutes', measuredOn: '2026-03-01', sourceUrl: null },
      skills: [{ skillId: tracing.id, level: 'practitioner' }],
      destinationIds: [destination.id],
      cycleId: cycle.id,
    },
  });
  await owner.call('PUT /api/v1/artifacts/{id}/file', {
    params: { id: artifact.id },
    query: { name: 'diagram.png' },
    body: pngBytes,
  });

  await owner.call('POST /api/v1/feedback-sessions', {
    body: {
      kind: 'one-on-one',
      partner: 'Grace',
      wentWell: 'Shipped the rollout',
      actionItems: [
        { text: 'Write it up', owner: 'me' },
        { text: 'Book the meetup slot', owner: 'partner' },
      ],
    },
  });
  const framework = await owner.call('GET /api/v1/framework');
  const items = framework.selfCheck.filter((item) => item.stage === 'scale');
  await owner.call('POST /api/v1/self-checks', {
    body: { stage: 'scale', answers: Object.fromEntries(items.map((item) => [item.id, 'partly' as const])) },
  });
  await owner.call('POST /api/v1/quarterly-reviews', {
    body: { decisions: [{ destinationId: second.id, decision: 'keep' }], notes: 'Good' },
  });

  await owner.call('PUT /api/v1/portfolio', { body: { artifactIds: [artifact.id] } });
  const share = await owner.call('POST /api/v1/portfolio/shares', { body: { includeEndorsements: true } });
  await visitor.get(`/api/v1/shared/portfolio/${share.url.split('/').at(-1) ?? ''}`);
  const request = await owner.call('POST /api/v1/endorsement-requests', {
    body: { name: 'Grace', message: 'You saw the rollout.', skillIds: [tracing.id], artifactId: artifact.id },
  });
  await visitor.post(`/api/v1/endorse/${request.url.split('/endorse/')[1] ?? ''}`, {
    quote: 'Made tracing boring.',
    observations: [{ skillId: tracing.id, level: 'practitioner' }],
    showName: true,
  });

  const draft = await owner.call('GET /api/v1/talking-points/draft');
  await owner.call('PUT /api/v1/talking-points/draft', {
    body: { version: draft.version, markdown: '## Outcomes\n\n- MTTR 45 → 12\n' },
  });
  const preferences = await owner.call('GET /api/v1/preferences');
  await owner.call('PATCH /api/v1/preferences', {
    body: { version: preferences.version, digestEnabled: true, reviewCadenceMonths: 6 },
  });
  const ladders = await owner.call('GET /api/v1/ladders');
  const example = ladders.find((ladder) => ladder.shipped);
  if (example) await owner.call('PUT /api/v1/me/ladder', { body: { ladderId: example.id, levelId: 'senior' } });
}
