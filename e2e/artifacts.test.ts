import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './support/browser.js';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';

/** A 1×1 PNG: the signature and chunks a browser can show. */
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082',
  'hex',
);

/**
 * Proving growth in the browser: record three artifacts — one with a file sent with progress,
 * one with a before/after metric — see them filtered, edit one, delete one, and see a refused
 * SVG say why. axe runs on every screen.
 */
describe.each(['sqlite', 'postgresql'] as const)('artifacts, in Chromium, on %s', (engine) => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  let api: Journey['api'];
  let tracingId = '';

  const main = () => page.locator('main');
  const mainText = () => main().innerText();
  const checkScreen = (label: string) => journey.checkScreen(label);
  async function record(fill: () => Promise<void>) {
    await page.goto(`${server.url}/artifacts/new`);
    await checkScreen('new artifact');
    await fill();
    await page.getByRole('button', { name: 'Record artifact' }).click();
    await page.waitForURL(/\/artifacts$/);
    await expect.poll(mainText).toMatch(/\d artifacts?\./);
  }

  beforeAll(async () => {
    journey = await startJourney({ engine });
    ({ server, page, api } = journey);
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'noor@example.test', name: 'Noor', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: { title: 'Lead the observability rollout by the end of Q3', category: 'technical-specialization' },
    });
    for (const name of ['Tracing', 'Public speaking']) {
      const skill = await api('POST /api/v1/destinations/{id}/skills', {
        params: { id: destination.id },
        body: { name, currentLevel: 'novice', targetLevel: 'expert' },
      });
      if (name === 'Tracing') tracingId = skill.id;
    }
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('shows an empty list that says what to do, under Prove in the navigation', async () => {
    await page.goto(`${server.url}/artifacts`);
    await checkScreen('empty artifacts list');
    expect(await mainText()).toMatch(/No artifacts yet/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    // Prove holds Artifacts and Feedback: the area is current, its Artifacts link is the page.
    expect(await nav.getByRole('link', { name: 'Prove' }).getAttribute('aria-current')).toBe('true');
    const prove = page.getByRole('navigation', { name: 'Prove' });
    expect(await prove.getByRole('link', { name: 'Artifacts' }).getAttribute('aria-current')).toBe('page');
    await main().getByRole('link', { name: 'Record your first artifact' }).click();
    await page.waitForURL(/\/artifacts\/new$/);
  });

  it('shows field-level errors: a metric number that is not one, and a missing title', async () => {
    await page.goto(`${server.url}/artifacts/new`);
    await checkScreen('new artifact');
    await page.getByLabel('What you measured').fill('MTTR');
    await page.getByLabel('Before', { exact: true }).fill('forty-five');
    await page.getByRole('button', { name: 'Record artifact' }).click();
    await expect.poll(mainText).toMatch(/Use a number, like 45 or 0.5/);
    expect(await page.getByLabel('Before', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Before', { exact: true }).fill('45');
    await page.getByRole('button', { name: 'Record artifact' }).click();
    await expect.poll(mainText).toMatch(/Title is required/);
    await checkA11y(page, 'new artifact with errors');
  });

  it('records three artifacts: one with a file, one with a before/after metric, one plain', async () => {
    await record(async () => {
      await page.getByLabel('Title', { exact: true }).fill('Tracing rollout design doc');
      await page.getByLabel('Kind').selectOption('design-doc');
      await page.getByLabel('Tracing (Lead the observability rollout by the end of Q3)').selectOption('practitioner');
      await page.getByRole('group', { name: 'Destinations' }).getByRole('checkbox').first().check();
      await page
        .getByLabel('Choose a file')
        .setInputFiles({ name: 'trace-diagram.pdf', mimeType: 'application/pdf', buffer: png });
    });
    await checkScreen('artifacts list');
    expect(await mainText()).toMatch(/Saved “Tracing rollout design doc”/);
    // A PNG named .pdf is kept as the PNG it is.
    expect(await mainText()).toMatch(/trace-diagram\.pdf \(PNG image, \d+ bytes\)/);

    await record(async () => {
      await page.getByLabel('Title', { exact: true }).fill('Checkout incident runbook');
      await page.getByLabel('Kind').selectOption('writing');
      await page.getByLabel('Outcome').fill('On-call engineers resolve checkout incidents without paging the team lead.');
      await page.getByLabel('What you measured').fill('MTTR');
      await page.getByLabel('Before', { exact: true }).fill('45');
      await page.getByLabel('After', { exact: true }).fill('12');
      await page.getByLabel('Unit').fill('minutes');
    });
    expect(await mainText()).toMatch(/MTTR: 45 → 12 minutes/);

    await record(async () => {
      await page.getByLabel('Title', { exact: true }).fill('Meetup talk on tracing');
      await page.getByLabel('Kind').selectOption('presentation');
    });
    expect(await mainText()).toMatch(/3 artifacts\./);

    const [first] = await api('GET /api/v1/artifacts', { query: { kind: 'design-doc' } });
    const file = await page.request.get(`${server.url}/api/v1/artifacts/${first?.id}/file`);
    expect(file.headers()).toMatchObject({ 'content-type': 'image/png', 'content-security-policy': 'sandbox' });
    expect(Buffer.from(await file.body())).toEqual(png);
  });

  it('filters by kind, skill and outcome, keeping the filters in the address', async () => {
    await page.goto(`${server.url}/artifacts`);
    await checkScreen('artifacts list');
    const filters = page.getByRole('form', { name: 'Filter artifacts' });
    await filters.getByLabel('Outcome').selectOption('true');
    await filters.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(mainText).toMatch(/1 artifact match these filters/);
    expect(page.url()).toMatch(/hasOutcome=true/);
    expect(await mainText()).toMatch(/Checkout incident runbook/);
    expect(await mainText()).not.toMatch(/Meetup talk/);

    await page.goto(`${server.url}/artifacts?skillId=${tracingId}`);
    await expect.poll(mainText).toMatch(/1 artifact match/);
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['Tracing rollout design doc']);
    await page.goto(`${server.url}/artifacts?kind=presentation`);
    await expect.poll(mainText).toMatch(/1 artifact match/);
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(['Meetup talk on tracing']);
    await checkA11y(page, 'filtered artifacts list');
    await main().getByRole('link', { name: 'Show all artifacts' }).click();
    await expect.poll(mainText).toMatch(/3 artifacts\./);
  });

  it('edits an artifact, refusing an SVG file with a message that names the allowed types', async () => {
    await page.getByRole('link', { name: 'Edit “Meetup talk on tracing”' }).click();
    await page.waitForURL(/\/artifacts\/[0-9a-f-]{36}$/);
    await checkScreen('edit artifact');
    await page.getByLabel('Outcome').fill('Three teams asked for the tracing workshop.');
    await page.getByLabel('Choose a file').setInputFiles({
      name: 'slides.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    });
    await page.getByRole('button', { name: 'Save artifact' }).click();
    await expect.poll(mainText).toMatch(/the file was not attached: SVG, HTML and other markup files are not accepted/);
    expect(await mainText()).toMatch(/PDF, PNG, JPEG, WebP, plain text or Markdown/);
    await checkA11y(page, 'edit artifact with a refused file');
    await page.getByRole('button', { name: 'Save artifact' }).click();
    await page.waitForURL(/\/artifacts$/);
    await expect.poll(mainText).toMatch(/Saved “Meetup talk on tracing”/);
    await expect.poll(mainText).toMatch(/Three teams asked for the tracing workshop/);
  });

  it('shows the artifacts behind a skill on its history page', async () => {
    await page.goto(`${server.url}/skills/${tracingId}`);
    await checkScreen('skill history');
    const section = page.getByRole('region', { name: 'Artifacts behind it' });
    expect(await section.innerText()).toMatch(/Shows Practitioner\s+Tracing rollout design doc/);
  });

  it('deletes an artifact after asking in the page, by keyboard', async () => {
    await page.goto(`${server.url}/artifacts`);
    await expect.poll(mainText).toMatch(/3 artifacts\./);
    await page.getByRole('button', { name: 'Delete “Checkout incident runbook”' }).focus();
    await page.keyboard.press('Enter');
    await checkA11y(page, 'delete confirmation');
    await page.getByRole('button', { name: 'Delete artifact' }).click();
    await expect.poll(mainText).toMatch(/2 artifacts\./);
    expect(await mainText()).not.toMatch(/Checkout incident runbook/);
    expect(await api('GET /api/v1/artifacts', { query: {} })).toHaveLength(2);
  });
});
