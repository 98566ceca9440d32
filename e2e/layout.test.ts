import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, screenHeading } from './support/browser.js';
import { pageClient } from './support/client.js';
import { type RunningServer, startServer } from './support/server.js';

const password = 'a long and unusual passphrase';
const DAY = 86_400_000;
const daysFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const phone = { width: 390, height: 844 };
const narrowest = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };

/** Every screen of web/src/screens.ts, with the seeded ids filled in; a new screen belongs here too. */
function signedInScreens(ids: { cycle: string; skill: string; feedback: string; artifact: string }): string[] {
  return [
    '/',
    '/cycles',
    '/cycles/new',
    `/cycles/${ids.cycle}`,
    '/reviews',
    '/settings',
    '/map',
    '/map/one-page',
    `/skills/${ids.skill}`,
    '/artifacts',
    '/artifacts/new',
    `/artifacts/${ids.artifact}`,
    '/portfolio',
    '/portfolio/shares',
    '/account',
    '/account/tokens',
    '/admin',
    '/admin/framework',
    '/admin/ladders',
    '/next-level',
    '/framework',
    '/framework/skills',
    '/framework/wizard',
    '/framework/scale',
    '/framework/scale/self-check',
    '/feedback',
    '/feedback/new',
    `/feedback/${ids.feedback}`,
    '/feedback/action-items',
    '/feedback/rotation',
    '/talking-points',
    '/endorsements',
    '/endorsements/sheet',
    '/mentees',
    '/comments',
    '/ratings',
    '/roadmap-review',
    '/no-such-screen',
  ];
}
const signedOutScreens = ['/sign-in', '/join', '/join/not-a-real-invitation', '/reset/not-a-real-link'];

/** Features the app does not have yet; copy must not promise them (issue 8, 6.9). */
const unbuiltFeatures = /artifact|feedback|command-line|\bCLI\b|portfolio|endorse|mentor/i;

const hasFocus = (locator: Locator) => locator.evaluate((el) => el === el.ownerDocument.activeElement);

