import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * A progress entry's link becomes an artifact in one step, from the keyboard: the button makes
 * it, focus moves to the link that opens it, and the artifact's form is filled from the entry.
 * The route itself is tested on both engines in test/api/entryArtifact.test.ts.
 * Set E2E_SCREENSHOTS to a folder to keep screenshots at 1280×800 and 390×844.
 */
describe('a log entry’s link made into an artifact, in Chromium', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  let cycleId = '';

  const checkScreen = (label: string) => journey.checkScreen(label);

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, page } = journey);
    const { api } = journey;
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'lin@example.test', name: 'Lin', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout by the end of Q3', category: 'technical-specialization' },
    });
    const cycle = await api('POST /api/v1/cycles', {
      body: { destinationIds: [destination.id], goal: 'Trace the checkout path', lengthWeeks: 6 },
    });
    cycleId = cycle.id;
    await api('POST /api/v1/cycles/{id}/entries', {
      params: { id: cycleId },
      body: {
        week: 1,
        text: 'Wrote the tracing design doc',
        evidence: [{ kind: 'link', url: 'https://docs.example.test/tracing' }],
      },
    });
    await api('POST /api/v1/cycles/{id}/entries', { params: { id: cycleId }, body: { week: 1, text: 'Read about sampling' } });
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('shows an empty Artifacts section on the one-page map that links to the Artifacts screen', async () => {
    await page.goto(`${server.url}/map/one-page`);
    const section = page.getByRole('region', { name: 'Artifacts' });
    await section.waitFor();
    await checkScreen('one-page map without artifacts');
    expect(await section.textContent()).toMatch(/No artifacts yet/);
    expect(await section.getByRole('link', { name: 'Record them on the Artifacts screen' }).getAttribute('href')).toBe(
      '/artifacts',
    );
  });

  it('offers the step only on an entry with a link, makes the artifact and opens it', async () => {
    await page.goto(`${server.url}/cycles/${cycleId}`);
    await checkScreen('cycle page with a linked entry');
    const make = page.getByRole('button', { name: /^Make an artifact/ });
    expect(await make.count()).toBe(1);
    await make.focus();
    await page.keyboard.press('Enter');
    const open = page.getByRole('link', { name: 'Open it to add its outcome and skills' });
    await open.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Open it to add its outcome and skills');
    expect(await page.locator('main').textContent()).toMatch(/Made the artifact “Wrote the tracing design doc”/);
    // The entry now cites the artifact beside its link.
    expect(await page.getByRole('link', { name: 'https://docs.example.test/tracing' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'an artifact' }).count()).toBe(1);
    await checkScreen('cycle page after making an artifact');

    await page.keyboard.press('Enter');
    await page.waitForURL(/\/artifacts\/[0-9a-f-]{36}$/);
    await checkScreen('the artifact made from the entry');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Wrote the tracing design doc');
    expect(await page.locator('main').textContent()).toContain('Trace the checkout path');
  });

  it('lists the new artifact in the one-page map’s Artifacts section', async () => {
    await page.goto(`${server.url}/map/one-page`);
    const section = page.getByRole('region', { name: 'Artifacts' });
    await section.getByRole('link', { name: 'Wrote the tracing design doc' }).waitFor();
    expect(await section.textContent()).toContain('(Other)');
    await checkScreen('one-page map with an artifact');
  });
});
