import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Everything the app reads from the environment, validated once at start. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  baseUrl: string;
  contentDir: string | null;
  smtpUrl: string | null;
  signup: 'invite' | 'open';
  trustProxy: boolean;
  /** Wins may be posted to private addresses and over plain http (a channel inside the network, tests). */
  webhookAllowPrivate: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Single sign-on with OpenID Connect; null when OIDC_ISSUER and its client are unset. */
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's label: "Sign in with {name}". */
  name: string;
}

/** Names the variable that is wrong, so start-up can say it in one line. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable} ${message}`);
  }
}

const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);

const variables = {
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 to 65535')
    .max(65535, 'must be 0 to 65535')
    .default(3000),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a PostgreSQL URL starting postgres:// or postgresql:// (unset it for SQLite)')
    .optional(),
  BASE_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  CONTENT_DIR: z.string().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start smtp:// or smtps://')
    .optional(),
  SIGNUP: z.enum(['invite', 'open'], { error: 'must be "invite" or "open"' }).default('invite'),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => ['true', '1', 'yes'].includes(v)),
  WEBHOOK_ALLOW_PRIVATE: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .default('false')
    .transform((v) => ['true', '1', 'yes'].includes(v)),
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: "must be an https:// URL (the provider's issuer)" })
    .refine((url) => url.startsWith('https://') || isLoopback(new URL(url).hostname), {
      error: 'must be an https:// URL (http:// only on a loopback address, for tests)',
    })
    .optional(),
  OIDC_CLIENT_ID: z.string().max(500, 'must be at most 500 characters').optional(),
  OIDC_CLIENT_SECRET: z.string().max(500, 'must be at most 500 characters').optional(),
  OIDC_NAME: z.string().trim().max(60, 'must be at most 60 characters').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
};

function read<T extends z.ZodType>(env: NodeJS.ProcessEnv, name: keyof typeof variables): z.output<T> {
  const result = variables[name].safeParse(blankIsUnset(env[name]));
  if (!result.success) throw new ConfigError(name, result.error.issues[0]?.message ?? 'is not valid');
  return result.data as z.output<T>;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = read<typeof variables.HOST>(env, 'HOST');
  const port = read<typeof variables.PORT>(env, 'PORT');
  const dataDir = path.resolve(read<typeof variables.DATA_DIR>(env, 'DATA_DIR'));
  ensureWritableDirectory(dataDir);
  const baseUrl = (read<typeof variables.BASE_URL>(env, 'BASE_URL') ?? `http://${host}:${port}`).replace(/\/+$/, '');
  return {
    host,
    port,
    dataDir,
    databaseUrl: read<typeof variables.DATABASE_URL>(env, 'DATABASE_URL') ?? null,
    baseUrl,
    contentDir: read<typeof variables.CONTENT_DIR>(env, 'CONTENT_DIR') ?? null,
    smtpUrl: read<typeof variables.SMTP_URL>(env, 'SMTP_URL') ?? null,
    signup: read<typeof variables.SIGNUP>(env, 'SIGNUP'),
    trustProxy: read<typeof variables.TRUST_PROXY>(env, 'TRUST_PROXY'),
    webhookAllowPrivate: read<typeof variables.WEBHOOK_ALLOW_PRIVATE>(env, 'WEBHOOK_ALLOW_PRIVATE'),
    logLevel: read<typeof variables.LOG_LEVEL>(env, 'LOG_LEVEL'),
    oidc: readOidc(env),
  };
}

const isLoopback = (hostname: string) => ['localhost', '127.0.0.1', '[::1]'].includes(hostname);

/** All three of the issuer, client id and secret, or none: half a configuration is a mistake. */
function readOidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const issuer = read<typeof variables.OIDC_ISSUER>(env, 'OIDC_ISSUER');
  const clientId = read<typeof variables.OIDC_CLIENT_ID>(env, 'OIDC_CLIENT_ID');
  const clientSecret = read<typeof variables.OIDC_CLIENT_SECRET>(env, 'OIDC_CLIENT_SECRET');
  const name = read<typeof variables.OIDC_NAME>(env, 'OIDC_NAME');
  if (!issuer && !clientId && !clientSecret) {
    if (name) throw new ConfigError('OIDC_NAME', 'needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
    return null;
  }
  if (!issuer || !clientId || !clientSecret) {
    const missing = !issuer ? 'OIDC_ISSUER' : !clientId ? 'OIDC_CLIENT_ID' : 'OIDC_CLIENT_SECRET';
    throw new ConfigError(missing, 'must be set too: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET');
  }
  return { issuer, clientId, clientSecret, name: name || 'single sign-on' };
}

function ensureWritableDirectory(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    const probe = path.join(dir, `.write-check-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new ConfigError('DATA_DIR', `cannot create or write ${dir} (${reason})`);
  }
}
