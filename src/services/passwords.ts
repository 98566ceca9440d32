import argon2 from 'argon2';

// OWASP's Argon2id parameters: 19 MiB memory, 2 iterations, 1 lane.
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// The package's dictionaries take ~9 MB; only the long common passwords matter here, so
// they are loaded on first use and the rest is left to the garbage collector.
let common: Promise<Set<string>> | null = null;
function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].filter((p) => p.length >= 12)),
  );
  return common;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Length is checked by the schema; this catches what a length rule cannot. */
export async function passwordProblem(password: string, person: { email?: string; name?: string }): Promise<string | null> {
  const lowered = password.toLowerCase();
  if ((await commonPasswords()).has(lowered)) return 'This password is on a list of common passwords. Choose another.';
  if (person.email && lowered === person.email.toLowerCase()) return 'Do not use your email address as your password.';
  if (new Set(lowered).size < 4) return 'Use a password with more variety than a few repeated characters.';
  return null;
}

/** A hash to verify against when the user does not exist, so timing does not reveal who has an account. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  return dummyHash;
}
