import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, startJourney } from './support/journey.js';
import type { RunningServer } from './support/server.js';

const password = 'a long and unusual passphrase';
const ft = readFileSync(resolve('test/fixtures/frameworks/ft/operations.yml'));

/**
 * "What am I missing for the next level" in the browser: pick the shipped ladder and a level,
 * see the gaps by area with the artifact that speaks to one, and start a cycle on another; an
 * administrator adds the FT job family, sees a broken file's problems by line, and deletes it.
 * axe runs on every screen. SQLite is enough: the engines are covered by test/api/ladders.test.ts.
 */
describe('career ladders, in Chromium', () => {
  let journey: Journey;
  let server: RunningServer;
  let page: Page;
  let artifactId = '';

  const main = () => page.locator('main');
  const mainText = async () => (await main().allInnerTexts()).join('\n');
  const checkScreen = (label: string) => journey.checkScreen(label);

  beforeAll(async () => {
    journey = await startJourney();
    ({ server, page } = journey);
    const { api } = journey;
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'lin@example.test', name: 'Lin', password, timeZone: 'UTC' } });
    const destination = await api('POST /api/v1/destinations', {
      body: { title: 'Become a senior engineer by the end of 2027', category: 'technical-specialization' },
    });
    const skill = await api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Testing strategy', currentLevel: 'novice', targetLevel: 'practitioner' },
    });
    const artifact = await api('POST /api/v1/artifacts', {
      body: { title: 'Contract tests for checkout', kind: 'code-sample', skills: [{ skillId: skill.id, level: 'practitioner' }] },
    });
    artifactId = artifact.id;
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('starts empty under Plan, then lists the next level’s gaps by area once a ladder and level are picked', async () => {
    await page.goto(`${server.url}/next-level`);
    await checkScreen('next level, nothing picked');
    expect(await mainText()).toMatch(/You have not picked a ladder yet/);
    expect(await mainText()).toMatch(/a guide for conversations with your manager or mentor, not a checklist/);
    const plan = page.getByRole('navigation', { name: 'Plan' });
    expect(await plan.getByRole('link', { name: 'Next level' }).getAttribute('aria-current')).toBe('page');

    await page.getByLabel('Ladder', { exact: true }).selectOption({ label: 'Software engineer (example)' });
    await page.getByLabel('Your current level').selectOption({ label: 'Engineer' });
    await page.getByRole('button', { name: 'Show the next level' }).click();
    await expect.poll(mainText).toMatch(/What Senior engineer asks for beyond Engineer/);
    await checkScreen('next level gaps');
    expect(await mainText()).toMatch(/You are at Engineer on Software engineer \(example\)/);
    expect(await page.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['Craft', 'Delivery', 'Collaboration']);
    const evidence = main().getByRole('link', { name: 'Artifact: Contract tests for checkout' });
    expect(await evidence.getAttribute('href')).toBe(`/artifacts/${artifactId}`);
  });

  it('follows “Start a cycle on this” from the keyboard to a pre-filled new-cycle form', async () => {
    const start = main().getByRole('link', {
      name: "Start a cycle on this: Reviews others' code with actionable, kind feedback",
    });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cycles\/new\?goal=/);
    await checkScreen('new cycle from a gap');
    expect(await page.getByLabel('Goal', { exact: true }).inputValue()).toBe(
      "Reviews others' code with actionable, kind feedback",
    );
    expect(await page.getByLabel('Description').inputValue()).toMatch(/Towards Senior engineer on the Software engineer/);
  });

  it('says so at the top of the ladder', async () => {
    await page.goto(`${server.url}/next-level`);
    await page.getByRole('button', { name: 'Change ladder or level' }).click();
    await page.getByLabel('Your current level').selectOption({ label: 'Staff engineer' });
    await page.getByRole('button', { name: 'Change ladder or level' }).click();
    await expect.poll(mainText).toMatch(/Staff engineer is the top level of Software engineer \(example\)/);
    await checkScreen('next level at the top');
  });

  it('lets an administrator add the FT job family, shows a broken file’s problems by line, and delete it', async () => {
    await page.goto(`${server.url}/admin/ladders`);
    await checkScreen('career ladders administration');
    const file = page.getByLabel('Ladder file');
    const broken = Buffer.from(ft.toString('utf8').replace('level: senior-1', 'level: senior-3'));
    await file.setInputFiles({ name: 'operations.yml', mimeType: 'text/yaml', buffer: broken });
    await page.getByRole('button', { name: 'Upload ladder' }).click();
    await expect.poll(mainText).toMatch(/operations\.yml:\d+: competencies\[\d+\]\.level: unknown level "senior-3"/);
    await checkScreen('career ladders upload refused');

    await file.setInputFiles({ name: 'operations.yml', mimeType: 'text/yaml', buffer: ft });
    await page.getByRole('button', { name: 'Upload ladder' }).click();
    await expect.poll(mainText).toMatch(/Added Operations with 3 levels/);
    expect(await mainText()).toMatch(/Engineer → Senior Engineer 1 → Senior Engineer 2/);

    await main().getByRole('button', { name: 'Delete Operations' }).click();
    await main().getByRole('button', { name: 'Delete ladder' }).click();
    await expect.poll(mainText).not.toMatch(/Senior Engineer 1/);
    expect(await mainText()).toMatch(/Ships with Growth Map/);
  });
});
