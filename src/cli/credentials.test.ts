import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLevel } from './command.js';
import { configFile, loadCredentials, saveCredentials, serverUrl } from './credentials.js';
import { CliError } from './errors.js';

const freshHome = () => {
  const home = mkdtempSync(path.join(tmpdir(), 'growthmap-credentials-'));
  return { HOME: home, XDG_CONFIG_HOME: path.join(home, 'config') };
};

describe('credentials', () => {
  it('live in the XDG config folder, readable by the user only, and the environment overrides them', () => {
    const env = freshHome();
    const file = saveCredentials({ url: 'https://gm.example.test', token: 'gm_saved' }, env);
    expect(file).toBe(path.join(env.XDG_CONFIG_HOME, 'growthmap/config.json'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadCredentials(env)).toEqual({ url: 'https://gm.example.test', token: 'gm_saved' });
    expect(loadCredentials({ ...env, GROWTHMAP_TOKEN: 'gm_env' })).toEqual({ url: 'https://gm.example.test', token: 'gm_env' });
    expect(loadCredentials({ ...env, GROWTHMAP_URL: 'http://other.test:8080/' }).url).toBe('http://other.test:8080');
  });

  it('default to ~/.config without XDG_CONFIG_HOME', () => {
    expect(configFile({ HOME: '/home/ada', XDG_CONFIG_HOME: '' })).toMatch(/\.config\/growthmap\/config\.json$/);
  });

  it('ask for a login when there is none, and for a new one when the file is not theirs', () => {
    const env = freshHome();
    expect(() => loadCredentials(env)).toThrow(/^Not logged in: run “growthmap login --url URL”/);
    saveCredentials({ url: 'https://gm.example.test', token: 'gm_x' }, env);
    writeFileSync(configFile(env), '{"url": 42}');
    expect(() => loadCredentials(env)).toThrow(/is not a growthmap configuration/);
  });
});

describe('serverUrl', () => {
  it('keeps http and https addresses without a trailing slash, and refuses the rest as a usage error', () => {
    expect(serverUrl('https://gm.example.test/')).toBe('https://gm.example.test');
    expect(serverUrl('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
    for (const bad of ['gm.example.test', 'ftp://gm.example.test']) {
      const error = (() => {
        try {
          serverUrl(bad);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(CliError);
      expect(error).toMatchObject({ exitCode: 2 });
    }
  });
});

describe('parseLevel', () => {
  it.each([
    ['N', 'novice'],
    ['p', 'practitioner'],
    ['Expert', 'expert'],
    [' practitioner ', 'practitioner'],
  ])('reads %j as %s', (word, level) => {
    expect(parseLevel(word)).toBe(level);
  });
  it('refuses anything else', () => {
    expect(() => parseLevel('guru')).toThrow('Use novice, practitioner or expert (or N, P, E).');
  });
});
