import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';
import { guideExcerpt } from '../test/support/guideExcerpt.js';

const password = 'a long and unusual passphrase';

/**
 * The guide's template both ways in the browser: import its filled excerpt with a preview,
 * apply it and see the map; a file chosen from disk previews the same way; download the export.
 */
describe('the Markdown template on the map editor, in Chromium', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;

  const main = () => page.locator('main');
  const mainText = () => main().innerText();

  async function openImport() {
    await page.goto(`${server.url}/map`);
    await journey.checkScreen('map editor');
    const open = page.getByRole('button', { name: 'Import from Markdown' });
    await open.focus();
    await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, page } = journey);
    await page.goto(`${server.url}/setup`);
    await journey.api('POST /api/v1/setup', { body: { email: 'ada@example.test', name: 'Ada', password, timeZone: 'UTC' } });
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('says what is missing when nothing is given', async () => {
    await openImport();
    await page.getByRole('button', { name: 'Preview the import' }).click();
    const pasted = page.getByLabel('Or paste the Markdown');
    await expect.poll(mainText).toMatch(/Choose a Markdown file or paste the Markdown\./);
    expect(await pasted.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await journey.checkScreen('markdown import with an error');
  });

  it('previews the guide’s excerpt with line numbers, writes nothing, then applies it', async () => {
    await page.getByLabel('Or paste the Markdown').fill(guideExcerpt);
    await page.getByRole('button', { name: 'Preview the import' }).click();
    const heading = page.getByRole('heading', { name: 'What the import will do' });
    await heading.waitFor();
    await journey.checkScreen('markdown import preview');
    const preview = await mainText();
    expect(preview).toContain('Destination “Build a fault-tolerant microservice”');
    expect(preview).toContain('Skill “Observability” under “Build a fault-tolerant microservice”');
    expect(preview).toContain('Line 1: Not a line of the template: “Sample filled excerpt:”.');
    expect(preview).toMatch(/Line 6: Cycle plans are not imported/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('markdown-preview-heading');
    expect((await journey.api('GET /api/v1/map')).destinations).toEqual([]);

    await page.getByRole('button', { name: 'Apply' }).click();
    await heading.waitFor({ state: 'detached' });
    await expect.poll(mainText).toContain('Build a fault-tolerant microservice');
    await journey.checkScreen('map after the import');
    expect(await mainText()).toMatch(/Distributed systems design[\s\S]*Observability[\s\S]*Release engineering/);
  });

  it('previews a file chosen from disk: what changes and what is left alone', async () => {
    await openImport();
    await page.getByLabel('Markdown file').setInputFiles({
      name: 'growth-map.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        '# Growth Map for Ada\n\n* Destination A: Build a fault-tolerant microservice\n  * Skill 1: Observability - E\n',
      ),
    });
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await page.getByRole('heading', { name: 'What the import will do' }).waitFor();
    const preview = await mainText();
    expect(preview).toContain('Skill “Observability” under “Build a fault-tolerant microservice”: level P → E');
    expect(preview).toMatch(/Left alone \(1\)\s+Destination “Build a fault-tolerant microservice”/);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('downloads the map as the template', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download as Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('growth-map.md');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('# Growth Map for Ada\n');
    expect(text).toContain('- Destination A: Build a fault-tolerant microservice\n');
    expect(text).toContain('  - Skill 3: Release engineering - N\n');
  });
});
