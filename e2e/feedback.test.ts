import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * A 1:1 with action items carries them into the next 1:1 with the same partner; one is marked
 * done on the action items screen and leaves the home screen. axe runs on every feedback screen.
 * Set E2E_SCREENSHOTS to a folder to keep screenshots at 1280×800 and 390×844.
 */
describe('feedback sessions and action items, in Chromium', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;

  const checkScreen = (label: string) => journey.checkScreen(label);

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, page } = journey);
    const { api } = journey;
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'kai@example.test', name: 'Kai', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout', category: 'technical-specialization' },
    });
    await api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('carries a 1:1’s open action items into the next 1:1 with the same partner', async () => {
    await page.goto(`${server.url}/feedback`);
    await checkScreen('feedback list, empty');
    await page.getByRole('link', { name: 'Record a session' }).click();
    await checkScreen('new feedback session');

    // An empty partner is refused next to the field.
    await page.getByRole('button', { name: 'Record session' }).click();
    await expect.poll(() => page.getByText('Partner is required.').count()).toBe(1);

    await page.getByLabel('Partner').fill('Grace');
    await page.getByLabel('What went well?').fill('The tracing demo landed');
    await page.getByRole('button', { name: 'Add an observation' }).click();
    await page.getByLabel('What they saw').fill('Demonstrates deep understanding of tracing');
    await page.getByRole('button', { name: 'Add an action item' }).click();
    await page.getByRole('textbox', { name: 'Action item 1', exact: true }).fill('Draft the tracing talk');
    await page.getByRole('button', { name: 'Add an action item' }).click();
    await page.getByRole('textbox', { name: 'Action item 2', exact: true }).fill('Book the staging slot');
    await page.getByRole('group', { name: 'Action item 2' }).getByLabel('My partner').check();
    await checkScreen('new feedback session with action items');
    await page.getByRole('button', { name: 'Record session' }).click();
    await page.getByRole('link', { name: '1:1 with Grace' }).waitFor();
    await checkScreen('feedback list');
    await page.getByRole('link', { name: '1:1 with Grace', exact: true }).click();
    await page.getByText('Demonstrates deep understanding of tracing (P)').waitFor();

    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Feedback' }).waitFor();
    expect(await page.getByText('Draft the tracing talk').count()).toBe(1);

    await page.goto(`${server.url}/feedback/new?kind=one-on-one&partner=grace`);
    await page.getByLabel('Partner').waitFor();
    await page.getByRole('button', { name: 'Record session' }).click();
    await page.getByRole('link', { name: '1:1 with grace', exact: true }).click();
    await page.getByRole('heading', { name: 'Carried over and observed' }).waitFor();
    const carried = page.getByRole('region', { name: 'Carried over and observed' });
    expect(await carried.getByText('Draft the tracing talk').count()).toBe(1);
    expect(await carried.getByText('Book the staging slot').count()).toBe(1);
    await checkScreen('feedback session with carried items');

    await page.getByRole('link', { name: 'Action items', exact: true }).click();
    await checkScreen('open action items');
    await page.getByRole('button', { name: /^Done\W+Draft the tracing talk$/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Draft the tracing talk' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Pairing rotation' }).click();
    await checkScreen('pairing rotation');

    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Feedback' }).waitFor();
    expect(await page.getByText('Draft the tracing talk').count()).toBe(0);
    expect(await page.getByText('Book the staging slot').count()).toBe(1);
  });
});
