import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkA11y, launchBrowser, screenHeading } from './support/browser.js';
import { type RunningServer, freshPostgresDatabase, startServer } from './support/server.js';

const destinationA = 'Design and implement a fault-tolerant microservice with end-to-end tracing in production within 9 months';
const password = 'a long and unusual passphrase';

/**
 * The newcomer's journey: setup, a destination whose SMART badges change while it is typed,
 * skills, a level change with its note, the one-page map, sign out and in, all still there.
 * axe runs on every screen on the way.
 */
describe.each(['sqlite', 'postgresql'] as const)('a newcomer’s first map on %s', (engine) => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const databaseUrl = engine === 'postgresql' ? await freshPostgresDatabase(inject('databaseUrl')) : undefined;
    server = await startServer(databaseUrl ? { databaseUrl } : {});
    browser = await launchBrowser();
    context = await browser.newContext({ timezoneId: 'Europe/Berlin' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** axe on the screen once it has finished loading (its h1 is there and the network is quiet). */
  async function checkScreen(label: string) {
    await screenHeading(page).first().waitFor();
    await page.waitForLoadState('networkidle');
    await checkA11y(page, label);
  }

  it('sets up the administrator on first start', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/setup$/);
    await checkScreen('setup');
    await page.getByLabel('Name').fill('Ada Lovelace');
    await page.getByLabel('Email').fill('ada@example.test');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create administrator account' }).click();
    // Home offers the wizard first; this journey starts from a blank map.
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('link', { name: 'Start from a blank map' }).click();
    await page.waitForURL(/\/map$/);
    await expect.poll(() => screenHeading(page).textContent()).toMatch(/Growth Map for Ada Lovelace|Map/);
    await checkScreen('empty map editor');
  });

  it('adds a destination whose SMART badges change as it is typed', async () => {
    await page.getByRole('button', { name: 'Add destination' }).first().click();
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Get better at testing');
    await expect.poll(() => page.getByText(/Specific: not yet/).count()).toBeGreaterThan(0);
    await checkScreen('destination form, vague title');
    await title.fill(destinationA);
    await expect.poll(() => page.getByText(/Specific: passes/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/Time-bound: passes/).count()).toBeGreaterThan(0);
    await page.getByLabel('Category').selectOption('technical-specialization');
    await page.getByLabel('Business impact').fill('Fewer checkout outages and faster incident diagnosis.');
    await expect.poll(() => page.getByText(/Relevant: passes/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Save destination' }).click();
    await expect.poll(() => page.getByText(destinationA).count()).toBeGreaterThan(0);
    await checkScreen('map with one destination');
  });

  it('maps two skills and records a level change with its note', async () => {
    for (const [name, current, target] of [
      ['Observability', 'novice', 'expert'],
      ['Release engineering', 'novice', 'practitioner'],
    ] as const) {
      // The add-skill form opens on demand and closes after adding.
      await page
        .getByRole('button', { name: /^Add a skill/ })
        .first()
        .click();
      await page.getByLabel('Skill name').first().fill(name);
      await page.getByLabel('Current level').first().selectOption(current);
      await page.getByLabel('Target level').first().selectOption(target);
      await page.getByRole('button', { name: 'Add skill' }).first().click();
      await expect.poll(() => page.getByText(name).count()).toBeGreaterThan(0);
    }
    await checkScreen('map with skills');

    await page
      .getByRole('link', { name: /Observability/ })
      .first()
      .click();
    await page.waitForURL(/\/skills\//);
    await checkScreen('skill history');
    await page.getByLabel('New level').selectOption('practitioner');
    await page.getByLabel('Why did it change?').fill('Instrumented the checkout service end to end.');
    await page.getByLabel('Evidence link').fill('https://example.test/tracing-design');
    await page.getByRole('button', { name: 'Record level change' }).click();
    await expect.poll(() => page.getByText('Instrumented the checkout service end to end.').count()).toBeGreaterThan(0);
    await checkScreen('skill history with a change');
  });

  it('shows the one-page Growth Map with the chart’s text alternative', async () => {
    await page.goto(`${server.url}/map/one-page`);
    await expect.poll(() => page.getByText(destinationA).count()).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Observability/);
    expect(text).toMatch(/Release engineering/);
    expect(await page.locator('svg').count()).toBeGreaterThan(0);
    await checkScreen('one-page map');
  });

  it('keeps the account screens accessible', async () => {
    for (const path of ['/account', '/account/tokens', '/admin']) {
      await page.goto(`${server.url}${path}`);
      await screenHeading(page).waitFor();
      await page.waitForLoadState('networkidle');
      await checkScreen(path);
    }
  });

  it('signs out and in again with everything still there', async () => {
    await page.goto(`${server.url}/map`);
    await page.getByRole('button', { name: /account menu/ }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    await checkScreen('sign-in');
    await page.getByLabel('Email').fill('ada@example.test');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: /sign in/i }).click();
    await page.waitForURL(/\/map$/);
    await page.goto(`${server.url}/map/one-page`);
    await expect.poll(() => page.getByText(destinationA).count()).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Observability/);
    expect(text).toMatch(/Practitioner/);
  });
});
