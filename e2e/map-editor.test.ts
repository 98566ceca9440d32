/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The callbacks given to page.evaluate run in the browser, where the DOM is.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, screenHeading } from './support/browser.js';
import { pageClient } from './support/client.js';
import { type RunningServer, startServer } from './support/server.js';

const password = 'a long and unusual passphrase';
const talks = 'Give two internal talks per quarter on observability';
const tracing = 'Cut checkout incident diagnosis from [metric] to 15 minutes by tracing every service';

/**
 * The calm map editor: content first, at most two visible buttons per skill, the rest in a menu that
 * works by keyboard; reordering by keyboard and by drag, saved and announced; the add-skill form on
 * demand; "beyond target"; placeholders marked; nothing scrolls sideways and nothing jumps at 390 px.
 * The editor is the same on either engine (the journey covers both), so this runs on SQLite.
 */
describe('the map editor in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ReturnType<typeof pageClient>;

  const skill = (name: string) => page.locator('li.skill').filter({ has: page.getByRole('link', { name, exact: true }) });
  const skillNames = async (destination: string) =>
    page
      .locator('article.destination')
      .filter({ has: page.getByRole('heading', { level: 3, name: destination }) })
      .locator('li.skill .skill-name')
      .allInnerTexts();
  const savedSkillNames = async (destination: string) =>
    (await api('GET /api/v1/map')).destinations.find((d) => d.title === destination)?.skills.map((s) => s.name);
  const announced = () => page.locator('[role="status"][aria-live="polite"][aria-atomic="true"]').innerText();
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

  /** Types into a destination's measure, filling its placeholders, and checks the field stays where it was. */
  async function typingKeepsThePagePut() {
    await page.getByRole('button', { name: `Actions for “${tracing}”` }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const measure = page.getByLabel('Measure', { exact: true });
    await measure.waitFor();
    await measure.scrollIntoViewIfNeeded();
    await measure.selectText();
    const top = async () => (await measure.boundingBox())?.y;
    const before = await top();
    // The SMART check's verdicts, reasons and "still to fill in" change as the placeholders go.
    for (const text of ['Diagnosis time from 40 minutes', ' to 15 minutes']) {
      await page.keyboard.type(text);
      await page.waitForTimeout(800);
      expect(await top()).toBe(before);
    }
    await page
      .getByRole('form', { name: /^Edit “Cut checkout/ })
      .getByRole('button', { name: 'Cancel' })
      .click();
  }

  async function openEditor() {
    await page.goto(`${server.url}/map`);
    await screenHeading(page).waitFor();
    await page.waitForLoadState('networkidle');
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ timezoneId: 'UTC', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    api = pageClient(page, () => server.url);
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'mo@example.test', name: 'Mo', password, timeZone: 'UTC' } });
    const first = await api('POST /api/v1/destinations', {
      body: { title: talks, category: 'personal-reputation', businessImpact: 'Engineers debug with traces.' },
    });
    for (const [name, currentLevel, targetLevel] of [
      ['Public speaking', 'novice', 'expert'],
      ['Tracing', 'expert', 'practitioner'],
      ['Writing', 'practitioner', 'practitioner'],
    ] as const) {
      await api('POST /api/v1/destinations/{id}/skills', { params: { id: first.id }, body: { name, currentLevel, targetLevel } });
    }
    await api('POST /api/v1/destinations', {
      body: { title: tracing, category: 'technical-specialization', measure: 'Diagnosis time from [metric] to [target]' },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows each skill’s content first, with at most two visible buttons', async () => {
    await openEditor();
    const skills = page.locator('li.skill');
    expect(await skills.count()).toBe(3);
    for (const item of await skills.all()) {
      const visible = await item.locator('button, [role="button"]').filter({ visible: true }).count();
      expect(visible).toBeLessThanOrEqual(2);
      expect(await item.getByRole('button', { name: /^Record a level change/ }).isVisible()).toBe(true);
    }
    // A destination's own actions sit by its title, in its header.
    const header = page.locator('article.destination header').first();
    expect(await header.getByRole('button', { name: `Actions for “${talks}”` }).isVisible()).toBe(true);
    await checkA11y(page, 'map editor');
  });

  it('reads a level above the target as beyond target, not as a step down', async () => {
    const pair = (name: string) => skill(name).locator('.level-pair').textContent();
    expect(await pair('Tracing')).toMatch(/Expert · beyond target \(Practitioner\)$/);
    expect(await pair('Tracing')).not.toContain('→');
    expect(await pair('Writing')).toMatch(/Practitioner · target reached$/);
    expect(await pair('Public speaking')).toMatch(/Novice → .*Expert$/);
  });

  it('marks unfilled placeholders with the SMART check’s own rule', async () => {
    const card = page.locator('article.destination').filter({ hasText: 'Cut checkout incident diagnosis' });
    expect(await card.locator('mark.placeholder').allTextContents()).toEqual([
      '[metric] (placeholder to fill in)',
      '[metric] (placeholder to fill in)',
      '[target] (placeholder to fill in)',
    ]);
  });

  it('opens a skill’s menu by keyboard, passes axe while open, and closes with Escape back on its button', async () => {
    const button = page.getByRole('button', { name: 'Actions for skill “Public speaking”' });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(['Edit', 'Move down', 'History', 'Delete…']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Delete…');
    await checkA11y(page, 'map editor with a skill menu open');
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedId()).toBe(await button.getAttribute('id'));
    // Tab leaves: the menu closes and focus moves on past its button.
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    await page.keyboard.press('Tab');
    expect(await menu.count()).toBe(0);
    expect(await focusedId()).not.toBe(await button.getAttribute('id'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('menuitem');
  });

  it('moves a skill down by keyboard, announces it, keeps focus on it and saves the order', async () => {
    const button = page.getByRole('button', { name: 'Actions for skill “Public speaking”' });
    const id = await button.getAttribute('id');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Move down');
    await page.keyboard.press('Enter');
    await expect.poll(() => skillNames(talks)).toEqual(['Tracing', 'Public speaking', 'Writing']);
    await expect.poll(announced).toBe('Moved “Public speaking” to position 2 of 3.');
    await expect.poll(focusedId).toBe(id);
    await expect.poll(() => savedSkillNames(talks)).toEqual(['Tracing', 'Public speaking', 'Writing']);
  });

  it('moves a skill by dragging its grip, and saves the order', async () => {
    await skill('Writing').locator('.drag-handle').dragTo(skill('Tracing'));
    await expect.poll(() => skillNames(talks)).toEqual(['Writing', 'Tracing', 'Public speaking']);
    await expect.poll(announced).toBe('Moved “Writing” to position 1 of 3.');
    await expect.poll(() => savedSkillNames(talks)).toEqual(['Writing', 'Tracing', 'Public speaking']);
    await openEditor();
    expect(await skillNames(talks)).toEqual(['Writing', 'Tracing', 'Public speaking']);
  });

  it('moves destinations by keyboard and by drag', async () => {
    const titles = () => page.locator('article.destination h3').allInnerTexts();
    const saved = async () => (await api('GET /api/v1/map')).destinations.map((d) => d.title);
    await page.getByRole('button', { name: `Actions for “${talks}”` }).click();
    await page.getByRole('menuitem', { name: 'Move down' }).click();
    await expect.poll(announced).toBe(`Moved “${talks}” to position 2 of 2.`);
    await expect.poll(saved).toEqual([tracing, talks]);
    expect((await titles())[1]).toContain(talks);
    await page.waitForLoadState('networkidle');
    const cards = page.locator('li.destination-item');
    // Onto the lower part of the card above: dragging is over whole cards, and it stays in view.
    await cards.nth(1).locator('header .drag-handle').dragTo(cards.nth(0).locator('.add-skill'));
    await expect.poll(saved).toEqual([talks, tracing]);
    expect((await titles())[0]).toContain(talks);
  });

  it('opens the add-skill form on demand, closes it after adding, and puts focus back on its button', async () => {
    const card = page.locator('article.destination').filter({ has: page.getByRole('heading', { level: 3, name: talks }) });
    expect(await card.getByLabel('Skill name').count()).toBe(0);
    const add = card.getByRole('button', { name: `Add a skill to “${talks}”` });
    await add.click();
    const name = card.getByLabel('Skill name');
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkA11y(page, 'map editor with the add-skill form open');
    await name.fill('Storytelling');
    await card.getByLabel('Target level').selectOption('expert');
    await card.getByRole('button', { name: 'Add skill' }).click();
    await expect.poll(() => skillNames(talks)).toContain('Storytelling');
    expect(await card.getByLabel('Skill name').count()).toBe(0);
    await expect.poll(focusedId).toBe(await add.getAttribute('id'));
  });

  it('does not move the page while a destination is edited', async () => {
    await typingKeepsThePagePut();
  });

  describe('at 390 × 844', () => {
    beforeAll(async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openEditor();
    });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    it('never scrolls sideways, with the add-skill form and a menu open', async () => {
      expect(await sideways()).toBe(0);
      await page.getByRole('button', { name: `Add a skill to “${talks}”` }).click();
      await page.getByLabel('Skill name').waitFor();
      expect(await sideways()).toBe(0);
      await page.getByRole('button', { name: 'Actions for skill “Tracing”' }).click();
      expect(await sideways()).toBe(0);
      await checkA11y(page, 'map editor at 390 px with a menu open');
      await page.keyboard.press('Escape');
    });

    it('does not move the page while a destination is edited', async () => {
      await typingKeepsThePagePut();
    });

    it('shows the whole text of every select box', async () => {
      // Every form of the editor with a select box open at once: skill, destination, map details.
      await page.getByRole('button', { name: `Actions for “${tracing}”` }).click();
      await page.getByRole('menuitem', { name: 'Edit' }).click();
      await page.getByRole('button', { name: 'Edit map details' }).click();
      await page.getByRole('button', { name: 'Record a level change for “Tracing”' }).click();
      await expect.poll(() => page.locator('select').count()).toBeGreaterThanOrEqual(5);
      expect(await sideways()).toBe(0);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('select')].flatMap((select) => {
          const style = getComputedStyle(select);
          const probe = document.createElement('span');
          probe.style.font = style.font;
          probe.style.position = 'absolute';
          probe.style.whiteSpace = 'nowrap';
          document.body.append(probe);
          const room = select.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
          const tooLong = [...select.options]
            .filter((option) => {
              probe.textContent = option.text;
              return probe.getBoundingClientRect().width > room - 16; // the arrow takes about 16 px
            })
            .map((option) => option.text);
          probe.remove();
          return tooLong;
        }),
      );
      expect(cut).toEqual([]);
    });
  });
});
