import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, freePort, startServer } from './support/server.js';

/** Runs the built server with an environment and collects how it ended. */
function runServer(env: Record<string, string>, timeoutMs = 15_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['dist/server/main.js'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('starting the built server', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ SIGNUP: 'sometimes' }, 'SIGNUP'],
    [{ DATABASE_URL: 'sqlite:///tmp/x.db' }, 'DATABASE_URL'],
    [{ DATA_DIR: '/dev/null/growthmap' }, 'DATA_DIR'],
  ])('stops with exit code 1 and one line naming the variable for %o', async (env, variable) => {
    const result = await runServer({ DATA_DIR: '/tmp/growthmap-startup-test', PORT: '0', ...env });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
  });

  it('refuses to start with a broken CONTENT_DIR file, naming the file, line and field', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'growthmap-content-'));
    writeFileSync(path.join(dir, 'skills.yaml'), 'skills:\n  - id: chaos\n    name: Chaos\n    category: wizardry\n');
    const result = await runServer({ DATA_DIR: '/tmp/growthmap-startup-test', PORT: '0', CONTENT_DIR: dir });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${dir}/skills.yaml:4: skills[0].category`);
  });

  it('prints the listening line, answers health, and shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['dist/server/main.js'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: `/tmp/growthmap-sigterm-${port}`,
        LOG_LEVEL: 'warn',
      },
    });
    const listening = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no listening line')), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        const line = chunk
          .toString()
          .split('\n')
          .find((l) => l.startsWith('Growth Map listening on'));
        if (line) {
          clearTimeout(timer);
          resolve(line);
        }
      });
    });
    expect(listening).toBe(`Growth Map listening on http://127.0.0.1:${port}`);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'sqlite' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('serves the single-page app at / and at deep links', async () => {
    const server = await startServer();
    try {
      for (const path of ['/', '/map/one-page', '/account/tokens']) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status).toBe(200);
        expect(await response.text()).toContain('<div id="root">');
      }
      // A signed-out visitor must be able to load the app's own files.
      const html = await (await fetch(`${server.url}/`)).text();
      const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
      expect(script).toBeDefined();
      const asset = await fetch(`${server.url}${script}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect(asset.headers.get('cache-control')).toMatch(/immutable/);

      // Each screen's page names the screen's own code, which then loads beside the entry.
      const mapPage = await (await fetch(`${server.url}/map`)).text();
      const preloaded = [...mapPage.matchAll(/<link rel="modulepreload" crossorigin href="(\/assets\/[^"]+)">/g)].map(
        (m) => m[1],
      );
      expect(preloaded.some((file) => /\/MapEditorPage-[\w-]+\.js$/.test(file ?? ''))).toBe(true);
      expect(html).not.toMatch(/MapEditorPage/);
      // Every file the build names for a screen is there, as a script or a stylesheet (a name
      // that is not would come back as the app's page, and the browser refuse it).
      const screens: { path: string; scripts: string[]; styles: string[] }[] = await (
        await fetch(`${server.url}/screens.json`)
      ).json();
      expect(screens.map((screen) => screen.path)).toContain('/map');
      const named = new Set(screens.flatMap((screen) => [...screen.scripts, ...screen.styles]));
      for (const file of preloaded.filter((f) => !html.includes(f ?? ''))) expect(named.has(file ?? '')).toBe(true);
      for (const file of named) {
        const answer = await fetch(`${server.url}${file}`);
        expect(answer.status, file).toBe(200);
        expect(answer.headers.get('content-type'), file).toMatch(/javascript|text\/css/);
      }
    } finally {
      await server.stop();
    }
  });
});
