import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/client/api.js';
import { pageClient } from './support/client.js';
import { type Journey, checkScreen, startJourney } from './support/journey.js';

const password = 'a long and unusual passphrase';

/**
 * A mentor and an engineer in two browser contexts: the mentor sees the banner and the map read-only,
 * comments and rates; the engineer sees the comment with its unread count, replies, sees the ratings
 * side by side and the access log. SQLite is enough: test/api/mentorNotes.test.ts covers both engines.
 */
describe('mentoring, in two Chromium contexts', () => {
  let journey: Journey;
  let engineer: Page;
  let mentorContext: BrowserContext;
  let mentor: Page;
  let mentorApi: Api;
  let url = '';
  let linId = '';
  let destinationId = '';

  const text = async (page: Page) => (await page.locator('main').allInnerTexts()).join('\n');

  beforeAll(async () => {
    journey = await startJourney();
    engineer = journey.page;
    url = journey.server.url;
    const { api } = journey;
    await engineer.goto(`${url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'lin@example.test', name: 'Lin', password, timeZone: 'UTC' } });
    linId = (await api('GET /api/v1/me')).user.id;
    const destination = await api('POST /api/v1/destinations', {
      body: {
        title: 'Cut p95 checkout latency from 900 ms to 300 ms by Q3 2027',
        category: 'technical-specialization',
        businessImpact: 'Checkout abandonment costs revenue every day',
      },
    });
    destinationId = destination.id;
    await api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    const cycle = await api('POST /api/v1/cycles', {
      body: { destinationIds: [destination.id], goal: 'Trace checkout', lengthWeeks: 6 },
    });
    await api('POST /api/v1/cycles/{id}/entries', {
      params: { id: cycle.id },
      body: { week: 1, text: 'Set up the first spans' },
    });
    const { url: invitation } = await api('POST /api/v1/invitations');

    mentorContext = await journey.browser.newContext({ timezoneId: 'UTC', viewport: { width: 1280, height: 800 } });
    mentor = await mentorContext.newPage();
    mentorApi = pageClient(mentor, () => url);
    await mentor.goto(`${url}/sign-in`);
    await mentorApi('POST /api/v1/users', {
      body: { email: 'ana@example.test', name: 'Ana', password, invitation: invitation.split('/join/')[1] ?? '' },
    });
    const mentorship = await api('POST /api/v1/mentorships', {
      body: { email: 'ana@example.test', sections: ['map', 'cycles', 'feedback'] },
    });
    await mentorApi('POST /api/v1/mentorships/{id}/accept', { params: { id: mentorship.id } });
  });
  afterAll(async () => {
    await mentorContext?.close();
    await journey?.close();
  });

  it('shows the mentor each mentee on the dashboard', async () => {
    await mentor.goto(`${url}/mentees`);
    await checkScreen(mentor, 'mentees dashboard', { bothWidths: true });
    expect(await text(mentor)).toMatch(/Lin/);
    expect(await text(mentor)).toMatch(/Shares: Map, Cycles, Feedback/);
  });

  it('opens the mentee’s map read-only under a banner, comments from the keyboard and rates a skill', async () => {
    await mentor.getByRole('link', { name: 'Open Lin’s map' }).click();
    await mentor.waitForURL(`${url}/mentees/${linId}/map`);
    await expect.poll(() => text(mentor)).toMatch(/Viewing Lin’s map as their mentor/);
    await checkScreen(mentor, 'mentee map', { bothWidths: true });
    const main = mentor.locator('main');
    // Read-only: none of the owner's edit controls is rendered.
    for (const name of [/^Edit/, /^Delete/, /Add destination/, /Add skill/, /Save/]) {
      expect(await main.getByRole('button', { name }).count()).toBe(0);
    }
    await main.getByLabel('Comment', { exact: true }).focus();
    await mentor.keyboard.type('What would done look like?');
    await mentor.keyboard.press('Tab');
    await mentor.keyboard.press('Enter');
    await expect.poll(() => text(mentor)).toMatch(/You,.*\n+What would done look like\?/);

    await main.getByLabel('Your rating of Lin’s Tracing').selectOption('practitioner');
    await main.getByLabel('Note (optional)').fill('Led the incident review');
    await main.getByRole('button', { name: 'Rate' }).click();
    await expect.poll(() => text(mentor)).toMatch(/Your rating: Practitioner/);
    await checkScreen(mentor, 'mentee map after comment and rating');

    // A progress entry's thread opens behind its disclosure, from the keyboard too.
    const entryThread = main.locator('details', { hasText: 'Comments on week 1 of “Trace checkout”' });
    await entryThread.locator('summary').focus();
    await mentor.keyboard.press('Enter');
    await entryThread.getByLabel('Comment', { exact: true }).fill('Which spans first?');
    await entryThread.getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(async () => (await entryThread.innerText()).includes('Which spans first?')).toBe(true);
    await checkScreen(mentor, 'mentee map with an entry thread');
  });

  it('shows the engineer the unread comment, takes a reply, and marks it read', async () => {
    expect((await journey.api('GET /api/v1/comments/unread')).total).toBe(2);
    await engineer.goto(`${url}/comments`);
    await checkScreen(engineer, 'comments', { bothWidths: true });
    expect(await text(engineer)).toMatch(/Destination: Cut p95[\s\S]*On Lin’s records · 1 new/);
    expect(await text(engineer)).toMatch(/Progress entry: Week 1 of “Trace checkout”[\s\S]*Which spans first\?/);
    expect(await text(engineer)).toMatch(/Ana,.*\n+What would done look like\?/);
    const destinationThread = engineer.locator('section.card', { hasText: 'Destination: Cut p95' });
    await destinationThread.getByLabel('Reply', { exact: true }).fill('p95 under 300 ms for a month.');
    await destinationThread.getByRole('button', { name: 'Reply' }).click();
    await expect.poll(() => text(engineer)).toMatch(/You,.*\n+p95 under 300 ms for a month\./);
    expect((await journey.api('GET /api/v1/comments/unread')).total).toBe(0);
    expect((await mentorApi('GET /api/v1/comments/unread')).total).toBe(1);
  });

  it('shows the engineer a new comment as a count in the navigation until its thread is read', async () => {
    await mentorApi('POST /api/v1/comments', {
      body: { subjectKind: 'destination', subjectId: destinationId, body: 'Which dashboard shows the p95?' },
    });
    // The engineer is still on the comments screen: going to another screen asks again.
    await engineer.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Ratings' }).click();
    const people = engineer.getByRole('navigation', { name: 'People' });
    await people.getByRole('link', { name: 'Comments, 1 unread', exact: true }).waitFor();
    await engineer
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'People, 1 unread comment', exact: true })
      .waitFor();
    await checkScreen(engineer, 'navigation with an unread comment', { bothWidths: true });
    await engineer.setViewportSize({ width: 390, height: 844 });
    await engineer.getByRole('button', { name: 'Menu, 1 unread comment', exact: true }).click();
    await engineer.getByRole('link', { name: 'Comments, 1 unread', exact: true }).click();
    await engineer.waitForURL(`${url}/comments`);
    await expect.poll(() => text(engineer)).toMatch(/Which dashboard shows the p95\?/);
    await engineer.setViewportSize({ width: 1280, height: 800 });
    // Opening the thread marks it read, and the count goes from every entry.
    await expect.poll(() => engineer.locator('.nav-count').count()).toBe(0);
    await people.getByRole('link', { name: 'Comments', exact: true }).waitFor();
    // The phone's Menu button, hidden at this width, is named by its word alone again.
    expect(await engineer.getByRole('button', { name: 'Menu', exact: true, includeHidden: true }).count()).toBe(1);
    expect((await journey.api('GET /api/v1/comments/unread')).total).toBe(0);
  });

  it('shows the engineer self and mentor ratings side by side with the difference in words', async () => {
    await engineer.goto(`${url}/ratings`);
    await checkScreen(engineer, 'ratings', { bothWidths: true });
    const row = engineer.getByRole('row', { name: /Tracing/ });
    expect(await row.innerText()).toMatch(
      /Novice[\s\S]*Practitioner \(Ana\)[\s\S]*Led the incident review[\s\S]*Mentor sees more/,
    );
  });

  it('walks the roadmap review as the mentor and saves it on the engineer’s account', async () => {
    await mentor.goto(`${url}/mentees/${linId}/roadmap-review`);
    await checkScreen(mentor, 'roadmap review', { bothWidths: true });
    expect(await text(mentor)).toMatch(/Stage fit/);
    await mentor.getByLabel('Outcome of this step').fill('Take the self-check first');
    await mentor.getByRole('button', { name: 'Next' }).click();
    await mentor.getByRole('button', { name: 'Next' }).click();
    await mentor.getByRole('button', { name: 'Next' }).click();
    await mentor.getByLabel('Action items agreed, one a line').fill('Take the Scale self-check');
    await mentor.getByRole('button', { name: 'Save the review' }).click();
    await mentor.waitForURL(`${url}/mentees`);
    const [session] = await journey.api('GET /api/v1/feedback-sessions', { query: { kind: 'roadmap-review' } });
    expect(session).toMatchObject({ writtenWith: { name: 'Ana' }, outcomes: [{ step: 'stage-fit' }] });
    await engineer.goto(`${url}/feedback`);
    await checkScreen(engineer, 'feedback with a co-written review');
    expect(await text(engineer)).toMatch(/Roadmap review with Ana[\s\S]*written with Ana, your mentor/);
  });

  it('tells the engineer who looked, and refuses the mentor once revoked', async () => {
    await engineer.goto(`${url}/access-log`);
    await engineer.getByRole('table').waitFor();
    await checkScreen(engineer, 'access log after mentoring');
    const rows = (await engineer.getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t').slice(0, 2).join(' '));
    expect(rows).toContain('Ana Map');
    const [mentorship] = await journey.api('GET /api/v1/mentorships');
    await journey.api('DELETE /api/v1/mentorships/{id}', { params: { id: mentorship?.id ?? '' } });
    await mentor.goto(`${url}/mentees/${linId}/map`);
    await expect.poll(() => text(mentor)).toMatch(/not found/i);
    expect(await text(mentor)).not.toMatch(/Cut p95/);
  });
});
