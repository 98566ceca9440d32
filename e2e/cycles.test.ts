import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';
const DAY = 86_400_000;

/** A date string N days from today in the browser's zone (UTC here, as the context sets it). */
const daysFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/**
 * A whole cycle in the browser: plan it (started two weeks ago, so weeks 1 and 2 are behind
 * us), log two weeks, switch to the backup project, review with two level changes, see the
 * next cycle pre-filled, run two quarterly reviews and compare them, and subscribe to the
 * calendar. axe runs on every screen.
 */
describe.each(['sqlite', 'postgresql'] as const)('a learning cycle from plan to review, in Chromium, on %s', (engine) => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  let api: Journey['api'];

  const checkScreen = (label: string) => journey.checkScreen(label);

  beforeAll(async () => {
    journey = await startJourney({ engine });
    ({ server, page, api } = journey);
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'kai@example.test', name: 'Kai', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: {
        title: 'Give two internal talks per quarter on observability',
        category: 'personal-reputation',
        businessImpact: 'More engineers debug with traces, so incidents end sooner.',
      },
    });
    for (const name of ['Public speaking', 'Tracing']) {
      await api('POST /api/v1/destinations/{id}/skills', {
        params: { id: destination.id },
        body: { name, currentLevel: 'novice', targetLevel: 'expert' },
      });
    }
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('plans a cycle that started two weeks ago, with its phases previewed', async () => {
    await page.goto(`${server.url}/cycles/new`);
    await checkScreen('new cycle');
    await page.getByRole('group', { name: 'Destinations' }).getByRole('checkbox').first().check();
    await page.getByLabel('Goal', { exact: true }).fill('Outline and rehearse the first talk');
    await page.getByLabel('Start date', { exact: true }).fill(daysFromToday(-14));
    await page.getByLabel('Backup project', { exact: true }).fill('Write the talk up as an article');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/demonstrate/i);
    await page.getByRole('button', { name: 'Plan cycle' }).click();
    await page.waitForURL(/\/cycles\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Week 3 — no entry yet|Week 1 — no entry yet/);
    await checkScreen('cycle page');
  });

  it('logs two weeks and switches to the backup project with a reason', async () => {
    for (const [week, text] of [
      [1, 'Picked the topic and wrote the outline'],
      [2, 'Read two chapters on distributed tracing'],
    ] as const) {
      await page.getByRole('button', { name: `Add entry for week ${week}` }).click();
      await page.getByLabel('What you did').fill(text);
      await page.getByRole('button', { name: 'Add entry', exact: true }).click();
      await expect.poll(() => page.getByText(text).count()).toBeGreaterThan(0);
    }
    await page.getByRole('button', { name: 'Switch to the backup project' }).click();
    await page.getByLabel('Why switch?').fill('The meetup slot was cancelled');
    await checkScreen('cycle page, backup switch form');
    await page.getByRole('button', { name: 'Switch to backup project', exact: true }).click();
    await expect.poll(() => page.getByText(/The meetup slot was cancelled/).count()).toBeGreaterThan(0);
    await checkScreen('cycle page with log entries');
  });

  it('reviews the cycle with two level changes and offers the next cycle pre-filled', async () => {
    await page.getByRole('button', { name: 'Review this cycle now' }).click();
    await page.getByLabel('What went well').fill('The outline came together fast');
    await page.getByLabel('What did not go well').fill('Lost a week to the cancelled slot');
    const levels = page.getByLabel('New level');
    await expect.poll(() => levels.count()).toBe(2);
    await levels.nth(0).selectOption('practitioner');
    await levels.nth(1).selectOption('practitioner');
    const whys = page.getByLabel('Why', { exact: true });
    await whys.nth(0).fill('Gave a dry run to the team');
    await whys.nth(1).fill('Wrote the tracing article');
    await page.getByLabel('Next mini-goal').fill('Give the talk at the internal meetup');
    await checkScreen('cycle review form');
    await page.getByRole('button', { name: 'Complete review' }).click();
    await page
      .getByRole('button', { name: 'Plan the next cycle' })
      .or(page.getByRole('link', { name: 'Plan the next cycle' }))
      .first()
      .click();
    await page.waitForURL(/\/cycles\/new/);
    await expect.poll(() => page.getByLabel('Goal', { exact: true }).inputValue()).toBe('Give the talk at the internal meetup');
    await checkScreen('next cycle, pre-filled');

    const map = await api('GET /api/v1/map');
    expect(map.destinations[0]?.skills.map((s) => s.currentLevel)).toEqual(['practitioner', 'practitioner']);
  });

  it('runs two quarterly reviews and compares their snapshots', async () => {
    await page.goto(`${server.url}/reviews`);
    await checkScreen('quarterly reviews, none yet');
    await page.getByRole('button', { name: 'Start quarterly review' }).click();
    await page.getByRole('button', { name: 'Save quarterly review' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Copy wins/ }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Start quarterly review' }).click();
    await page
      .getByRole('group', { name: /Give two internal talks/ })
      .getByLabel('Complete')
      .check();
    await checkScreen('quarterly review form');
    await page.getByRole('button', { name: 'Save quarterly review' }).click();
    await expect.poll(() => page.getByRole('button', { name: /Copy wins/ }).count()).toBeGreaterThan(1);
    const [later, earlier] = await api('GET /api/v1/quarterly-reviews');
    await page.getByLabel('Earlier review').selectOption(earlier?.id ?? '');
    await page.getByLabel('Later review').selectOption(later?.id ?? '');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Completed[\s\S]*Give two internal talks/);
    await checkScreen('quarterly reviews compared');
  });

  it('shows this week and the settings, and serves a calendar feed that parses', async () => {
    await page.goto(`${server.url}/`);
    await checkScreen('this week');
    await page.goto(`${server.url}/settings`);
    await checkScreen('settings');
    await page.getByRole('button', { name: 'Create subscription link' }).click();
    const link = page.getByLabel('Subscription link');
    await expect.poll(() => link.inputValue()).toMatch(/\/api\/v1\/calendar\/cal_[\w-]+\.ics$/);
    const response = await fetch(await link.inputValue());
    expect(response.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const summaries = calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries.filter((s) => /^Week \d of 6/.test(s))).toHaveLength(6);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('UTC');
    await checkScreen('settings with a subscription link');
  });
});
