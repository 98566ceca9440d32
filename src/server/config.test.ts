import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const base = { DATA_DIR: '/tmp/growthmap-config-test' };

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration from the environment', () => {
  it('has defaults that run on one machine with SQLite', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: null,
      baseUrl: 'http://127.0.0.1:3000',
      signup: 'invite',
      trustProxy: false,
      webhookAllowPrivate: false,
    });
  });

  it('accepts postgres:// and postgresql:// URLs and derives BASE_URL from HOST and PORT', () => {
    expect(loadConfig({ ...base, DATABASE_URL: 'postgres://u:p@db/growth' }).databaseUrl).toBe('postgres://u:p@db/growth');
    expect(loadConfig({ ...base, DATABASE_URL: 'postgresql://u:p@db/growth' }).databaseUrl).toBe('postgresql://u:p@db/growth');
    expect(loadConfig({ ...base, HOST: '0.0.0.0', PORT: '8080' }).baseUrl).toBe('http://0.0.0.0:8080');
    expect(loadConfig({ ...base, BASE_URL: 'https://growth.example.test/' }).baseUrl).toBe('https://growth.example.test');
    expect(loadConfig({ ...base, TRUST_PROXY: 'true', SIGNUP: 'open' })).toMatchObject({ trustProxy: true, signup: 'open' });
    expect(loadConfig({ ...base, WEBHOOK_ALLOW_PRIVATE: 'true' }).webhookAllowPrivate).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', /number/],
    [{ PORT: '70000' }, 'PORT', /65535/],
    [{ SIGNUP: 'everyone' }, 'SIGNUP', /invite.*open/],
    [{ DATABASE_URL: 'mysql://db/growth' }, 'DATABASE_URL', /PostgreSQL/],
    [{ BASE_URL: 'growth.example.test' }, 'BASE_URL', /URL/],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY', /true or false/],
    [{ WEBHOOK_ALLOW_PRIVATE: 'sometimes' }, 'WEBHOOK_ALLOW_PRIVATE', /true or false/],
    [{ DATA_DIR: '/dev/null/growthmap' }, 'DATA_DIR', /cannot create or write/],
    [{ OIDC_ISSUER: 'https://id.example.test', OIDC_CLIENT_ID: 'growth' }, 'OIDC_CLIENT_SECRET', /OIDC_ISSUER, OIDC_CLIENT_ID/],
    [{ OIDC_CLIENT_ID: 'growth', OIDC_CLIENT_SECRET: 's' }, 'OIDC_ISSUER', /must be set too/],
    [{ OIDC_ISSUER: 'http://id.example.test', OIDC_CLIENT_ID: 'g', OIDC_CLIENT_SECRET: 's' }, 'OIDC_ISSUER', /https/],
    [{ OIDC_NAME: 'Okta' }, 'OIDC_NAME', /needs OIDC_ISSUER/],
  ])('refuses %o naming %s', (env, variable, message) => {
    const error = refusal(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(variable)).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('reads single sign-on as all three of issuer, client id and secret, or none', () => {
    expect(loadConfig(base).oidc).toBeNull();
    const sso = { OIDC_ISSUER: 'https://id.example.test/realm', OIDC_CLIENT_ID: 'growth', OIDC_CLIENT_SECRET: 's3cret' };
    expect(loadConfig({ ...base, ...sso }).oidc).toEqual({
      issuer: 'https://id.example.test/realm',
      clientId: 'growth',
      clientSecret: 's3cret',
      name: 'single sign-on',
    });
    expect(loadConfig({ ...base, ...sso, OIDC_NAME: 'Okta' }).oidc?.name).toBe('Okta');
    expect(loadConfig({ ...base, ...sso, OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.issuer).toBe('http://127.0.0.1:4000');
  });
});
