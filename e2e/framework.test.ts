import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * From an empty account to an accepted, tailored map: pick a stage, take its self-check,
 * run the wizard, accept part of the draft, edit one destination, see the one-page map.
 * axe runs on every new screen, including the catalogue and the content administration.
 */
describe.each(['sqlite', 'postgresql'] as const)('a tailored first Growth Map, in Chromium, on %s', (engine) => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  let api: Journey['api'];

  const checkScreen = (label: string) => journey.checkScreen(label);

  beforeAll(async () => {
    journey = await startJourney({ engine });
    ({ server, page, api } = journey);
    await page.goto(`${server.url}/setup`);
    await page.getByLabel('Name').fill('Noor');
    await page.getByLabel('Email').fill('noor@example.test');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create administrator account' }).click();
    await page.waitForURL(`${server.url}/`);
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('shows the four stages side by side and lets the user pick their own', async () => {
    await page.goto(`${server.url}/framework`);
    await checkScreen('framework overview');
    await page.getByRole('button', { name: "This is my system's stage: Go-To-Market" }).click();
    await expect.poll(() => page.getByText('Your stage').count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Read about Go-To-Market' }).click();
    await page.waitForURL(/\/framework\/go-to-market$/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Tighten rollout, monitoring, and rollback habits/);
    await checkScreen('stage page');
  });

  it('takes the stage self-check and shows results by area with what to work on', async () => {
    await page.getByRole('link', { name: 'Take the self-check for this stage' }).click();
    await page.waitForURL(/self-check$/);
    await checkScreen('self-check form');
    const groups = page.getByRole('group');
    const count = await groups.count();
    expect(count).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < count; i++) {
      const group = groups.nth(i);
      const answer = i % 3 === 0 ? 'Yes' : i % 3 === 1 ? 'Partly' : 'Not yet';
      const radio = group.getByLabel(answer, { exact: true });
      if ((await radio.count()) === 1) await radio.check();
    }
    await page.getByRole('button', { name: 'Save self-check' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'What to work on next' }).count()).toBe(1);
    await checkScreen('self-check results');
  });

  it('browses the catalogue with search and a category filter', async () => {
    await page.goto(`${server.url}/framework/skills`);
    await checkScreen('skills catalogue');
    await page.getByLabel('Search skills').fill('tracing');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Observability/);
    await page.getByLabel('Category').selectOption('personal-reputation');
    await page.getByLabel('Search skills').fill('');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Technical writing/);
  });

  it('drafts a tailored map, accepts part of it, and writes only that', async () => {
    await page.goto(`${server.url}/framework/wizard`);
    await checkScreen('wizard');
    await page.getByLabel('Role').fill('Backend engineer');
    await page.getByLabel('Tech stack').fill('Node.js, PostgreSQL, Kubernetes');
    await page.getByLabel('Goal 1', { exact: true }).fill('Lead our incident reviews so the same outage never happens twice');
    await page.getByLabel('Template for goal 2').selectOption('fault-tolerant-microservice');
    await page.getByLabel('6 weeks: 4 weeks of work and a 2-week review').check();
    await page.getByRole('button', { name: 'Draft my Growth Map' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Your draft Growth Map' }).count()).toBe(1);
    await checkScreen('wizard draft');
    expect((await api('GET /api/v1/map')).destinations).toEqual([]);

    // Change the drafted category of the first destination before accepting it.
    await page.getByRole('button', { name: 'Edit destination 1' }).click();
    await page.getByLabel('Category', { exact: true }).selectOption('craft-and-process');
    await checkScreen('wizard draft, editing a destination');

    // Accept the first destination and the cycle, not the second destination.
    await page.getByLabel('Accept destination 2').uncheck();
    await page.getByLabel('Accept destination 1').check();
    await page.getByLabel('Accept the cycle').check();
    await page.getByRole('button', { name: 'Accept selected' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Added to your Growth Map' }).count()).toBe(1);
    await checkScreen('draft accepted');
    const map = await api('GET /api/v1/map');
    expect(map.destinations).toHaveLength(1);
    expect(map.destinations[0]?.category).toBe('craft-and-process');
    expect(map.destinations[0]?.skills.length).toBeGreaterThanOrEqual(2);
    const cycles = await api('GET /api/v1/cycles');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.weeks.map((w) => w.phase)).toEqual([
      'define',
      'deep-dive',
      'deep-dive',
      'demonstrate',
      'reflect',
      'reflect',
    ]);
  });

  it('edits the accepted destination to fill its placeholders and shows the one-page map', async () => {
    await page.goto(`${server.url}/map`);
    await page.getByRole('button', { name: /^Actions for “Lead our incident reviews/ }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await page.getByLabel('Measure', { exact: true }).fill('Repeat incidents per quarter from 4 to 0, within 6 months');
    await page
      .getByLabel('Business impact', { exact: true })
      .fill('Customers see fewer repeated outages and support spends less time on them.');
    await page.getByRole('button', { name: 'Save destination' }).click();
    await expect
      .poll(() => page.getByText('Repeat incidents per quarter from 4 to 0, within 6 months').count())
      .toBeGreaterThan(0);
    await page.goto(`${server.url}/map/one-page`);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Lead our incident reviews/);
    await checkScreen('one-page map after the wizard');
  });

  it('keeps the framework administration accessible and refuses a bad CSV with its line', async () => {
    await page.goto(`${server.url}/admin/framework`);
    await checkScreen('framework administration');
    await page.getByLabel('Skills matrix (CSV)').setInputFiles({
      name: 'matrix.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('skill,category,novice,practitioner,expert\nChaos,wizardry,a,b,c\n'),
    });
    await page.getByRole('button', { name: 'Import skills matrix' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'line 2' }).count()).toBeGreaterThan(0);
    await checkScreen('framework administration with an error');
  });
});
