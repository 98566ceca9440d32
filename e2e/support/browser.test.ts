import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkA11y, launchBrowser } from './browser.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('Debian Chromium runs headless and axe checks a page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(`<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Infra smoke</title></head>
  <body>
    <main>
      <h1>Growth Map</h1>
      <p>The browser works.</p>
    </main>
  </body>
</html>`);
  expect(await page.title()).toBe('Infra smoke');
  await checkA11y(page, 'smoke page');
  await context.close();
});

test('checkA11y reports violations readably', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<html><body><main><img src="x.png"></main></body></html>');
  const error = await checkA11y(page, 'broken page').then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error?.message).toMatch(/Accessibility check failed for broken page/);
  expect(error?.message).toMatch(/\[critical\] image-alt: /);
  expect(error?.message).toMatch(/- img/);
  await context.close();
});
