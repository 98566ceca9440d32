import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenHeading } from './support/browser.js';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';
const DAY = 86_400_000;
/** Far from the browser's UTC, so a time shown in the wrong zone is off by half a day. */
const ZONE = 'Pacific/Auckland';

/** A date N days from the given 'YYYY-MM-DD'. */
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** Today in the user's zone, as the server counts it. */
const todayInZone = () => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());

/**
 * The first run as a new user meets it: setup leads to the tailoring wizard, on the home
 * screen and on the empty map; the wizard starts from the latest self-check's stage and drafts
 * a cycle with a short title and its guidance as the description; a planned cycle starts today
 * with one button; the cycle form's review date follows its start date; the last administrator
 * is not offered "Make member"; times are shown in the user's zone, not the browser's.
 * Set E2E_SCREENSHOTS to a folder to keep screenshots at 1280×800 and 390×844.
 */
describe('a first run that leads to the wizard, in Chromium', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  let api: Journey['api'];

  const checkScreen = (label: string) => journey.checkScreen(label);

  /** One answer is enough for a self-check of the stage. */
  async function selfCheck(stage: 'problem-solution-fit' | 'scale') {
    const content = await api('GET /api/v1/framework');
    const item = content.selfCheck.find((i) => i.stage === stage);
    await api('POST /api/v1/self-checks', { body: { stage, answers: { [item?.id ?? '']: 'partly' } } });
  }

  beforeAll(async () => {
    journey = await startJourney({ context: { locale: 'en-US' } });
    ({ server, page, api } = journey);
    // Setup in the browser, as a new user does; where it leads is the first test's to check.
    await page.goto(`${server.url}/setup`);
    await page.getByLabel('Name', { exact: true }).fill('Kai');
    await page.getByLabel('Email', { exact: true }).fill('kai@example.test');
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create administrator account' }).click();
    await page.waitForURL((url) => url.pathname !== '/setup');
    // The page's session is the client's too: it reads the CSRF token from /me.
    const me = await api('GET /api/v1/me');
    await api('PATCH /api/v1/me', { body: { version: me.user.version, timeZone: ZONE } });
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('after setup, home offers “Draft my Growth Map” first, with “Start from a blank map” beside it', async () => {
    expect(new URL(page.url()).pathname).toBe('/');
    const first = page.getByRole('main').getByRole('link').first();
    await expect.poll(() => first.textContent()).toBe('Draft my Growth Map');
    expect(await first.getAttribute('href')).toBe('/framework/wizard');
    await expect.poll(() => page.getByRole('link', { name: 'Start from a blank map' }).count()).toBe(1);
    await checkScreen('home, first run');
  });

  it('the empty map offers the wizard too, and “Start from a blank map” opens the add form', async () => {
    await page.goto(`${server.url}/map`);
    await page.getByRole('link', { name: 'Draft my Growth Map' }).waitFor();
    await checkScreen('empty map');
    await page.getByRole('button', { name: 'Start from a blank map' }).click();
    await expect.poll(() => page.getByLabel('Title', { exact: true }).count()).toBe(1);
  });

  it('the wizard’s stage defaults to the latest self-check’s stage', async () => {
    await selfCheck('problem-solution-fit');
    await selfCheck('scale');
    await page.goto(`${server.url}/framework/wizard`);
    const stage = page.getByLabel('System stage', { exact: true });
    await stage.waitFor();
    expect(await stage.inputValue()).toBe('scale');
  });

  it('drafts a cycle with a short goal as its title and the guidance as its description', async () => {
    await page.getByLabel('Role', { exact: true }).fill('Backend engineer');
    await page.getByLabel('Goal 1', { exact: true }).fill('Design a fault-tolerant payments service with tracing');
    await page.getByRole('button', { name: 'Draft my Growth Map' }).click();
    await page.getByRole('heading', { name: 'Your first cycle' }).waitFor();
    const facts = page.locator('.draft-cycle .destination-facts');
    await expect.poll(() => facts.innerText()).toMatch(/How to start\s+Define a concrete mini-goal/);
    await checkScreen('wizard draft');
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.getByRole('link', { name: 'See your planned cycle' }).click();
    await page.waitForURL(/\/cycles\/[0-9a-f-]{36}$/);
    const heading = screenHeading(page);
    await expect.poll(() => heading.innerText()).toMatch(/^Practise .+ in one small piece of work$/);
    const title = (await heading.innerText()).trim();
    expect(title.length).toBeLessThanOrEqual(80);
    await expect.poll(() => page.locator('.cycle-description').innerText()).toMatch(/^Define a concrete mini-goal for “/);
    await checkScreen('wizard cycle page');
  });

  it('the cycle form’s review date follows the start date until it is set by hand', async () => {
    const destination = await api('POST /api/v1/destinations', {
      body: { title: 'Give two internal talks per quarter on observability', category: 'personal-reputation' },
    });
    const start = plusDays(todayInZone(), 10);
    const cycle = await api('POST /api/v1/cycles', {
      body: { destinationIds: [destination.id], goal: 'Rehearse the talk', lengthWeeks: 6, startDate: start },
    });
    await page.goto(`${server.url}/cycles/${cycle.id}`);
    await page.getByRole('button', { name: 'Edit cycle' }).click();
    const startField = page.getByLabel('Start date', { exact: true });
    const reviewField = page.getByLabel('Review date', { exact: true });
    expect(await reviewField.inputValue()).toBe(plusDays(start, 41));
    await startField.fill(plusDays(start, 7));
    await expect.poll(() => reviewField.inputValue()).toBe(plusDays(start, 48));
    await page.getByLabel('Length', { exact: true }).selectOption('4');
    await expect.poll(() => reviewField.inputValue()).toBe(plusDays(start, 34));
    await checkScreen('cycle form, review date following');
    await reviewField.fill(plusDays(start, 60));
    await startField.fill(plusDays(start, 14));
    await expect.poll(() => reviewField.inputValue()).toBe(plusDays(start, 60));
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('starts a planned cycle today with one button, and the review date follows', async () => {
    await page.getByRole('button', { name: 'Start today' }).click();
    await expect.poll(() => page.locator('#cycle-status').innerText()).toMatch(/Status: Active — week 1 of 6/);
    const cycles = await api('GET /api/v1/cycles');
    const started = cycles.find((c) => c.goal === 'Rehearse the talk');
    expect(started).toMatchObject({ startDate: todayInZone(), reviewDate: plusDays(todayInZone(), 41), status: 'active' });
    expect(await page.getByRole('button', { name: 'Start today' }).count()).toBe(0);
    await checkScreen('cycle started today');
  });

  it('does not offer the last administrator “Make member” or “Disable”, and says why', async () => {
    await page.goto(`${server.url}/admin`);
    const demote = page.getByRole('button', { name: /Make member/ });
    await demote.waitFor();
    expect(await demote.isDisabled()).toBe(true);
    const reason = await demote.getAttribute('aria-describedby');
    expect(await page.locator(`#${reason}`).innerText()).toMatch(/last administrator/);
    // Disabling the last administrator answers 409 as well.
    expect(await page.getByRole('button', { name: /^Disable/ }).isDisabled()).toBe(true);
    await checkScreen('administration, last admin');
  });

  it('shows self-check and upload times in the user’s zone, not the browser’s', async () => {
    await api('POST /api/v1/framework/skills-csv', {
      body: {
        sourceName: 'matrix.csv',
        text: 'skill,category,novice,practitioner,expert,stages\nKafka operations,technical-specialization,Reads dashboards,Runs upgrades,Designs clusters,scale\n',
      },
    });
    const [upload] = await api('GET /api/v1/framework/uploads');
    const inZone = (iso: string, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-US', { ...options, timeZone: ZONE }).format(new Date(iso));
    await page.goto(`${server.url}/admin/framework`);
    const uploaded = page.locator(`time[datetime="${upload?.createdAt}"]`);
    await uploaded.waitFor();
    expect(await uploaded.innerText()).toBe(inZone(upload?.createdAt ?? '', { dateStyle: 'medium', timeStyle: 'short' }));
    await checkScreen('framework admin, uploads');

    // Two self-checks of one day are told apart by their time of day.
    const checks = (await api('GET /api/v1/self-checks')).filter((c) => c.stage === 'scale');
    await selfCheck('scale');
    const [latest] = (await api('GET /api/v1/self-checks')).filter((c) => c.stage === 'scale');
    expect(checks).toHaveLength(1);
    await page.goto(`${server.url}/framework/scale/self-check`);
    await page.getByRole('heading', { name: 'Self-check history' }).waitFor();
    const time = inZone(latest?.createdAt ?? '', { hour: '2-digit', minute: '2-digit' });
    await expect.poll(() => page.locator('.history-list').innerText()).toContain(`at ${time}`);
  });
});
