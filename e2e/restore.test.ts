import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * "Restore from a file" on the account page: a file that is not an export is refused under the
 * file field; an export from another account is checked and counted, restored on confirmation,
 * and the map is back. axe at both widths. The engines are covered by test/api/restore.test.ts.
 */
describe('restoring an account export, in Chromium', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  const dir = mkdtempSync(path.join(tmpdir(), 'growthmap-restore-'));
  const exportFile = path.join(dir, 'growth-map-export.json');

  const mainText = async () => (await page.locator('main').allInnerTexts()).join('\n');

  beforeAll(async () => {
    journey = await startJourney({ server: { env: { SIGNUP: 'open' } } });
    ({ server, page } = journey);
    const { api } = journey;
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'lin@example.test', name: 'Lin', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout by Q3 2027', category: 'technical-specialization' },
    });
    await api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Distributed tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    writeFileSync(exportFile, JSON.stringify(await api('GET /api/v1/me/export')));
    await api('DELETE /api/v1/session');
    await api('POST /api/v1/users', { body: { email: 'mo@example.test', name: 'Mo', password, timeZone: 'UTC' } });
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('refuses a file that is not an export under the file field, then previews and restores one', async () => {
    await page.goto(`${server.url}/account`);
    const restore = page.getByRole('region', { name: 'Restore from a file' });
    await restore.getByRole('heading', { name: 'Restore from a file' }).waitFor();
    await journey.checkScreen('account with restore', { bothWidths: true });

    const notAnExport = path.join(dir, 'notes.json');
    writeFileSync(notAnExport, '{"hello": "world"}');
    await restore.getByLabel('Account export (JSON)').setInputFiles(notAnExport);
    await restore.getByRole('button', { name: 'Check the file' }).click();
    const field = restore.getByLabel('Account export (JSON)');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await mainText()).toMatch(/not a Growth Map account export/);
    await journey.checkScreen('restore, not an export');

    await field.setInputFiles(exportFile);
    await restore.getByRole('button', { name: 'Check the file' }).click();
    await restore.getByRole('heading', { name: /The file holds \d+ records/ }).waitFor();
    expect(await mainText()).toMatch(/1 destination\n1 skill\n/);
    await journey.checkScreen('restore preview', { bothWidths: true });

    await restore.getByRole('button', { name: /Restore \d+ records/ }).click();
    await restore
      .getByRole('status')
      .filter({ hasText: /Restored \d+ records/ })
      .waitFor();
    await journey.checkScreen('restored');

    await page.goto(`${server.url}/map`);
    await expect.poll(mainText).toMatch(/Lead the observability rollout by Q3 2027/);
  });

  it('says why when the account already holds records', async () => {
    await page.goto(`${server.url}/account`);
    const restore = page.getByRole('region', { name: 'Restore from a file' });
    await restore.getByLabel('Account export (JSON)').setInputFiles(exportFile);
    await restore.getByRole('button', { name: 'Check the file' }).click();
    await expect.poll(mainText).toMatch(/A restore needs an empty account/);
    await journey.checkScreen('restore refused');
  });
});