async function settle(page: Page) {
  await screenHeading(page).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** The page's width beyond the viewport, and the deepest elements that stick out, to say what to fix. */
function overflowAt(page: Page) {
  return page.locator('html').evaluate((html) => {
    const width = html.clientWidth;
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > width + 0.5;
    const culprits = [...html.querySelectorAll('body *')]
      .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
      .slice(0, 5)
      .map(
        (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}px`,
      );
    return { scrollWidth: html.scrollWidth, culprits };
  });
}

/**
 * The header and the width of every screen: seeded with a map, a running cycle with its log,
 * a self-check, a quarterly review, a token and an invitation, so each screen shows real
 * content. Layout does not depend on the engine, so this runs on SQLite only.
 */
describe('navigation and layout, in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const ids = { cycle: '', skill: '', feedback: '', artifact: '' };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ timezoneId: 'UTC', viewport: desktop });
    page = await context.newPage();
    const api = pageClient(page, () => server.url);
    await api('POST /api/v1/setup', {
      body: { email: 'ada.lovelace-byron@example.test', name: 'Ada Lovelace-Byron', password, timeZone: 'UTC' },
    });
    const destination = await api('POST /api/v1/destinations', {
      body: {
        title: 'Lead the migration of the checkout service to event sourcing with zero downtime',
        category: 'leadership-impact',
        measure: 'Checkout p95 latency from 900 ms to 300 ms',
        targetDate: daysFromToday(200),
        businessImpact: 'Fewer abandoned checkouts during peak sales, so revenue holds when traffic spikes.',
      },
    });
    for (const name of ['Event-driven architecture', 'Incident command', 'Observability']) {
      const skill = await api('POST /api/v1/destinations/{id}/skills', {
        params: { id: destination.id },
        body: { name, currentLevel: 'novice', targetLevel: 'expert' },
      });
      ids.skill ||= skill.id;
    }
    const cycle = await api('POST /api/v1/cycles', {
      body: {
        destinationIds: [destination.id],
        goal: 'Ship the first event-sourced aggregate behind a feature flag',
        startDate: daysFromToday(-14),
        backupProject: 'Write up the design as an architecture decision record',
      },
    });
    ids.cycle = cycle.id;
    for (const week of [1, 2]) {
      await api('POST /api/v1/cycles/{id}/entries', {
        params: { id: cycle.id },
        body: {
          week,
          text: `Week ${week}: paired on the aggregate and wrote the projection tests`,
          evidence: [
            { kind: 'link', url: 'https://git.example.test/checkout/merge_requests/1234567890/diffs?commit_id=0123456789abcdef' },
          ],
        },
      });
    }
    const artifact = await api('POST /api/v1/artifacts', {
      body: {
        title: 'Architecture decision record: event-sourced checkout aggregate with snapshotting every 500 events',
        kind: 'decision-record',
        outcome: 'The team agreed on one write model for checkout, so the migration could start.',
        metric: { name: 'Checkout p95 latency', before: 900, after: 300, unit: 'ms', measuredOn: daysFromToday(-3) },
        skills: [{ skillId: ids.skill, level: 'practitioner' }],
        destinationIds: [destination.id],
        cycleId: cycle.id,
      },
    });
    ids.artifact = artifact.id;
    const framework = await api('GET /api/v1/framework');
    const item = framework.selfCheck.find((i) => i.stage === 'scale');
    if (!item) throw new Error('the shipped content has no self-check item for the scale stage');
    await api('POST /api/v1/self-checks', { body: { stage: 'scale', answers: { [item.id]: 'partly' } } });
    await api('POST /api/v1/quarterly-reviews', { body: { decisions: [] } });
    await api('POST /api/v1/tokens', { body: { name: 'nightly backup job on the build server' } });
    await api('POST /api/v1/invitations');
    const feedback = await api('POST /api/v1/feedback-sessions', {
      body: {
        kind: 'pairing',
        partner: 'Grace Brewster Murray Hopper',
        domain: 'Observability',
        wentWell: 'Found the slow span in the checkout trace within the first hour of pairing',
        actionItems: [{ text: 'Write the runbook for tracing the checkout service end to end', owner: 'me' }],
      },
    });
    ids.feedback = feedback.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('scrolls no screen sideways at 360 px, signed in or not', async () => {
    await page.setViewportSize(narrowest);
    const wide: string[] = [];
    for (const path of signedInScreens(ids)) {
      await page.goto(`${server.url}${path}`);
      await settle(page);
      const { scrollWidth, culprits } = await overflowAt(page);
      if (scrollWidth > narrowest.width) wide.push(`${path}: ${scrollWidth}px (${culprits.join(', ')})`);
    }
    const signedOut = await browser.newContext({ viewport: narrowest });
    const anonymous = await signedOut.newPage();
    for (const path of signedOutScreens) {
      await anonymous.goto(`${server.url}${path}`);
      await settle(anonymous);
      const { scrollWidth, culprits } = await overflowAt(anonymous);
      if (scrollWidth > narrowest.width) wide.push(`${path}: ${scrollWidth}px (${culprits.join(', ')})`);
    }
    await signedOut.close();
    expect(wide).toEqual([]);
  });

  it('puts the header on one line at 1280 px, with the areas, their screens and the account menu', async () => {
    await page.setViewportSize(desktop);
    await page.goto(`${server.url}/framework/skills`);
    await settle(page);
    const header = page.getByRole('banner');
    expect((await header.boundingBox())?.height).toBeLessThanOrEqual(60);
    const main = page.getByRole('navigation', { name: 'Main' });
    expect(await main.getByRole('link').allInnerTexts()).toEqual(['Plan', 'Practise', 'Prove', 'Review', 'People']);
    expect(await main.getByRole('link', { name: 'Plan' }).getAttribute('aria-current')).toBe('true');
    const plan = page.getByRole('navigation', { name: 'Plan' });
    expect(await plan.getByRole('link', { name: 'Framework' }).getAttribute('aria-current')).toBe('true');
    expect(await plan.getByRole('link', { name: 'Tailoring wizard' }).getAttribute('aria-current')).toBeNull();

    await main.getByRole('link', { name: 'Practise' }).click();
    await page.waitForURL(`${server.url}/`);
    // The screen's code loads on this first visit: axe below looks at the drawn screen.
    await settle(page);
    const practise = page.getByRole('navigation', { name: 'Practise' });
    expect(await practise.getByRole('link', { name: 'This week' }).getAttribute('aria-current')).toBe('page');

    const account = page.getByRole('button', { name: 'Ada Lovelace-Byron account menu' });
    await account.click();
    expect(await account.getAttribute('aria-expanded')).toBe('true');
    const accountNav = page.getByRole('navigation', { name: 'Account' });
    expect(await accountNav.getByRole('link').allInnerTexts()).toEqual([
      'Settings',
      'Account',
      'Access tokens',
      'Administration',
      'Framework content',
      'Career ladders',
    ]);
    await checkA11y(page, 'account menu open at 1280 px');
    await page.keyboard.press('Escape');
    expect(await account.getAttribute('aria-expanded')).toBe('false');
    expect(await hasFocus(account)).toBe(true);

    await page.keyboard.press('Enter');
    expect(await hasFocus(accountNav.getByRole('link', { name: 'Settings' }))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/account\/tokens$/);
    // The next screen is a lazy chunk: the menu closes when it is shown, a moment after the address changes.
    await expect.poll(() => account.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the wide header on one line just above the phone layout', async () => {
    const tablet = { width: 769, height: 1024 };
    await page.setViewportSize(tablet);
    await page.goto(`${server.url}/map/one-page`);
    await settle(page);
    expect((await page.getByRole('banner').boundingBox())?.height).toBeLessThanOrEqual(60);
    expect(await page.getByRole('navigation', { name: 'Plan' }).getByRole('link').count()).toBe(5);
    expect((await overflowAt(page)).scrollWidth).toBeLessThanOrEqual(tablet.width);
  });

  it('puts the header on one line at 390 px with a menu that works by keyboard', async () => {
    await page.setViewportSize(phone);
    await page.goto(`${server.url}/map`);
    await settle(page);
    const header = page.getByRole('banner');
    const menu = page.getByRole('button', { name: 'Menu' });
    const headerBox = await header.boundingBox();
    const brandBox = await page.getByRole('link', { name: 'Growth Map' }).boundingBox();
    const menuBox = await menu.boundingBox();
    expect(headerBox?.height).toBeLessThanOrEqual(60);
    // One line: the brand and the button share a row.
    expect(
      Math.abs((brandBox?.y ?? 0) + (brandBox?.height ?? 0) / 2 - ((menuBox?.y ?? 0) + (menuBox?.height ?? 0) / 2)),
    ).toBeLessThan(8);
    expect(await page.getByRole('navigation', { name: 'Plan' }).count()).toBe(0);

    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const panelId = await menu.getAttribute('aria-controls');
    const panel = page.locator(`[id="${panelId}"]`);
    expect(await panel.evaluate((el) => el.contains(el.ownerDocument.activeElement))).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Map editor' }).getAttribute('aria-current')).toBe('page');
    await checkA11y(page, 'phone menu open');

    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await hasFocus(menu)).toBe(true);

    await page.keyboard.press('Enter');
    const cycles = nav.getByRole('link', { name: 'Cycles' });
    for (let i = 0; i < 20 && !(await hasFocus(cycles)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cycles$/);
    await settle(page);
    // The next screen is a lazy chunk: the menu closes when it is shown, a moment after the address changes.
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await nav.getByRole('link', { name: 'Cycles' }).getAttribute('aria-current')).toBe('page');
    // The open menu covers the page down to its last link; a tap below it closes it.
    await page.mouse.click(phone.width / 2, phone.height - 4);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('gives a screen whose code is still on its way a level-one heading, then the screen its own', async () => {
    const loading = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await loading.route(/\/assets\/NewCyclePage-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await loading.goto(`${server.url}/cycles/new`);
    await loading.getByRole('status').filter({ hasText: 'Loading' }).waitFor();
    expect(await loading.getByRole('heading', { level: 1 }).allInnerTexts()).toEqual(['Loading']);
    const axe = await new AxeBuilder({ page: loading }).withRules(['page-has-heading-one']).analyze();
    expect(axe.violations).toEqual([]);
    release();
    const heading = loading.getByRole('heading', { level: 1, name: 'Plan a learning cycle' });
    await heading.waitFor();
    expect(await loading.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await loading.close();
  });

  it('promises no feature that does not exist on the account and token pages', async () => {
    await page.setViewportSize(desktop);
    for (const path of ['/account', '/account/tokens']) {
      await page.goto(`${server.url}${path}`);
      await settle(page);
      expect(await page.locator('main').innerText()).not.toMatch(unbuiltFeatures);
    }
    await page.getByRole('button', { name: 'Revoke all tokens' }).click();
    expect(await page.locator('main').innerText()).not.toMatch(unbuiltFeatures);
  });
});
