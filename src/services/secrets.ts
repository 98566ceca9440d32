import { createHmac, hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { loadOrCreateSetting } from '../db/repositories/settings.js';
import type { Tables } from '../db/tables.js';

/** A random secret for a cookie, a link or a token. Only its hash is stored. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** SHA-256, hex. One call, no Hash object: every token request pays it (about half the time). */
export function hashSecret(secret: string): string {
  return hash('sha256', secret, 'hex');
}

export function hmac(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Secrets the app needs are generated on first start and kept in the database, so every
 * instance on one database uses the same ones.
 */
export function loadOrCreateSecret(db: Kysely<Tables>, key: string): Promise<string> {
  return loadOrCreateSetting(db, key, () => newSecret());
}
