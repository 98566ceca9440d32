import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { checkA11y, launchBrowser, screenHeading } from './browser.js';
import { pageClient } from './client.js';
import { type RunningServer, type StartServerOptions, freshPostgresDatabase, startServer } from './server.js';

export const engines = ['sqlite', 'postgresql'] as const;
export type Engine = (typeof engines)[number];

/** What a browser journey works with: a built server of its own, one browser, one page. */
export interface Journey {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The typed client over the page's own cookies (signed in when the page is). */
  api: ReturnType<typeof pageClient>;
  /** Waits for the screen to settle, runs axe, and keeps screenshots when asked (below). */
  checkScreen(label: string, options?: ScreenCheck): Promise<void>;
  close(): Promise<void>;
}

export interface JourneyOptions {
  engine?: Engine;
  /** The browser context's options over UTC and 1280×800. */
  context?: BrowserContextOptions;
  /** The server's options (its environment, say); the database follows `engine`. */
  server?: Omit<StartServerOptions, 'databaseUrl'>;
}

/** Starts the built server (on a fresh PostgreSQL database when asked) and Chromium. */
export async function startJourney(options: JourneyOptions = {}): Promise<Journey> {
  const databaseUrl = options.engine === 'postgresql' ? await freshPostgresDatabase(inject('databaseUrl')) : undefined;
  const server = await startServer({ ...options.server, ...(databaseUrl && { databaseUrl }) });
  const browser = await launchBrowser();
  const context = await browser.newContext({ timezoneId: 'UTC', viewport: { width: 1280, height: 800 }, ...options.context });
  const page = await context.newPage();
  return {
    server,
    browser,
    context,
    page,
    api: pageClient(page, () => server.url),
    checkScreen: (label, options) => checkScreen(page, label, options),
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

export interface ScreenCheck {
  /** Run axe at 1280 px and at 390 px (a new screen), not only at the page's own width. */
  bothWidths?: boolean;
}

const WIDTHS = [
  [1280, 800],
  [390, 844],
] as const;

/**
 * A screen is checked once its heading is there and the network is quiet. Set E2E_SCREENSHOTS
 * to a folder to keep each checked screen at 1280×800 and 390×844, to look at them.
 */
export async function checkScreen(page: Page, label: string, options: ScreenCheck = {}): Promise<void> {
  await screenHeading(page).first().waitFor();
  await page.waitForLoadState('networkidle');
  const dir = process.env.E2E_SCREENSHOTS;
  if (!options.bothWidths) await checkA11y(page, label);
  if (!dir && !options.bothWidths) return;
  if (dir) mkdirSync(dir, { recursive: true });
  const name = label.replace(/[^a-z0-9]+/gi, '-');
  const viewport = page.viewportSize();
  for (const [width, height] of WIDTHS) {
    await page.setViewportSize({ width, height });
    if (options.bothWidths) await checkA11y(page, `${label} at ${width} px`);
    if (dir) await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
  }
  if (viewport) await page.setViewportSize(viewport);
}
