import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertCliBuilt, cliEntry, cliHome, repositoryRoot, runCli } from '../support/cli.js';

// What `growthmap` does with no server: lint, and the one-line refusals (issue 11, §4).
describe('growthmap without a server', () => {
  let home: ReturnType<typeof cliHome>;
  beforeAll(() => {
    assertCliBuilt();
    home = cliHome();
  });

  const write = (name: string, lines: string[]) => {
    const file = path.join(home.HOME, name);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };

  it('lint flags a vague destination at its line, exit 1, with no token', async () => {
    const file = write('vague.md', [
      '# Growth Map for Ada',
      '',
      '- Destination A: Get better at Kubernetes',
      '  - Skill 1: Kubernetes - N',
    ]);
    const run = await runCli(['lint', file], { env: home });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.startsWith(`${file}:3: not `)).toBe(true);
    expect(run.stdout).toContain(`${file}:3: not Specific: The title opens with the vague “get better at …”`);
    const json = await runCli(['lint', '--json', file], { env: home });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)[0]).toEqual({ file, line: 3, message: expect.stringMatching(/^not Specific/) });
  });

  it('lint passes a SMART map with skills in silence, exit 0', async () => {
    // lint judges the deadline against the machine's date: half a year ahead of it, always.
    const deadline = new Date(Date.now() + 182 * 86_400_000).toISOString().slice(0, 10);
    const file = write('clean.md', [
      '# Growth Map for Ada',
      `- Destination A: Cut checkout p95 latency from 800 ms to 300 ms by ${deadline} so that fewer carts are abandoned`,
      '  - Skill 1: Performance profiling - P',
    ]);
    const run = await runCli(['lint', file], { env: home });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse((await runCli(['lint', file, '--json'], { env: home })).stdout)).toEqual([]);
  });

  it('lint says which file it cannot read, exit 1', async () => {
    const run = await runCli(['lint', path.join(home.HOME, 'missing.md')], { env: home });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^growthmap: Could not read .+missing\.md: ENOENT.*\n$/);
  });

  it.each([
    [['status', '--bogus'], /^growthmap: unknown option '--bogus'; see “growthmap status --help”\.\n$/],
    [['log'], /^growthmap: Say what you did: growthmap log "text" \(or use --from-git\)\.\n$/],
    [['import'], /^growthmap: missing required argument 'file'; see “growthmap import --help”\.\n$/],
    [
      ['export', 'docx'],
      /^growthmap: .*'docx' is invalid .* Allowed choices are md, pdf, json; see “growthmap export --help”\.\n$/,
    ],
    [['login'], /^growthmap: required option '--url <url>' not specified; see “growthmap login --help”\.\n$/],
    [['launch'], /^growthmap: unknown command 'launch'; see “growthmap --help”\.\n$/],
  ])('a bad command line (%j) exits 2 with one line saying what to do', async (args, message) => {
    const run = await runCli(args, { env: home });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it('an unreachable server exits 1 with one line naming the cause', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
      });
    });
    const url = `http://127.0.0.1:${port}`;
    const run = await runCli(['status'], { env: { ...home, GROWTHMAP_URL: url, GROWTHMAP_TOKEN: 'gm_x' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`growthmap: Could not reach ${url}: connection refused (ECONNREFUSED).\n`);
    const login = await runCli(['login', '--url', url, '--token-stdin'], { env: home, input: 'gm_x' });
    expect(login.code).toBe(1);
    expect(login.stderr).toBe(`growthmap: Could not reach ${url}: connection refused (ECONNREFUSED).\n`);
  });

  it('asks to log in first when there is no login', async () => {
    const run = await runCli(['skills'], { env: home });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'growthmap: Not logged in: run “growthmap login --url URL”, or set GROWTHMAP_URL and GROWTHMAP_TOKEN.\n',
    );
  });

  it('is the package’s bin, and in the tarball npm pack makes', () => {
    const manifest = JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ growthmap: 'dist/cli/main.js' });
    expect(readFileSync(cliEntry, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repositoryRoot, encoding: 'utf8' }),
    );
    const files: string[] = pack.files.map((file: { path: string }) => file.path);
    expect(files).toEqual(expect.arrayContaining(['dist/cli/main.js', 'dist/client/api.js', 'dist/server/main.js']));
    expect(files).toContain('content/stages.yaml');
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('test/'))).toEqual([]);
  });
});
