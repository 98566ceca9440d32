import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../src/client/api.js';
import { pageClient } from './support/client.js';
import { type Journey, checkScreen, engines, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * A mentorship in two browsers: the engineer invites someone without an account (sign-up needs
 * an invitation), the mentor joins through the link and accepts, reads the shared map and is
 * refused the rest; the engineer sees the access log and revokes, and the mentor's next request
 * is refused. axe on every new screen at both widths.
 */
describe.each(engines)('mentors, in Chromium, on %s', (engine) => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  let mentorContext: BrowserContext;
  let mentorPage: Page;
  let engineerId = '';
  let link = '';

  const main = (p: Page) => p.locator('main');
  beforeAll(async () => {
    journey = await startJourney({ engine });
    ({ server, page } = journey);
    const { api } = journey;
    await page.goto(`${server.url}/setup`);
    const signedUp = await api('POST /api/v1/setup', {
      body: { email: 'noor@example.test', name: 'Noor', password, timeZone: 'UTC' },
    });
    engineerId = signedUp.user.id;
    await api('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout by the end of Q3', category: 'technical-specialization' },
    });
    mentorContext = await journey.browser.newContext({ timezoneId: 'UTC', viewport: { width: 1280, height: 800 } });
    mentorPage = await mentorContext.newPage();
  });
  afterAll(async () => {
    await mentorContext?.close();
    await journey?.close();
  });

  it('shows the empty screens under People', async () => {
    await page.goto(`${server.url}/mentors`);
    await checkScreen(page, 'mentors empty', { bothWidths: true });
    expect(await main(page).innerText()).toMatch(/No mentors yet/);
    const people = page.getByRole('navigation', { name: 'People' });
    expect(await people.getByRole('link', { name: 'Mentors' }).getAttribute('aria-current')).toBe('page');
    await page.goto(`${server.url}/access-log`);
    await checkScreen(page, 'access log empty', { bothWidths: true });
    expect(await main(page).innerText()).toMatch(/Nobody has viewed your records yet/);
  });

  it('lets the engineer invite someone without an account, with field errors first', async () => {
    await page.goto(`${server.url}/mentors`);
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.locator('.field-error').first().waitFor();
    await checkScreen(page, 'invite with errors');
    await page.getByLabel('Their email').fill('grace@example.test');
    await page.getByRole('checkbox', { name: /^Cycles/ }).check();
    await page.getByRole('button', { name: 'Invite' }).click();
    const field = page.getByLabel('Link to join');
    await field.waitFor();
    link = await field.inputValue();
    expect(link).toMatch(/\/join\/[A-Za-z0-9_-]+$/);
    await checkScreen(page, 'mentor invited', { bothWidths: true });
    expect(await main(page).innerText()).toMatch(/grace@example\.test · mentors you · Invited, not accepted yet/);
  });

  it('lets the mentor join through the link, accept, and read only the shared sections', async () => {
    await mentorPage.goto(link);
    await mentorPage.getByLabel('Name').fill('Grace');
    await mentorPage.getByLabel('Email').fill('grace@example.test');
    await mentorPage.getByLabel('Password').fill(password);
    await mentorPage.getByRole('button', { name: 'Create account' }).click();
    await mentorPage.waitForURL((url) => url.pathname === '/map');
    await mentorPage.goto(`${server.url}/mentors`);
    await mentorPage.getByRole('button', { name: /^Accept/ }).click();
    await mentorPage.getByText(/you mentor them · Active since/).waitFor();
    await checkScreen(mentorPage, 'mentee accepted', { bothWidths: true });
    expect(await main(mentorPage).innerText()).toMatch(/Noor/);

    const mentorApi = pageClient(mentorPage, () => server.url);
    await mentorApi('GET /api/v1/me');
    const map = await mentorApi('GET /api/v1/map', { query: { owner: engineerId } });
    expect(map.destinations[0]?.title).toBe('Lead the observability rollout by the end of Q3');
    expect(await mentorApi('GET /api/v1/cycles', { query: { owner: engineerId } })).toEqual([]);
    const refused = await mentorApi('GET /api/v1/artifacts', { query: { owner: engineerId } }).catch((e: unknown) => e);
    expect(refused instanceof ApiError && refused.status).toBe(404);
  });

  it('shows the engineer who looked, and a revocation refuses the mentor’s next request', async () => {
    await page.goto(`${server.url}/access-log`);
    await page.getByRole('table').waitFor();
    await checkScreen(page, 'access log', { bothWidths: true });
    const rows = await page.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => r.split('\t').slice(0, 2).join(' '))).toEqual(['Grace Cycles', 'Grace Map']);

    await page.goto(`${server.url}/mentors`);
    await page.getByRole('button', { name: /^Revoke/ }).click();
    await checkScreen(page, 'revoke asked in place');
    await page.getByRole('button', { name: 'Revoke', exact: true }).click();
    await page.getByText('No mentors yet').waitFor();

    const mentorApi = pageClient(mentorPage, () => server.url);
    await mentorApi('GET /api/v1/me');
    const refused = await mentorApi('GET /api/v1/map', { query: { owner: engineerId } }).catch((e: unknown) => e);
    expect(refused instanceof ApiError && refused.status).toBe(404);
  });
});
