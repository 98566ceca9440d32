import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../src/client/api.js';
import { pageClient } from './support/client.js';
import { type Journey, checkScreen, startJourney } from './support/journey.js';

const password = 'a long and unusual passphrase';

type Level = 'novice' | 'practitioner' | 'expert';

async function skillsOn(api: Api, skills: [string, Level, Level][]) {
  const destination = await api('POST /api/v1/destinations', {
    body: { title: 'Grow as an engineer', category: 'technical-specialization' },
  });
  for (const [name, currentLevel, targetLevel] of skills) {
    await api('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name, currentLevel, targetLevel },
    });
  }
}

/**
 * A lead's team of three in the browser: the lead creates the team and invites two people who
 * already have accounts; one accepts in their own browser, the other through the API; the lead
 * sees the heatmap table, its thin spots and a pairing; the first member leaves in their browser
 * and is gone from the lead's heatmap on reload. axe runs on every screen, at both widths for the
 * new ones. SQLite is enough: the engines are covered by test/api/teams.test.ts.
 */
describe('teams, in Chromium', () => {
  let journey: Journey;
  let lead: Page;
  let bob: Page;
  let teamId = '';

  const mainText = async (page: Page) => (await page.locator('main').allInnerTexts()).join('\n');
  const headers = async (page: Page) => page.locator('table.heatmap thead th').allInnerTexts();

  beforeAll(async () => {
    journey = await startJourney({ server: { env: { SIGNUP: 'open' } } });
    lead = journey.page;
    const url = journey.server.url;
    await lead.goto(`${url}/setup`);
    await journey.api('POST /api/v1/setup', { body: { email: 'ada@example.test', name: 'Ada', password, timeZone: 'UTC' } });
    await skillsOn(journey.api, [
      ['Tracing', 'expert', 'expert'],
      ['Kubernetes', 'novice', 'practitioner'],
    ]);
    bob = await (await journey.browser.newContext({ timezoneId: 'UTC', viewport: { width: 1280, height: 800 } })).newPage();
    const bobApi = pageClient(bob, () => url);
    await bobApi('POST /api/v1/users', { body: { email: 'bob@example.test', name: 'Bob', password } });
    await skillsOn(bobApi, [
      ['tracing', 'novice', 'practitioner'],
      ['Kubernetes', 'novice', 'novice'],
    ]);
    const cyd = await (await journey.browser.newContext()).newPage();
    const cydApi = pageClient(cyd, () => url);
    await cydApi('POST /api/v1/users', { body: { email: 'cyd@example.test', name: 'Cyd', password } });
    await skillsOn(cydApi, [['Tracing', 'practitioner', 'expert']]);
  });
  afterAll(async () => {
    await journey?.close();
  });

  it('lets the lead create a team under People and invite two people by email', async () => {
    await lead.goto(`${journey.server.url}/teams`);
    await journey.checkScreen('teams, none yet', { bothWidths: true });
    await lead.getByLabel('Team name').fill('Platform');
    await lead.getByRole('button', { name: 'Create team' }).click();
    await lead.waitForURL(/\/teams\/[\w-]+$/);
    teamId = lead.url().split('/').pop() ?? '';
    for (const email of ['bob@example.test', 'cyd@example.test']) {
      await lead.getByLabel('Email address').fill(email);
      await lead.getByRole('button', { name: 'Invite' }).click();
      await expect.poll(() => mainText(lead)).toMatch(new RegExp(`${email} has an account`));
    }
    await journey.checkScreen('team with two invitations', { bothWidths: true });
  });

  it('lets a member accept with the consent they choose, in their own browser', async () => {
    await bob.goto(`${journey.server.url}/teams`);
    await checkScreen(bob, 'an invitation waiting', { bothWidths: true });
    expect(await mainText(bob)).toMatch(/Ada invites you to this team/);
    await bob.getByLabel('Skills and levels only').check();
    await bob.getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => mainText(bob)).toMatch(/The lead sees: Skills and levels only/);
    await checkScreen(bob, 'my teams as a member');

    const cydApi = pageClient(await (await journey.browser.newContext()).newPage(), () => journey.server.url);
    await cydApi('POST /api/v1/session', { body: { email: 'cyd@example.test', password } });
    const [invitation] = await cydApi('GET /api/v1/memberships');
    await cydApi('PATCH /api/v1/memberships/{id}', {
      params: { id: invitation?.id ?? '' },
      body: { version: invitation?.version ?? 1, status: 'active', consent: 'goals' },
    });
  });

  it('shows the lead the heatmap as a table, with its thin spots and a pairing suggestion', async () => {
    await lead.reload();
    await lead.locator('table.heatmap').waitFor();
    expect(await headers(lead)).toEqual(['Skill', 'Ada', 'Bob', 'Cyd', 'Below target']);
    const tracing = lead.getByRole('row', { name: /^Tracing/ });
    expect(await tracing.getByRole('cell').allInnerTexts()).toEqual([
      'Expert',
      'Novice → Practitioner',
      'Practitioner → Expert',
      '2',
    ]);
    const text = await mainText(lead);
    expect(text).toMatch(/Only Ada is at Expert in Tracing/);
    expect(text).toMatch(/No one is at Practitioner or Expert in Kubernetes/);
    expect(text).toMatch(/Ada with Bob on Tracing/);
    await journey.checkScreen('team heatmap', { bothWidths: true });
    const csv = lead.getByRole('link', { name: 'Download CSV' });
    expect(await csv.getAttribute('href')).toBe(`/api/v1/teams/${teamId}/heatmap.csv`);
  });

  it('drops a member who leaves: after a reload the lead no longer sees them', async () => {
    await bob.getByRole('button', { name: 'Leave Platform' }).click();
    await bob.getByRole('button', { name: 'Yes, leave' }).click();
    await expect.poll(() => mainText(bob)).toMatch(/You are in no team yet/);
    await lead.reload();
    await lead.locator('table.heatmap').waitFor();
    expect(await headers(lead)).toEqual(['Skill', 'Ada', 'Cyd', 'Below target']);
    expect(await mainText(lead)).not.toMatch(/Bob/);
  });

  it('turns a thin spot into a workshop draft the lead schedules', async () => {
    await lead.getByRole('button', { name: 'Draft a workshop on Kubernetes' }).click();
    await lead.waitForURL(/\/workshops\/[\w-]+$/);
    // The team page's heading stays until the workshop has loaded: wait for the workshop's own.
    await lead.getByRole('heading', { level: 1, name: 'Workshop: Kubernetes' }).waitFor();
    await journey.checkScreen('workshop draft', { bothWidths: true });
    expect(await lead.getByLabel('Title').inputValue()).toBe('Workshop: Kubernetes');
    await lead.getByLabel('Date').fill('2026-12-10');
    await lead.getByLabel('Start time').fill('14:00');
    await lead.getByRole('button', { name: 'Save workshop' }).click();
    await expect.poll(() => mainText(lead)).toMatch(/Scheduled on .* at 14:00 \(UTC\), \d+ minutes/);
    expect(await lead.getByRole('link', { name: /calendar invitation/ }).getAttribute('href')).toMatch(/invite\.ics$/);
  });
});
