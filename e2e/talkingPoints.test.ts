import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver } from '../test/support/webhookReceiver.js';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * Evidence health on the map editor and the one-page map; talking points shown, edited and kept
 * after a reload; a win posted to a local receiver only after its preview. axe on every screen.
 * Set E2E_SCREENSHOTS to a folder to keep screenshots at 1280×800 and 390×844.
 */
describe('evidence health, talking points and wins, in Chromium', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  const checkScreen = (label: string) => journey.checkScreen(label);

  beforeAll(async () => {
    receiver = await startReceiver();
    // The receiver listens on 127.0.0.1 over plain http: only the administrator's flag lets a post reach it.
    journey = await startJourney({ server: { env: { WEBHOOK_ALLOW_PRIVATE: 'true' } } });
    ({ server, page } = journey);
    const { api } = journey;
    await journey.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'kai@example.test', name: 'Kai', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout', category: 'technical-specialization' },
    });
    await api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Observability', currentLevel: 'practitioner', targetLevel: 'expert' },
    });
    const tracing = await api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    const artifact = await api('POST /api/v1/artifacts', {
      body: {
        title: 'Tracing rollout',
        kind: 'design-doc',
        metric: { name: 'MTTR', before: 45, after: 12, unit: 'minutes' },
        skills: [{ skillId: tracing.id, level: 'practitioner' }],
      },
    });
    await api('POST /api/v1/skills/{id}/level-changes', {
      params: { id: tracing.id },
      body: { to: 'practitioner', note: 'Led the rollout', evidence: [{ kind: 'artifact', id: artifact.id }] },
    });
  });
  afterAll(async () => {
    await journey?.close();
    await receiver?.close();
  });

  it('warns quietly where a level rests on nothing or on one kind of evidence', async () => {
    await page.goto(`${server.url}/map`);
    await page.getByText('Practitioner in Observability rests on your own word alone').waitFor();
    await page.getByText('Practitioner in Tracing rests on artifacts alone: ask for feedback or an endorsement.').waitFor();
    await checkScreen('map editor with evidence notes');

    await page.goto(`${server.url}/map/one-page`);
    await page.getByRole('heading', { name: 'Evidence to strengthen' }).waitFor();
    expect(await page.getByText('Practitioner in Observability rests on your own word alone').count()).toBe(1);
    await checkScreen('one-page map with evidence lines');
  });

  it('shows the talking points with their sources, and keeps the edited draft after a reload', async () => {
    await page.goto(`${server.url}/talking-points`);
    await page.getByText('Cut MTTR from 45 to 12 minutes (Tracing rollout)', { exact: true }).waitFor();
    await page.getByText('From Novice to Practitioner in Tracing, backed by 1 artifact', { exact: true }).waitFor();
    await checkScreen('talking points');

    const draft = page.getByLabel('Talking points (Markdown)');
    const computed = await draft.inputValue();
    expect(computed).toContain('## Outcomes\n\n- Cut MTTR from 45 to 12 minutes (Tracing rollout)');
    await draft.fill(`${computed}\n- Ran the incident review with the SRE team\n`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();

    await page.reload();
    await expect.poll(() => page.getByLabel('Talking points (Markdown)').inputValue()).toContain('Ran the incident review');

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Copied the draft as Markdown.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Ran the incident review');

    await page.getByRole('button', { name: 'Start again from my data' }).click();
    expect(await page.getByLabel('Talking points (Markdown)').inputValue()).toBe(computed);
  });

  it('posts a win to the team channel only after showing exactly what will be sent', async () => {
    await page.goto(`${server.url}/settings`);
    await page.getByLabel('Team channel webhook URL').fill(`${receiver.url}/hooks/team`);
    await page.getByRole('button', { name: 'Save team channel' }).click();
    await page.getByText('Team channel saved.').waitFor();
    await checkScreen('settings with the team channel');

    await page.goto(`${server.url}/talking-points`);
    const snippet = '**Level up:** Practitioner in Tracing (from Novice): can execute independently.';
    await page.getByRole('heading', { name: 'Level up: Practitioner in Tracing' }).waitFor();
    await page.getByRole('button', { name: 'Post to team channel…' }).click();
    await page.getByText('Exactly this JSON will be sent to your team channel:').waitFor();
    expect(await page.locator('.tp-preview pre').textContent()).toBe(JSON.stringify({ text: snippet }));
    expect(receiver.received).toEqual([]);
    await checkScreen('win preview');

    await page.getByRole('button', { name: 'Send it to the team channel' }).click();
    await page.getByText('Posted “Practitioner in Tracing” to the team channel.').waitFor();
    expect(receiver.received).toEqual([
      { method: 'POST', contentType: 'application/json', body: JSON.stringify({ text: snippet }) },
    ]);
  });
});
