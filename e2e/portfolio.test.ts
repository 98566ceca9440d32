import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, checkScreen, engines, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * The Portfolio of Impact, tried as a new user would: artifacts recorded (through the API: the
 * artifacts journey covers the form), the portfolio built and ordered in the page, a link made;
 * a stranger without JavaScript reads the snapshot and not the owner's email; the owner revokes
 * and the stranger gets the one 404 page. axe runs on each screen at 1280 px and 390 px.
 */
describe.each(engines)('the Portfolio of Impact, in Chromium, on %s', (engine) => {
  let journey: Journey;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let link = '';

  const main = () => page.locator('main');
  const itemTitles = () => main().locator('ol.portfolio-list > li a').allInnerTexts();
  const status = () => page.locator('[aria-live="polite"]').innerText();

  beforeAll(async () => {
    journey = await startJourney({ engine });
    ({ server, browser, page } = journey);
    const { api } = journey;
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'noor@example.test', name: 'Noor Haddad', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout', category: 'technical-specialization' },
    });
    const skill = await api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Distributed tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    await api('POST /api/v1/artifacts', { body: { title: 'Queue design notes', kind: 'design-doc' } });
    await api('POST /api/v1/artifacts', {
      body: { title: 'Runbook series', kind: 'writing', outcome: 'On-call follows one runbook.' },
    });
    await api('POST /api/v1/artifacts', {
      body: {
        title: 'Tracing rollout',
        kind: 'design-doc',
        outcome: 'Incidents are found from traces.',
        metric: {
          name: 'MTTR',
          before: 45,
          after: 12,
          unit: 'minutes',
          measuredOn: '2026-03-01',
          sourceUrl: 'https://metrics.example.test/mttr',
        },
        skills: [{ skillId: skill.id, level: 'practitioner' }],
      },
    });
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('builds the portfolio from ranked suggestions and orders it with the keyboard', async () => {
    await page.goto(`${server.url}/portfolio`);
    await checkScreen(page, 'portfolio builder, empty', { bothWidths: true });
    const prove = page.getByRole('navigation', { name: 'Prove' });
    expect(await prove.getByRole('link', { name: 'Portfolio' }).getAttribute('aria-current')).toBe('page');
    expect(await main().innerText()).toContain('Your portfolio has no artifacts. The guide suggests 3–5');
    const suggestions = main().getByRole('region', { name: 'Suggestions' }).locator('li a');
    expect(await suggestions.allInnerTexts()).toEqual(['Tracing rollout', 'Runbook series', 'Queue design notes']);
    expect(await main().innerText()).toContain('Shows a measured change: MTTR 45 → 12 minutes.');

    for (const title of ['Runbook series', 'Tracing rollout', 'Queue design notes']) {
      await page.getByRole('button', { name: `Add “${title}” to your portfolio` }).click();
      await expect.poll(status).toMatch(new RegExp(`Added “${title}”`));
    }
    expect(await itemTitles()).toEqual(['Runbook series', 'Tracing rollout', 'Queue design notes']);
    expect(await main().innerText()).not.toContain('The guide suggests 3–5');

    // Move with the keyboard: focus stays with the moved artifact, and the move is said.
    await page.getByRole('button', { name: 'Move up “Tracing rollout”' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(itemTitles).toEqual(['Tracing rollout', 'Runbook series', 'Queue design notes']);
    await expect.poll(status).toBe('Moved “Tracing rollout” up: now 1 of 3.');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Move down “Tracing rollout”');
    await checkScreen(page, 'portfolio builder, three artifacts', { bothWidths: true });
  });

  it('makes a link shown once, and lists it with its status and views', async () => {
    await page.getByRole('link', { name: 'Share by link' }).click();
    await page.waitForURL(/\/portfolio\/shares$/);
    await checkScreen(page, 'portfolio shares, none yet', { bothWidths: true });
    await page.getByRole('button', { name: 'Make a link' }).click();
    const field = page.getByLabel('Link to your portfolio');
    await field.waitFor();
    link = await field.inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/shared/portfolio/[\\w-]{43}$`));
    await expect.poll(() => main().innerText()).toMatch(/Active/);
    expect(await main().innerText()).toContain('0 views');
    await checkScreen(page, 'portfolio shares, a new link', { bothWidths: true });
  });

  it('shows a stranger without JavaScript the snapshot and nothing else of the account', async () => {
    const stranger = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const reader = await stranger.newPage();
    const answer = await reader.goto(link);
    expect(answer?.status()).toBe(200);
    const text = await reader.locator('main').innerText();
    expect(text).toContain('Portfolio of Impact: Noor Haddad');
    expect(text).toContain('MTTR: 45 → 12 minutes (measured on 2026-03-01, source)');
    expect(text).toContain('Distributed tracing (Practitioner)');
    expect(text.indexOf('Tracing rollout')).toBeLessThan(text.indexOf('Runbook series'));
    expect(await reader.content()).not.toContain('noor@example.test');
    await stranger.close();

    // axe needs script in the page it checks; the page itself runs none (its policy forbids it).
    const checker = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const checked = await checker.newPage();
    await checked.goto(link);
    await checkScreen(checked, 'shared portfolio', { bothWidths: true });
    await checker.close();
  });

  it('revokes the link after confirmation, and the stranger gets the 404 page', async () => {
    await page.reload();
    await expect.poll(() => main().innerText()).toMatch(/2 views/);
    await page.getByRole('button', { name: /^Revoke the link made/ }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await expect.poll(() => main().innerText()).toMatch(/Revoked/);
    await expect.poll(status).toMatch(/^Revoked the link made .*It stopped working at once\.$/);

    await page.getByRole('button', { name: /^Show the view log/ }).click();
    await expect
      .poll(() => main().getByRole('list', { name: 'When the link was opened, newest first' }).locator('li').count())
      .toBe(2);

    const stranger = await browser.newContext({ javaScriptEnabled: false });
    const reader = await stranger.newPage();
    const answer = await reader.goto(link);
    expect(answer?.status()).toBe(404);
    expect(await reader.locator('h1').innerText()).toBe('This link does not work');
    await stranger.close();
  });
});
