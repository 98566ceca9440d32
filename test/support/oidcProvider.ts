import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';

/** A person at the test provider; `login` is what they type on its sign-in form. */
export interface ProviderAccount {
  login: string;
  email: string;
  /** A boolean as the standard says; a string as some providers send it. */
  emailVerified: boolean | 'true' | 'false';
  name: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The environment that points Growth Map at this provider. */
  env: Record<string, string>;
  /** Add or change a person at the provider. */
  account(account: ProviderAccount): void;
  stop(): Promise<void>;
}

const clientId = 'growth-map';
const clientSecret = 'a test client secret that is long enough';

/**
 * A real OpenID provider (panva's oidc-provider) on a loopback port, with one confidential client
 * that must use PKCE, and a sign-in form of its own: type an account's login, continue. Consent
 * is given for that client without asking, as a company's provider does for its own apps.
 */
export async function startOidcProvider(options: { redirectUri: string; accounts: ProviderAccount[] }): Promise<TestProvider> {
  const accounts = new Map(options.accounts.map((account) => [account.login, account]));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, login) => {
      const found = accounts.get(login);
      if (!found) return undefined;
      return {
        accountId: login,
        claims: () => ({ sub: login, email: found.email, email_verified: found.emailVerified, name: found.name }),
      };
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    loadExistingGrant: grantEverything,
    cookies: { keys: ['a test provider cookie key'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });
  const answer = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const uid = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '')?.[1];
    if (!uid) return void answer(req, res);
    interact(provider, accounts, uid, req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return {
    issuer,
    clientId,
    clientSecret,
    env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, OIDC_NAME: 'Test ID' },
    account: (account) => void accounts.set(account.login, account),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function grantEverything(ctx: KoaContextWithOIDC) {
  const { Grant } = ctx.oidc.provider;
  const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId ?? '');
  if (grantId) return Grant.find(grantId);
  const grant = new Grant({ clientId: ctx.oidc.client?.clientId, accountId: ctx.oidc.session?.accountId });
  grant.addOIDCScope('openid email profile');
  await grant.save();
  return grant;
}

/** The provider's sign-in form: GET shows it, POST signs the typed login in (or shows it again). */
async function interact(
  provider: Provider,
  accounts: Map<string, ProviderAccount>,
  uid: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  await provider.interactionDetails(req, res);
  if (req.method === 'POST') {
    const login = new URLSearchParams(await bodyOf(req)).get('login') ?? '';
    if (accounts.has(login)) {
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test ID</title></head>
<body><main><h1>Sign in to Test ID</h1>
<form method="post" action="/interaction/${uid}">
<label for="login">Login</label> <input id="login" name="login" autocomplete="username" required>
<button type="submit">Continue</button>
</form></main></body></html>`);
}

async function bodyOf(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
}

/** Cookies of one site, kept like a browser keeps them (name → value), for fetch with manual redirects. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Walks the provider from the authorization address as a browser would (the provider's own
 * cookies, its sign-in form filled with `login`) until it sends the browser back to `redirectUri`;
 * answers that address, with the code, state and issuer.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, redirectUri: string): Promise<URL> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let form: URLSearchParams | null = null;
  for (let step = 0; step < 10; step++) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(form && { 'content-type': 'application/x-www-form-urlencoded' }) },
      ...(form && { body: form }),
    });
    jar.take(response.headers.getSetCookie());
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url);
      form = null;
      if (url.href.startsWith(redirectUri)) return url;
    } else if (response.status === 200 && url.pathname.startsWith('/interaction/') && !form) {
      await response.text();
      form = new URLSearchParams({ login });
    } else {
      throw new Error(`the provider answered ${response.status} at ${url.pathname}: ${(await response.text()).slice(0, 500)}`);
    }
  }
  throw new Error('the provider did not send the browser back');
}
