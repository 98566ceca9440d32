import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestProvider, startOidcProvider } from '../test/support/oidcProvider.js';
import { screenHeading } from './support/browser.js';
import { type Journey, startJourney } from './support/journey.js';
import { freePort } from './support/server.js';

const password = 'a long and unusual passphrase';

/**
 * Single sign-on in Chromium against a real OpenID provider on loopback: the button on the
 * sign-in page, the provider's own form, and back signed in on the map; a refusal comes back
 * to the sign-in page in plain words. axe on both screens, at both widths.
 */
describe('single sign-on with OpenID Connect, in Chromium', () => {
  let provider: TestProvider;
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    // The provider must know the app's address before either starts, so the port is picked first.
    const port = await freePort();
    provider = await startOidcProvider({
      redirectUri: `http://127.0.0.1:${port}/api/v1/oidc/callback`,
      accounts: [
        { login: 'kai', email: 'kai@example.test', emailVerified: true, name: 'Kai Provider' },
        { login: 'eve', email: 'kai@example.test', emailVerified: false, name: 'Eve' },
        { login: 'nia', email: 'nia@example.test', emailVerified: true, name: 'Nia Provider' },
        { login: 'omar', email: 'omar@example.test', emailVerified: true, name: 'Omar Provider' },
      ],
    });
    // Open sign-up, so a new person's single sign-on makes an account (one without a password).
    journey = await startJourney({ server: { env: { PORT: String(port), SIGNUP: 'open', ...provider.env } } });
    page = journey.page;
    await page.goto(`${journey.server.url}/setup`);
    await journey.api('POST /api/v1/setup', { body: { email: 'kai@example.test', name: 'Kai', password, timeZone: 'UTC' } });
    await journey.api('DELETE /api/v1/session');
    await journey.context.clearCookies();
  });
  afterAll(async () => {
    await journey?.close();
    await provider?.stop();
  });

  /** From the sign-in page, by keyboard, to the provider's form, signed in there as `login`. */
  async function signInAtProvider(login: string) {
    await page.goto(`${journey.server.url}/sign-in`);
    const button = page.getByRole('link', { name: 'Sign in with Test ID' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Sign in to Test ID' }).waitFor();
    await page.getByLabel('Login').fill(login);
    await page.keyboard.press('Enter');
  }

  it('offers the button beside the password form, and signs in at the provider onto the map', async () => {
    await page.goto(`${journey.server.url}/sign-in`);
    await journey.checkScreen('sign in with single sign-on', { bothWidths: true });
    await signInAtProvider('kai');
    await page.waitForURL(`${journey.server.url}/map`);
    await screenHeading(page).waitFor();
    expect(await screenHeading(page).textContent()).toContain('Growth Map');
    expect((await journey.api('GET /api/v1/me')).user).toMatchObject({ email: 'kai@example.test', name: 'Kai' });
    await journey.checkScreen('map after single sign-on');
  });

  it('comes back to the sign-in page saying why, when the provider has not verified the email', async () => {
    await journey.api('DELETE /api/v1/session');
    await journey.context.clearCookies();
    await signInAtProvider('eve');
    await page.waitForURL(`${journey.server.url}/sign-in?sso=unverified`);
    const alert = page.getByRole('alert').filter({ hasText: 'not verified your email' });
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Test ID has not verified your email address, so it cannot sign you in here. Verify it there, or sign in with your password.',
    );
    await journey.checkScreen('single sign-on refused', { bothWidths: true });
    expect((await page.request.get(`${journey.server.url}/api/v1/me`)).status()).toBe(401);
  });

  /** Without cookies (signed out), then in through the provider as a new person: an account without a password. */
  async function joinThroughProvider(login: string) {
    await journey.context.clearCookies();
    await signInAtProvider(login);
    await page.waitForURL(`${journey.server.url}/map`);
    await page.goto(`${journey.server.url}/account`);
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
  }

  it('offers a person who joined through single sign-on to set a password, without asking for a current one', async () => {
    await joinThroughProvider('nia');
    expect((await journey.api('GET /api/v1/me')).hasPassword).toBe(false);
    await page.getByRole('heading', { name: 'Set a password' }).waitFor();
    expect(await page.getByLabel('Current password').count()).toBe(0);
    // The deletion form asks for the email only: the one password field is the new one.
    expect(await page.locator('input[type=password]').count()).toBe(1);
    await journey.checkScreen('account without a password', { bothWidths: true });

    const field = page.getByLabel('Password', { exact: true });
    await field.focus();
    await page.keyboard.type('nia chooses a long passphrase');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Password set.' }).waitFor();
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    await page.getByLabel('Current password').waitFor();
    // Now deleting asks for the password too.
    expect(await page.locator('input[type=password]').count()).toBe(3);
    await journey.checkScreen('account after setting a password');

    await journey.api('DELETE /api/v1/session');
    const again = await journey.api('POST /api/v1/session', {
      body: { email: 'nia@example.test', password: 'nia chooses a long passphrase' },
    });
    expect(again).toMatchObject({ user: { email: 'nia@example.test' }, hasPassword: true });
  });

  it('deletes an account without a password on the typed email alone', async () => {
    await joinThroughProvider('omar');
    const confirm = page.getByLabel('Type your email (omar@example.test) to confirm');
    await confirm.focus();
    await page.keyboard.type('omar@example.test');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${journey.server.url}/sign-in`);
    await page.getByText('Your account and everything in it were deleted.').waitFor();
    expect((await page.request.get(`${journey.server.url}/api/v1/me`)).status()).toBe(401);
  });
});
