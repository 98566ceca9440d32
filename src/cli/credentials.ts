import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { CliError, usageError } from './errors.js';

/** Where `growthmap login` keeps the server and the token; the environment overrides either. */
export interface Credentials {
  url: string;
  token: string;
}

type Env = Record<string, string | undefined>;

const savedFile = z.object({ url: z.string().optional(), token: z.string().optional() });

/** `$XDG_CONFIG_HOME/growthmap/config.json`, `~/.config/growthmap/config.json` without it. */
export function configFile(env: Env = process.env): string {
  const base = env.XDG_CONFIG_HOME || path.join(homedir(), '.config');
  return path.join(base, 'growthmap', 'config.json');
}

export function loadCredentials(env: Env = process.env): Credentials {
  const saved = readSaved(configFile(env));
  const url = env.GROWTHMAP_URL || saved.url;
  const token = env.GROWTHMAP_TOKEN || saved.token;
  if (!url || !token) {
    throw new CliError('Not logged in: run “growthmap login --url URL”, or set GROWTHMAP_URL and GROWTHMAP_TOKEN.');
  }
  return { url: serverUrl(url), token };
}

/** Readable by the user only: the token acts as them. */
export function saveCredentials(credentials: Credentials, env: Env = process.env): string {
  const file = configFile(env);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  // writeFileSync's mode applies only when it creates the file.
  chmodSync(file, 0o600);
  return file;
}

/** The server's address without a trailing slash; only http and https. */
export function serverUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usageError(`“${text}” is not an address: use one like https://growthmap.example.com.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError(`Use an http:// or https:// address, not “${text}”.`);
  }
  return url.href.replace(/\/+$/, '');
}

function readSaved(file: string): z.infer<typeof savedFile> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    return savedFile.parse(JSON.parse(text));
  } catch {
    throw new CliError(`${file} is not a growthmap configuration: run “growthmap login --url URL” again.`);
  }
}
