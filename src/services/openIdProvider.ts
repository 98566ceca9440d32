import type * as Client from 'openid-client';

/** openid-client and its JOSE code load with the first sign-in, not at start: most instances use passwords only. */
export const openIdClient = () => import('openid-client');

/** OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_NAME. */
export interface OpenIdSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
}

/** The one OpenID provider single sign-on goes through (the HTTP to it is openid-client's). */
export interface OpenIdProvider {
  /** "Sign in with {label}". */
  label: string;
  /** `{BASE_URL}/api/v1/oidc/callback`: what is registered at the provider. */
  redirectUri: string;
  /** The provider's metadata and keys, discovered at first use and kept. */
  configuration(): Promise<Client.Configuration>;
}

const PATIENCE_SECONDS = 10;

/**
 * Nothing is fetched until someone signs in, so the app starts while the provider is down; a
 * failed discovery is not kept, so the next sign-in tries again.
 */
export function openIdProvider(settings: OpenIdSettings, baseUrl: string): OpenIdProvider {
  const issuer = new URL(settings.issuer);
  // The configuration allows http:// only on a loopback address (a provider started by tests).
  const insecure = issuer.protocol === 'http:';
  let discovered: Promise<Client.Configuration> | null = null;
  return {
    label: settings.name,
    redirectUri: `${baseUrl}/api/v1/oidc/callback`,
    configuration() {
      discovered ??= openIdClient()
        .then((client) =>
          client.discovery(issuer, settings.clientId, undefined, client.ClientSecretBasic(settings.clientSecret), {
            execute: insecure ? [client.allowInsecureRequests] : [],
            timeout: PATIENCE_SECONDS,
          }),
        )
        .catch((error: unknown) => {
          discovered = null;
          throw error;
        });
      return discovered;
    },
  };
}
