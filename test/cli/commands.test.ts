import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../support/engines.js';
import { type CliServer, assertCliBuilt, cliHome, runCli, startCliServer } from '../support/cli.js';
import { guideExcerpt } from '../support/guideExcerpt.js';

// The built `growthmap` against a real server, signed in with a token made through the API (issue 11, §4).
describe.each(engines)('growthmap on %s', (engine) => {
  let server: CliServer;
  let home: ReturnType<typeof cliHome>;
  let signedIn: Record<string, string>;
  let cycleId: string;

  beforeAll(async () => {
    assertCliBuilt();
    server = await startCliServer(engine);
    home = cliHome();
    signedIn = { ...home, GROWTHMAP_URL: server.url, GROWTHMAP_TOKEN: server.token };
    const { owner } = server;
    const destination = await owner.call('POST /api/v1/destinations', {
      body: { title: 'Lead the payments migration by 2027-06-30', category: 'leadership-impact' },
    });
    for (const name of ['Distributed systems design', 'Observability']) {
      await owner.call('POST /api/v1/destinations/{id}/skills', {
        params: { id: destination.id },
        body: { name, currentLevel: 'novice', targetLevel: 'expert' },
      });
    }
    // Today is Monday 2026-03-02: a cycle planned today starts today, in its week 1.
    const cycle = await owner.call('POST /api/v1/cycles', {
      body: { destinationIds: [destination.id], goal: 'Ship the retry budget' },
    });
    expect(cycle).toMatchObject({ status: 'active', currentWeek: 1 });
    cycleId = cycle.id;
  });
  afterAll(() => server?.close());

  it('logs in with a token from stdin, checked against the server, kept readable by the user only', async () => {
    const run = await runCli(['login', '--url', `${server.url}/`, '--token-stdin'], { env: home, input: `${server.token}\n` });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Logged in to http:\/\/127\.0\.0\.1:\d+ as Admin <admin@example\.test>/);
    const file = path.join(home.XDG_CONFIG_HOME, 'growthmap/config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ url: server.url, token: server.token });
    // The stored login is used from now on, with no variables set.
    const status = await runCli(['status', '--json'], { env: home });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).cycles[0].cycle.id).toBe(cycleId);
  });

  it('refuses a wrong token in one line, exit 1, and stores nothing', async () => {
    const other = cliHome();
    const login = await runCli(['login', '--url', server.url], { env: other, input: 'gm_not-a-real-token\n' });
    expect(login.code).toBe(1);
    // The question, then the one line of the refusal.
    expect(login.stderr).toMatch(
      /^Personal access token \(Account → Access tokens\): \ngrowthmap: http:\/\/127\.0\.0\.1:\d+ refused the access token \(401\): [^\n]+\n$/,
    );
    expect(() => statSync(path.join(other.XDG_CONFIG_HOME, 'growthmap/config.json'))).toThrow();
    const status = await runCli(['status'], { env: { ...signedIn, GROWTHMAP_TOKEN: 'gm_wrong' } });
    expect(status.code).toBe(1);
    expect(status.stderr.trim().split('\n')).toHaveLength(1);
    expect(status.stderr).toMatch(/refused the access token/);
  });

  it('shows this week', async () => {
    const run = await runCli(['status'], { env: signedIn });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('This week (today 2026-03-02)');
    expect(run.stdout).toContain('• Ship the retry budget (week 1 of 6, define)');
  });

  it('logs progress in the current week of the running cycle, or the one named', async () => {
    const run = await runCli(['log', 'Drafted the retry budget design', '--evidence', 'https://example.test/doc'], {
      env: signedIn,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('Logged week 1 of “Ship the retry budget”.\n');
    const named = await runCli(['log', 'Reviewed it with the team', '--cycle', cycleId, '--week', '2', '--json'], {
      env: signedIn,
    });
    expect(JSON.parse(named.stdout)).toMatchObject({ cycleId, week: 2, text: 'Reviewed it with the team' });
    const entries = await server.owner.call('GET /api/v1/cycles/{id}/entries', { params: { id: cycleId } });
    expect(entries.map((e) => [e.week, e.text, e.evidence])).toEqual([
      [1, 'Drafted the retry budget design', [{ kind: 'link', url: 'https://example.test/doc' }]],
      [2, 'Reviewed it with the team', []],
    ]);
  });

  it('adds an artifact showing skills named in any case', async () => {
    const run = await runCli(
      [
        'artifact',
        'add',
        'Design doc: retry budget',
        '--url',
        'https://example.test/design',
        '--kind',
        'design-doc',
        '--outcome',
        'Cut retries by half',
        '--skill',
        'distributed SYSTEMS design',
        '--json',
      ],
      { env: signedIn },
    );
    expect(run.stderr).toBe('');
    const artifact = JSON.parse(run.stdout);
    expect(artifact).toMatchObject({ title: 'Design doc: retry budget', kind: 'design-doc', outcome: 'Cut retries by half' });
    expect(artifact.skills).toEqual([{ skillId: expect.any(String), level: 'novice' }]);
    const unknown = await runCli(['artifact', 'add', 'X', '--url', 'https://example.test', '--skill', 'Knitting'], {
      env: signedIn,
    });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('growthmap: No skill is called “Knitting”: “growthmap skills” lists them.\n');
  });

  it('lists destinations and skills', async () => {
    const destinations = await runCli(['destinations'], { env: signedIn });
    expect(destinations.stdout).toMatch(/^A\. Lead the payments migration by 2027-06-30 \[active\] SMART \d\/5, 2 skills\n$/);
    const skills = await runCli(['skills'], { env: signedIn });
    expect(skills.stdout).toBe(
      'Distributed systems design: Novice → Expert (Lead the payments migration by 2027-06-30)\n' +
        'Observability: Novice → Expert (Lead the payments migration by 2027-06-30)\n',
    );
    const json = JSON.parse((await runCli(['skills', '--json'], { env: signedIn })).stdout);
    expect(json.map((s: { name: string }) => s.name)).toEqual(['Distributed systems design', 'Observability']);
  });

  it('sets a level by the skill’s name and a letter, with the note', async () => {
    const run = await runCli(['level', 'set', 'observability', 'p', '--note', 'Ran the tracing rollout'], { env: signedIn });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('Observability: Novice → Practitioner on 2026-03-02.\n');
    const map = await server.owner.call('GET /api/v1/map');
    expect(map.destinations[0]!.skills.find((s) => s.name === 'Observability')?.currentLevel).toBe('practitioner');
    const noNote = await runCli(['level', 'set', 'observability', 'expert'], { env: signedIn });
    expect(noNote.code).toBe(2);
    expect(noNote.stderr).toBe("growthmap: required option '--note <text>' not specified; see “growthmap level set --help”.\n");
    const badLevel = await runCli(['level', 'set', 'observability', 'guru', '--note', 'x'], { env: signedIn });
    expect(badLevel.code).toBe(2);
    expect(badLevel.stderr).toMatch(/Use novice, practitioner or expert \(or N, P, E\)/);
  });

  it('exports the map as Markdown and the account as JSON', async () => {
    const md = await runCli(['export', 'md'], { env: signedIn });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Growth Map for Admin/);
    expect(md.stdout).toContain('Skill 2: Observability - P → E');
    const file = path.join(home.HOME, 'account.json');
    const json = await runCli(['export', 'json', '-o', file], { env: signedIn });
    expect(json.stdout).toMatch(/^Wrote .+account\.json \(\d+ bytes\)\.\n$/);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'growth-map-export', user: { email: 'admin@example.test' } });
    expect(exported.records.artifacts.map((a: { title: string }) => a.title)).toEqual(['Design doc: retry budget']);
  });

  it('exports the one-page map as a one-page PDF with every destination', async () => {
    const file = path.join(home.HOME, 'map.pdf');
    const pdf = await runCli(['export', 'pdf', '-o', file, '--json'], { env: signedIn });
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.stdout)).toMatchObject({ format: 'pdf', file });
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+1$/m);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const { destinations } = await server.owner.call('GET /api/v1/map');
    for (const destination of destinations) expect(text.replace(/\s+/g, ' ')).toContain(destination.title.slice(0, 20));
  });

  it('previews an import, applies it only when told, and never on a no', async () => {
    const file = path.join(home.HOME, 'growth-map.md');
    writeFileSync(file, guideExcerpt);
    const before = await server.owner.call('GET /api/v1/map');
    const dryRun = await runCli(['import', file, '--dry-run'], { env: signedIn });
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain('(nothing written yet)');
    expect(dryRun.stdout).toContain('destination “Build a fault-tolerant microservice”');
    const declined = await runCli(['import', file], { env: signedIn, input: 'n\n' });
    expect(declined.stderr).toBe('Apply these changes? [y/N] \nNothing was changed.\n');
    expect((await server.owner.call('GET /api/v1/map')).destinations).toHaveLength(before.destinations.length);
    const applied = await runCli(['import', file], { env: signedIn, input: 'y\n' });
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Imported .+growth-map\.md: \d+ added, 0 changed\.\n$/);
    const after = await server.owner.call('GET /api/v1/map');
    expect(after.destinations.map((d) => d.title)).toContain('Build a fault-tolerant microservice');
    const again = JSON.parse((await runCli(['import', file, '--yes', '--json'], { env: signedIn })).stdout);
    expect(again).toMatchObject({ dryRun: true, added: [], changed: [] });
  });

  it('says what the server refused, in one line', async () => {
    const file = path.join(home.HOME, 'empty-map.md');
    writeFileSync(file, '# Notes\n\nNothing here yet.\n');
    const run = await runCli(['import', file, '--yes'], { env: signedIn });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^growthmap: .*destination/i);
  });
});
