import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * The pairing rotation's N weeks on the settings page: a bad value is refused at the field, a
 * good one is saved and comes back after a reload.
 * Set E2E_SCREENSHOTS to a folder to keep screenshots at 1280×800 and 390×844.
 */
describe('the pairing rotation setting, in Chromium', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  let api: Journey['api'];

  const checkScreen = (label: string) => journey.checkScreen(label);

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, page, api } = journey);
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'mo@example.test', name: 'Mo', password, timeZone: 'UTC' } });
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('refuses 0 at the field and saves 3 weeks', async () => {
    await page.goto(`${server.url}/settings#pairing`);
    await checkScreen('settings with the pairing rotation');
    const field = page.getByLabel('Weeks without pairing');
    expect(await field.inputValue()).toBe('6');
    await field.fill('0');
    await page.getByRole('button', { name: 'Save pairing rotation' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#pairing').textContent()).toContain('Use a whole number of weeks from 1 to 52.');
    await checkScreen('settings with a refused pairing rotation');

    await field.fill('3');
    await field.press('Enter');
    await expect.poll(async () => (await api('GET /api/v1/preferences')).pairingStaleWeeks).toBe(3);
    expect(await field.getAttribute('aria-invalid')).not.toBe('true');
    await page.reload();
    expect(await page.getByLabel('Weeks without pairing').inputValue()).toBe('3');
  });
});
