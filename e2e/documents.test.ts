import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * The documents from their screens, by keyboard: the one-page map, the portfolio (PDF and web
 * page), the endorsement sheet and the talking points each download as a file the browser saves.
 */
describe('documents from their screens, in Chromium', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;

  /** Focuses the link, presses Enter, and gives the saved file's name and path. */
  async function downloadBy(name: string): Promise<{ file: string; path: string }> {
    const link = page.getByRole('link', { name });
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    return { file: download.suggestedFilename(), path: await download.path() };
  }

  const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, page } = journey);
    await page.goto(`${server.url}/setup`);
    await journey.api('POST /api/v1/setup', { body: { email: 'ada@example.test', name: 'Ада', password, timeZone: 'UTC' } });
    const destination = await journey.api('POST /api/v1/destinations', {
      body: { title: 'Κατανεμημένα συστήματα στην παραγωγή', category: 'technical-specialization' },
    });
    await journey.api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Распределённые системы', currentLevel: 'novice', targetLevel: 'expert' },
    });
    const artifact = await journey.api('POST /api/v1/artifacts', {
      body: { title: 'Retry budget design doc', kind: 'design-doc', outcome: 'Fewer cascading failures' },
    });
    await journey.api('PUT /api/v1/portfolio', { body: { artifactIds: [artifact.id] } });
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('downloads the one-page map as a one-page PDF', async () => {
    await page.goto(`${server.url}/map/one-page`);
    await journey.checkScreen('one-page map with its download', { bothWidths: true });
    const { file, path } = await downloadBy('Download PDF');
    expect(file).toBe('growth-map.pdf');
    expect(pdfPages(path)).toBe(1);
    expect(pdfText(path)).toContain('Распределённые системы');
  });

  it('downloads the portfolio as a PDF and as a web page', async () => {
    await page.goto(`${server.url}/portfolio`);
    await journey.checkScreen('portfolio with its downloads', { bothWidths: true });
    const pdf = await downloadBy('Download PDF');
    expect(pdf.file).toBe('portfolio.pdf');
    expect(pdfText(pdf.path)).toContain('Retry budget design doc');
    const html = await downloadBy('Download as a web page');
    expect(html.file).toBe('portfolio.html');
    const text = readFileSync(html.path, 'utf8');
    expect(text).toContain('Portfolio of Impact: Ада');
    expect(text).not.toContain('<script');
  });

  it('downloads the endorsement sheet and the talking points as PDFs', async () => {
    await page.goto(`${server.url}/endorsements/sheet`);
    await journey.checkScreen('endorsement sheet with its download', { bothWidths: true });
    const sheet = await downloadBy('Download PDF');
    expect(sheet.file).toBe('endorsements.pdf');
    expect(pdfText(sheet.path)).toContain('Endorsements for Ада');

    await page.goto(`${server.url}/talking-points`);
    await journey.checkScreen('talking points with its download', { bothWidths: true });
    const points = await downloadBy('Download PDF');
    expect(points.file).toBe('talking-points.pdf');
    expect(pdfText(points.path)).toContain('Fewer cascading failures');
  });
});
