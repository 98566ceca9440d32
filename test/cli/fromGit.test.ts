import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliServer, assertCliBuilt, cliHome, repositoryRoot, runCli, startCliServer } from '../support/cli.js';

const gitEnv = { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', PATH: process.env.PATH ?? '/usr/bin:/bin' };
const git = (repo: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', ['-C', repo, ...args], { env: { ...gitEnv, ...env }, encoding: 'utf8' });

/** An empty commit by someone at a time, with that time as both author and committer date. */
function commit(repo: string, who: [string, string], date: string, message: string) {
  const [name, email] = who;
  git(repo, ['commit', '--allow-empty', '-q', '-m', message], {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
    GIT_COMMITTER_DATE: date,
  });
}

// `growthmap log --from-git` (issue 11, §4): the user's own commits, by week, sent only when they say so.
describe('growthmap log --from-git', () => {
  let server: CliServer;
  let env: Record<string, string>;
  let cycleId: string;
  let repo: string;

  beforeAll(async () => {
    assertCliBuilt();
    server = await startCliServer('sqlite');
    env = { ...cliHome(), GROWTHMAP_URL: server.url, GROWTHMAP_TOKEN: server.token };
    const destination = await server.owner.call('POST /api/v1/destinations', {
      body: { title: 'Lead the payments migration', category: 'leadership-impact' },
    });
    // Today is Monday 2026-03-02: the cycle starts today; week 1 is 03-02..03-08, week 2 is 03-09..03-15.
    const cycle = await server.owner.call('POST /api/v1/cycles', {
      body: { destinationIds: [destination.id], goal: 'Ship the retry budget' },
    });
    expect(cycle.weeks.slice(0, 2).map((w) => [w.startDate, w.endDate])).toEqual([
      ['2026-03-02', '2026-03-08'],
      ['2026-03-09', '2026-03-15'],
    ]);
    cycleId = cycle.id;

    repo = mkdtempSync(path.join(tmpdir(), 'growthmap-git-'));
    git(repo, ['init', '-q']);
    git(repo, ['config', 'user.email', 'ada@example.test']);
    // Ada's old address is hers too, by .mailmap; it applies to authors and co-authors alike.
    writeFileSync(path.join(repo, '.mailmap'), 'Ada Lovelace <ada@example.test> <ada@old.example>\n');
    const ada: [string, string] = ['Ada Lovelace', 'ada@example.test'];
    const bob: [string, string] = ['Bob', 'bob@example.test'];
    commit(repo, ada, '2026-02-20T10:00:00+01:00', 'Read the chapter on retries');
    commit(repo, ada, '2026-03-03T10:00:00+01:00', 'Sketch the circuit breaker');
    commit(repo, bob, '2026-03-04T10:00:00+01:00', 'Tidy the build');
    commit(repo, bob, '2026-03-05T10:00:00+01:00', 'Pair on the retry budget\n\nCo-authored-by: Ada L <ada@old.example>');
    commit(repo, ['Ada (old laptop)', 'ada@old.example'], '2026-03-10T10:00:00+01:00', 'Write the runbook');
  });
  afterAll(() => server?.close());

  const fromGit = ['log', '--from-git', '--since', '2026-01-01'];
  const entries = () => server.owner.call('GET /api/v1/cycles/{id}/entries', { params: { id: cycleId } });

  it('proposes one entry per ISO week of the user’s commits, as author, co-author or by .mailmap', async () => {
    const run = await runCli([...fromGit, '--repo', repo, '--json'], { env });
    expect(run.stderr).toBe('');
    const proposal = JSON.parse(run.stdout);
    expect(proposal).toMatchObject({ repo, since: '2026-01-01', authors: ['ada@example.test'], shallow: false });
    expect(proposal.entries.map((e: { week: string; commits: number }) => [e.week, e.commits])).toEqual([
      ['2026-W08', 1],
      ['2026-W10', 2],
      ['2026-W11', 1],
    ]);
    expect(proposal.entries[1].text).toMatch(
      /^2 commits: Sketch the circuit breaker; Pair on the retry budget \([0-9a-f]{7}\^\.\.[0-9a-f]{7}\)$/,
    );
    // Bob's own commit is his: naming him finds it alone.
    const bobs = JSON.parse(
      (await runCli([...fromGit, '--repo', repo, '--author', 'bob@example.test', '--json'], { env })).stdout,
    );
    expect(bobs.entries.map((e: { commits: number }) => e.commits)).toEqual([2]);
  });

  it('sends nothing when the user says no', async () => {
    const run = await runCli([...fromGit, '--repo', repo], { env, input: 'n\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2026-W10 (2026-03-02 – 2026-03-08): 2 commits: Sketch the circuit breaker');
    expect(run.stdout).toContain('2026-W10 → week 1');
    expect(run.stdout).toContain('2026-W08 is outside the cycle’s weeks: not sent');
    expect(run.stderr).toBe(`Send these 2 entries to ${server.url}? [y/N] \nNothing was sent.\n`);
    expect(await entries()).toEqual([]);
  });

  it('sends the entries inside the cycle with --yes', async () => {
    const run = await runCli([...fromGit, '--repo', repo, '--yes', '--json'], { env });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.sent).toHaveLength(2);
    expect(result.skipped.map((s: { week: string }) => s.week)).toEqual(['2026-W08']);
    const logged = await entries();
    expect(logged.map((e) => [e.week, e.text.replace(/\(.*\)$/, '')])).toEqual([
      [1, '2 commits: Sketch the circuit breaker; Pair on the retry budget '],
      [2, '1 commit: Write the runbook '],
    ]);
  });

  it('says whose commits are wanted when git knows no address', async () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'growthmap-git-'));
    git(bare, ['init', '-q']);
    const run = await runCli([...fromGit, '--repo', bare, '--json'], { env: { ...env, HOME: bare } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`growthmap: Whose commits? Pass --author EMAIL, or set “git config user.email” in ${bare}.\n`);
  });

  it('proposes entries from this repository’s own history', async () => {
    const shallow = git(repositoryRoot, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
    const author = git(repositoryRoot, ['log', '-1', '--use-mailmap', '--format=%aE']).trim();
    const run = await runCli(['log', '--from-git', '--repo', repositoryRoot, '--since', '520w', '--author', author, '--json'], {
      env,
    });
    expect(run.code).toBe(0);
    // A shallow clone (CI with a depth) still has its newest commits, and says the rest are missing.
    if (shallow) expect(run.stderr).toContain('is a shallow clone: older commits are missing');
    const { entries: proposed } = JSON.parse(run.stdout);
    expect(proposed.length).toBeGreaterThan(0);
    for (const entry of proposed) expect(entry.text).toMatch(/^\d+ commits?: .+\([0-9a-f]{7}/);
  });
});
