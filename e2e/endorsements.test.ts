import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, checkScreen, engines, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';
const desktop = { width: 1280, height: 800 };

/**
 * A peer endorsement end to end: the owner asks, someone without an account answers through the
 * plain form with JavaScript off, a second answer is refused, the owner approves, and the sheet
 * shows the quote. axe on every new screen and on the public page at both widths.
 */
describe.each(engines)('endorsements, in Chromium, on %s', (engine) => {
  let journey: Journey;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let link = '';

  const main = () => page.locator('main');
  beforeAll(async () => {
    journey = await startJourney({ engine });
    ({ server, browser, page } = journey);
    const { api } = journey;
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'noor@example.test', name: 'Noor', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout by the end of Q3', category: 'technical-specialization' },
    });
    await api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('shows empty states that say what to do, under Prove', async () => {
    await page.goto(`${server.url}/endorsements`);
    await checkScreen(page, 'endorsements empty', { bothWidths: true });
    expect(await main().innerText()).toMatch(/No requests yet/);
    const prove = page.getByRole('navigation', { name: 'Prove' });
    expect(await prove.getByRole('link', { name: 'Endorsements' }).getAttribute('aria-current')).toBe('page');
    await page.goto(`${server.url}/endorsements/sheet`);
    await checkScreen(page, 'empty sheet');
    expect(await main().innerText()).toMatch(/No approved endorsements yet/);
  });

  it('lets the owner ask, and shows the link once with whether it was mailed', async () => {
    await page.goto(`${server.url}/endorsements`);
    await checkScreen(page, 'endorsements');
    await page.getByRole('button', { name: 'Create the link' }).click();
    await page.getByText('Name is required.').waitFor();
    await checkScreen(page, 'ask form with errors');
    await page.getByLabel('Their name').fill('Grace');
    await page.getByLabel('Message (optional)').fill('You saw the tracing rollout.');
    await page.getByRole('checkbox', { name: /Tracing/ }).check();
    await page.getByRole('button', { name: 'Create the link' }).click();
    const field = page.getByLabel('Endorsement link');
    await field.waitFor();
    link = await field.inputValue();
    expect(link).toMatch(/\/endorse\/[A-Za-z0-9_-]{43}$/);
    expect(await main().innerText()).toMatch(/not sent by email: copy the link/);
    await checkScreen(page, 'request created', { bothWidths: true });
    expect(await main().innerText()).toMatch(/Waiting for an answer/);
  });

  it('lets someone without an account answer through the plain form, with JavaScript off, once', async () => {
    // axe runs as a script, so the page is checked in a context with JavaScript; the person answers in one without.
    const inspector = await browser.newContext({ viewport: desktop });
    const stranger = await browser.newContext({ javaScriptEnabled: false, viewport: desktop });
    try {
      const look = await inspector.newPage();
      await look.goto(link);
      await checkScreen(look, 'endorse page', { bothWidths: true });
      await look.getByRole('button', { name: 'Send endorsement' }).click();
      await look.getByText('Please check your answer').waitFor();
      await checkScreen(look, 'endorse page with errors', { bothWidths: true });

      const form = await stranger.newPage();
      await form.goto(link);
      expect(await form.locator('main').innerText()).toMatch(/Noor asks you, Grace/);
      expect(await form.locator('main').innerText()).toMatch(/Practitioner: can execute independently/);

      // Submitted empty: the error sits at the top and next to the field, and what was chosen stays.
      await form.getByLabel('How you know them (optional)').fill('Ran the game day with Noor');
      await form.getByRole('radio', { name: /Expert/ }).check();
      await form.getByRole('button', { name: 'Send endorsement' }).click();
      await form.getByText('Please check your answer').waitFor();
      expect(await form.locator('#quote-error').innerText()).toMatch(/Your endorsement is required/);
      expect(await form.getByLabel('How you know them (optional)').inputValue()).toBe('Ran the game day with Noor');
      expect(await form.getByRole('radio', { name: /Expert/ }).isChecked()).toBe(true);

      // A second tab holds the form too, to send it again after the first answer.
      const second = await stranger.newPage();
      await second.goto(link);

      await form.getByLabel('Your endorsement').fill('Noor made tracing boring, in the best way.');
      await form.getByRole('radio', { name: /Practitioner/ }).check();
      await form.getByLabel('My name may be shown with this endorsement').check();
      await form.getByRole('button', { name: 'Send endorsement' }).click();
      await form.getByRole('heading', { name: 'Thank you' }).waitFor();

      await second.getByLabel('Your endorsement').fill('Once more');
      await second.getByRole('button', { name: 'Send endorsement' }).click();
      await second.getByText('You have already answered this request. Thank you.').waitFor();

      // Opening the link again says the same.
      await look.goto(link);
      await look.getByText('You have already answered this request. Thank you.').waitFor();
      await checkScreen(look, 'already answered page', { bothWidths: true });
    } finally {
      await stranger.close();
      await inspector.close();
    }
  });

  it('lets the owner approve it, and the sheet shows the quote', async () => {
    await page.goto(`${server.url}/endorsements`);
    await checkScreen(page, 'endorsements with one received');
    expect(await main().innerText()).toMatch(/Tracing: Practitioner observed/);
    await page.getByRole('button', { name: 'Approve the endorsement from Grace' }).click();
    await page.getByText('Approved: on your endorsement sheet').waitFor();
    await checkScreen(page, 'endorsements approved', { bothWidths: true });
    await page.getByRole('link', { name: 'Endorsement sheet' }).click();
    await page.waitForURL(/\/endorsements\/sheet$/);
    await page.getByText('Noor made tracing boring, in the best way.').waitFor();
    await checkScreen(page, 'endorsement sheet', { bothWidths: true });
    const text = await main().innerText();
    expect(text).toMatch(/Tracing/);
    expect(text).toMatch(/Grace, Ran the game day with Noor · observed Practitioner/);
  });
});
