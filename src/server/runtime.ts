import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, migrateToLatest, openDatabase } from '../db/database.js';
import { type Clock, systemClock } from '../domain/time.js';
import { loadBaseLayers } from '../content/load.js';
import { ContentStore } from '../services/contentStore.js';
import type { ServiceDeps } from '../services/context.js';
import { SMTP_PATIENCE, createSmtpMailer, fromAddressFor } from '../services/mail.js';
import { openIdProvider } from '../services/openIdProvider.js';
import { loadOrCreateSecret } from '../services/secrets.js';
import { type App, buildApp } from './app.js';
import type { Config } from './config.js';
import { type DigestScheduler, startDigestScheduler } from './digestScheduler.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export const packageVersion: string = JSON.parse(fs.readFileSync(path.join(here, '..', '..', 'package.json'), 'utf8')).version;

/** dist/web beside the built server; absent when running from source (the API still works). */
export const builtWebDir = path.join(here, '..', 'web');

export interface Runtime {
  app: App;
  database: Database;
  deps: ServiceDeps;
  /** The weekly digest sender; null when SMTP_URL is unset (then nothing is sent). */
  digestScheduler: DigestScheduler | null;
  close(): Promise<void>;
}

/** Opens the database, migrates it, loads the generated secrets and builds the app. */
export async function startRuntime(
  config: Config,
  options: { clock?: Clock; webDir?: string | null; extraRoutes?: Parameters<typeof buildApp>[0]['extraRoutes'] } = {},
): Promise<Runtime> {
  // Content first: a broken content file stops the start before anything else happens.
  const content = new ContentStore(loadBaseLayers(config.contentDir));
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    sqlitePath: path.join(config.dataDir, 'growthmap.db'),
  });
  try {
    await migrateToLatest(database.db);
    // None while SMTP_URL is unset. Services send while someone waits for the answer, so they give
    // up sooner than the digest, which sends in the background.
    const from = fromAddressFor(config.baseUrl);
    const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, from, SMTP_PATIENCE.inRequest) : null;
    const digestMailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, from, SMTP_PATIENCE.background) : null;
    const deps: ServiceDeps = {
      db: database.db,
      clock: options.clock ?? systemClock,
      baseUrl: config.baseUrl,
      signup: config.signup,
      csrfSecret: await loadOrCreateSecret(database.db, 'csrf_secret'),
      content,
      webhookAllowPrivate: config.webhookAllowPrivate,
      mailer,
      oidc: config.oidc ? openIdProvider(config.oidc, config.baseUrl) : null,
    };
    const app = await buildApp({
      deps,
      engine: database.engine,
      version: packageVersion,
      trustProxy: config.trustProxy,
      logLevel: config.logLevel,
      webDir: options.webDir === undefined ? builtWebDir : options.webDir,
      extraRoutes: options.extraRoutes,
    });
    // Weekly digests only when SMTP_URL is set; without it nothing is scheduled or sent.
    const digestScheduler = digestMailer ? startDigestScheduler({ deps, mailer: digestMailer, log: app.log }) : null;
    return {
      app,
      database,
      deps,
      digestScheduler,
      // In-flight requests and a digest run in progress finish first, then the database closes.
      close: async () => {
        await digestScheduler?.stop();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
