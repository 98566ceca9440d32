import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tables } from '../db/tables.js';
import type { ContentStore } from './contentStore.js';
import type { Mailer } from './mail.js';
import type { OpenIdProvider } from './openIdProvider.js';
import { type Clock, dateIn } from '../domain/time.js';
import type { User } from '../schemas/accounts.js';

/** What every service is given: the database, the clock, and the settings it needs. */
export interface ServiceDeps {
  db: Kysely<Tables>;
  clock: Clock;
  baseUrl: string;
  signup: 'invite' | 'open';
  csrfSecret: string;
  /** The framework content in force (shipped, CONTENT_DIR, uploads). */
  content: ContentStore;
  /** WEBHOOK_ALLOW_PRIVATE: posts to private addresses and plain http are allowed (unset: refused). */
  webhookAllowPrivate?: boolean;
  /** Sends email (SMTP_URL); null when unset, and then nothing is mailed. */
  mailer: Mailer | null;
  /** Single sign-on's provider (OIDC_ISSUER); absent or null when not configured. */
  oidc?: OpenIdProvider | null;
}

/** Who is asking. Every service call that reads or writes user data takes one. */
export interface Actor {
  user: User;
}

export const newId = (): string => uuidv7();

export const nowIso = (deps: ServiceDeps): string => deps.clock.now().toISOString();

/** "Today" is the user's own date in their time zone. */
export const todayFor = (deps: ServiceDeps, user: User): string => dateIn(user.timeZone, deps.clock.now());

/** A transaction, or the one already open: services call each other inside one. */
export function withTransaction<T>(db: Kysely<Tables>, work: (trx: Kysely<Tables>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
