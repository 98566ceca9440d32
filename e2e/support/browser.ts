// Debian's Chromium driven by playwright-core (no downloaded browser), and axe checks.
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium. The networking flags keep Chromium from reaching out to
 * Google's services, which this machine's closed network refuses.
 * Playwright gives every launch a fresh, empty user data dir.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** "Fix any of the following:\n  a\n  b" → "Fix any of the following: a; b" */
function oneLine(summary: string): string {
  return summary
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('; ')
    .replace(/:; /g, ': ');
}

/**
 * The screen's own level-one heading, not the hidden one it has while its code or the session
 * loads (`ScreenLoading`): waiting for "a heading" would end too soon.
 */
export function screenHeading(page: Page): Locator {
  return page.locator('h1:not(.screen-loading)');
}

export interface A11yOptions {
  /** Limit the check to this selector (default: the whole page). */
  include?: string;
  /** Rule ids to skip, each with a reason in the caller's code. */
  disableRules?: string[];
}

/**
 * A screen whose code or data is still on its way shows a loading line (the kit's `Loading`)
 * and, while its code loads, no heading yet; after a client-side navigation the previous screen's
 * heading may even still be there. Axe judges the screen once drawn: this waits for the loading
 * lines to go (a screen that keeps one is judged as it is after 5 s).
 */
async function loaded(page: Page): Promise<void> {
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => undefined);
}

/**
 * Runs axe (WCAG 2.0/2.1/2.2 A and AA, plus best practices) on the page as it is
 * now and throws when anything is violated, listing each violation readably.
 * `context` names the page state in the message ("sign-in page", "map, dialog open").
 * The page must come from `browser.newContext()` then `context.newPage()`:
 * AxeBuilder refuses pages made by `browser.newPage()`.
 */
export async function checkA11y(page: Page, context: string, options: A11yOptions = {}): Promise<void> {
  await loaded(page);
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (options.include) builder = builder.include(options.include);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  if (results.violations.length === 0) return;

  const lines = results.violations.map((v) => {
    const targets = v.nodes.map((n) => {
      const target = n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' | ');
      const summary = n.failureSummary ? ` — ${oneLine(n.failureSummary)}` : '';
      return `    - ${target}${summary}`;
    });
    return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets.join('\n')}`;
  });
  const count = results.violations.length;
  throw new Error(
    `Accessibility check failed for ${context} (${page.url()}): ${count} violation${count === 1 ? '' : 's'}\n${lines.join('\n')}`,
  );
}
