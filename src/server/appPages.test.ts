import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREEN_FILES, type ScreenFiles } from '../schemas/screenFiles.js';
import { AppPages, withScreenFiles } from './appPages.js';

const indexHtml =
  '<!doctype html>\n<html>\n  <head>\n    <script type="module" src="/assets/index-a1.js"></script>\n  </head>\n  <body></body>\n</html>\n';

const screens: ScreenFiles[] = [
  { path: '/cycles/:id', scripts: ['/assets/CyclePage-c1.js'], styles: [] },
  {
    path: '/cycles/new',
    scripts: ['/assets/NewCyclePage-n1.js', '/assets/CycleForm-f1.js'],
    styles: ['/assets/planning-p1.css'],
  },
  { path: '/map', scripts: ['/assets/MapEditorPage-m1.js'], styles: [] },
  { path: '/framework/:stage/self-check', scripts: ['/assets/SelfCheckPage-s1.js'], styles: [] },
];

const text = (pages: AppPages, url: string) => pages.pageFor(url).bytes.toString();

describe('the app page for each address', () => {
  it("names the screen's scripts and stylesheets in the head, before the entry runs", () => {
    const html = withScreenFiles(indexHtml, screens[1] ?? { scripts: [], styles: [] });
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/NewCyclePage-n1.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/CycleForm-f1.js">');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/planning-p1.css">');
    expect(html.indexOf('planning-p1.css')).toBeLessThan(html.indexOf('</head>'));
    expect(withScreenFiles(indexHtml, { scripts: [], styles: [] })).toBe(indexHtml);
  });

  it('matches addresses as the router ranks them: a fixed segment before a parameter', () => {
    const pages = new AppPages(indexHtml, screens);
    expect(text(pages, '/cycles/new')).toContain('NewCyclePage-n1.js');
    expect(text(pages, '/cycles/new')).not.toContain('CyclePage-c1.js');
    expect(text(pages, '/cycles/5f0c1c52-8a47-4f7e-9d43-3d5e6c1a2b3c')).toContain('CyclePage-c1.js');
    expect(text(pages, '/map/?from=menu')).toContain('MapEditorPage-m1.js');
    expect(text(pages, '/framework/scale/self-check')).toContain('SelfCheckPage-s1.js');
  });

  it('answers an address of no screen with index.html as it is', () => {
    const pages = new AppPages(indexHtml, screens);
    for (const url of ['/no-such-screen', '/map/one-page', '/cycles/a/b', '/cycles']) expect(text(pages, url)).toBe(indexHtml);
  });

  it('keeps one tag and every encoding per page', () => {
    const pages = new AppPages(indexHtml, screens);
    const map = pages.pageFor('/map');
    expect(map.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(map.etag).not.toBe(pages.pageFor('/cycles/new').etag);
    expect(Object.keys(map.encoded).sort()).toEqual(['br', 'gzip']);
  });

  it("reads a build's list of screens, and refuses one that names files outside its assets", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'growthmap-app-pages-'));
    try {
      writeFileSync(path.join(dir, 'index.html'), indexHtml);
      expect(text(AppPages.fromBuild(dir), '/map')).toBe(indexHtml);
      writeFileSync(path.join(dir, SCREEN_FILES), JSON.stringify(screens));
      expect(text(AppPages.fromBuild(dir), '/map')).toContain('MapEditorPage-m1.js');
      const hostile = [{ path: '/map', scripts: ['/assets/x.js"><script>alert(1)</script>'], styles: [] }];
      writeFileSync(path.join(dir, SCREEN_FILES), JSON.stringify(hostile));
      expect(() => AppPages.fromBuild(dir)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
