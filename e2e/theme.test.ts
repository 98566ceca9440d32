import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, screenHeading } from './support/browser.js';
import { pageClient } from './support/client.js';
import { type RunningServer, startServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/** The page's canvas colour, as the design tokens set it for the colour scheme in force (a string: no DOM types here). */
const canvasOf = (page: Page) => page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');

/**
 * The design tokens' two themes: the same screens in light and in dark (prefers-color-scheme), axe's
 * contrast checks on each, and a field's length counter, which belongs to the shared kit.
 */
describe('the web kit’s themes and fields, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  async function checkScreen(path: string, label: string) {
    await page.goto(`${server.url}${path}`);
    await screenHeading(page).first().waitFor();
    await page.waitForLoadState('networkidle');
    await checkA11y(page, label);
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ timezoneId: 'UTC' });
    page = await context.newPage();
    const api = pageClient(page, () => server.url);
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'noor@example.test', name: 'Noor', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: {
        title: 'Lead the checkout team’s incident reviews every month by June 2027',
        category: 'leadership-impact',
        measure: 'Reviews held from 0 to 6 per half-year',
        businessImpact: 'Fewer repeated incidents at checkout.',
      },
    });
    await api('POST /api/v1/destinations', { body: { title: 'Get better', category: 'craft-and-process' } });
    for (const name of ['Facilitation', 'Incident analysis']) {
      await api('POST /api/v1/destinations/{id}/skills', {
        params: { id: destination.id },
        body: { name, currentLevel: 'novice', targetLevel: 'practitioner' },
      });
    }
    await api('POST /api/v1/cycles', {
      body: { destinationIds: [destination.id], goal: 'Run the first incident review', backupProject: 'Write a review template' },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const screens = [
    ['/', 'this week'],
    ['/map', 'map editor'],
    ['/map/one-page', 'one-page map'],
    ['/cycles', 'cycles'],
    ['/framework', 'framework'],
    ['/framework/skills', 'skills catalogue'],
    ['/settings', 'settings'],
    ['/account', 'account'],
  ] as const;

  describe.each(['light', 'dark'] as const)('in the %s theme', (scheme) => {
    beforeAll(() => page.emulateMedia({ colorScheme: scheme }));

    it('takes its colours from the theme', async () => {
      await page.goto(`${server.url}/`);
      await screenHeading(page).first().waitFor();
      expect(await canvasOf(page)).toBe(scheme === 'dark' ? 'rgb(17, 20, 24)' : 'rgb(244, 246, 248)');
    });

    it.each(screens)('axe finds nothing on %s (%s)', async (path, label) => {
      await checkScreen(path, `${label}, ${scheme} theme`);
    });

    it('axe finds nothing on a form showing its errors', async () => {
      await page.goto(`${server.url}/account`);
      const name = page.getByLabel('Name', { exact: true });
      await name.fill(' ');
      await page.getByRole('button', { name: /save/i }).first().click();
      await page.locator('.field-error').first().waitFor();
      await checkA11y(page, `account form with errors, ${scheme} theme`);
    });
  });

  it('prints in the light colours whatever the screen’s theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await page.goto(`${server.url}/map/one-page`);
    await screenHeading(page).first().waitFor();
    expect(await canvasOf(page)).not.toBe('rgb(17, 20, 24)');
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  it('shows a text field’s limit before submit, tied to the field and not read out on every key', async () => {
    await page.goto(`${server.url}/map`);
    await page.getByRole('button', { name: 'Add destination' }).first().click();
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Ship it');
    const counterId = (await title.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-count'));
    expect(counterId).toBeTruthy();
    const counter = page.locator(`[id="${counterId}"]`);
    await expect.poll(() => counter.textContent()).toMatch(/7 \/ 300.*7 used/);
    expect(await counter.getAttribute('aria-live')).toBeNull();
    expect(await counter.getAttribute('role')).toBeNull();
    await title.fill('x'.repeat(295));
    // Near the limit, a polite status says what is left once the typing pauses.
    await expect.poll(() => page.getByRole('status').filter({ hasText: '5 characters left' }).count()).toBe(1);
    // The browser holds the text at the limit, so nothing past it can be sent.
    await title.fill('x'.repeat(400));
    expect((await title.inputValue()).length).toBe(300);
    await checkA11y(page, 'destination form with a full title');
  });
});
