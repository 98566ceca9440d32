import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GitCommit } from '../domain/gitProgress.js';
import { CliError } from './errors.js';

const run = promisify(execFile);

// Fields and records apart by control characters no subject or address contains.
const FIELD = '\x1f';
const TRAILER = '\x1e';
const FORMAT = ['%H', '%aE', '%aI', '%s', '%(trailers:key=Co-authored-by,valueonly,separator=%x1e)'].join('%x1f');

/** git with an argument array, never a shell string: a repository path or an address is only ever an argument. */
async function git(repo: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', repo, ...args], { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new CliError('git is not installed, or not on PATH.');
    }
    const stderr = error instanceof Error && 'stderr' in error && typeof error.stderr === 'string' ? error.stderr : '';
    const reason = stderr.trim().split('\n')[0] || (error instanceof Error ? error.message : String(error));
    throw new CliError(`git ${args[0]} failed in ${repo}: ${reason}`);
  }
}

/** The commits reachable from HEAD since a day, merges left out, authors after `.mailmap`. */
export async function readCommits(repo: string, since: string): Promise<GitCommit[]> {
  const output = await git(repo, ['log', '--no-merges', '--use-mailmap', `--since=${since}`, '-z', `--format=${FORMAT}`]);
  const records = output.split('\0').filter((record) => record.trim());
  const commits = records.map((record) => {
    const [hash = '', authorEmail = '', authorDate = '', subject = '', trailers = ''] = record.replace(/^\n/, '').split(FIELD);
    return {
      hash,
      authorEmail,
      authorDate,
      subject,
      coAuthors: trailers
        .split(TRAILER)
        .map((t) => t.trim())
        .filter(Boolean),
    };
  });
  const mapped = await mailmapped(repo, [...new Set(commits.flatMap((c) => c.coAuthors))]);
  return commits.map(({ coAuthors, ...commit }) => ({
    ...commit,
    coAuthorEmails: coAuthors.map((contact) => emailOf(mapped.get(contact) ?? contact)).filter((email) => email !== ''),
  }));
}

/** `Co-authored-by:` names people as written; `.mailmap` applies to them as it does to authors. */
async function mailmapped(repo: string, contacts: string[]): Promise<Map<string, string>> {
  const valid = contacts.filter((contact) => /<[^<>\s]+>\s*$/.test(contact));
  if (valid.length === 0) return new Map();
  const lines = (await git(repo, ['check-mailmap', ...valid])).split('\n');
  return new Map(valid.map((contact, i) => [contact, lines[i] ?? contact]));
}

const emailOf = (contact: string) => /<([^<>\s]+)>\s*$/.exec(contact)?.[1] ?? '';

/** The addresses `git config user.email` gives in that repository (none when it is unset). */
export async function configuredEmails(repo: string): Promise<string[]> {
  try {
    const { stdout } = await run('git', ['-C', repo, 'config', '--get-all', 'user.email'], { encoding: 'utf8' });
    return stdout
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** A shallow clone lacks older commits; the caller says so rather than proposing too little in silence. */
export async function isShallow(repo: string): Promise<boolean> {
  return (await git(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
