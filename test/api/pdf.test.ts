import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, type Caller, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

const folder = mkdtempSync(path.join(tmpdir(), 'growthmap-pdf-'));
let files = 0;

/** The answer's bytes in a file, for Debian's poppler-utils to read. */
function saved(bytes: Uint8Array): string {
  const file = path.join(folder, `${++files}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

function info(bytes: Uint8Array): { pages: number; size: string } {
  const text = execFileSync('pdfinfo', [saved(bytes)], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(text)?.[1]), size: /^Page size:\s+(.*)$/m.exec(text)?.[1] ?? '' };
}

/** The text with every run of white space as one space: a name may wrap at a column's edge. */
const textOf = (bytes: Uint8Array): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', saved(bytes), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/**
 * Every name is in the text, compared without white space and hyphens: a name may wrap at a
 * column's edge, and pdftotext joins a word broken after its hyphen without the hyphen.
 */
function expectAll(text: string, names: readonly string[]): void {
  const plain = (words: string) => words.replace(/[\s-]+/g, '');
  for (const name of names) expect(plain(text), name).toContain(plain(name));
}

const fonts = (bytes: Uint8Array): string => execFileSync('pdffonts', [saved(bytes)], { encoding: 'utf8' });

const cyrillic = 'Распределённые системы';
const greek = 'Κατανεμημένα συστήματα';

describe.each(engines)('documents over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let bob: Caller;

  async function named(who: Caller, changes: { name?: string; timeZone?: string }) {
    const { user } = await who.call('GET /api/v1/me');
    await who.call('PATCH /api/v1/me', { body: { version: user.version, ...changes } });
  }

  const onePage = (who: Caller, paper?: 'a4' | 'letter') =>
    who.call('GET /api/v1/map/one-page.pdf', { query: paper ? { paper } : {} });

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    ada = await api.admin();
    bob = await api.member('Bob');
    await named(ada, { name: 'Ада Лавлейс', timeZone: 'Europe/Berlin' });
    const titles = [
      'Build a fault-tolerant microservice by Q3 2026',
      'Κατανεμημένα συστήματα στην παραγωγή',
      'Вести архитектурные обзоры',
    ];
    const skillsOf = [
      ['Distributed systems design', 'Observability', cyrillic],
      [greek, 'Release engineering'],
      ['Design reviews', 'Mentoring'],
    ];
    let firstSkill = '';
    let firstDestination = '';
    for (const [index, title] of titles.entries()) {
      const destination = await ada.call('POST /api/v1/destinations', {
        body: { title, category: 'technical-specialization', measure: '99.95% uptime over a quarter', targetDate: '2026-09-30' },
      });
      firstDestination ||= destination.id;
      for (const name of skillsOf[index] ?? []) {
        const skill = await ada.call('POST /api/v1/destinations/{id}/skills', {
          params: { id: destination.id },
          body: { name, currentLevel: 'novice', targetLevel: 'practitioner' },
        });
        firstSkill ||= skill.id;
      }
    }
    const cycle = await ada.call('POST /api/v1/cycles', {
      body: { destinationIds: [firstDestination], goal: 'Ship the retry budget', lengthWeeks: 6, modes: ['reading', 'hands-on'] },
    });
    for (const week of [1, 2]) {
      await ada.call('POST /api/v1/cycles/{id}/entries', {
        params: { id: cycle.id },
        body: { week, text: `Week ${week} work on retries` },
      });
    }
    await ada.call('POST /api/v1/artifacts', {
      body: {
        title: 'Retry budget design doc',
        kind: 'design-doc',
        outcome: 'Fewer cascading failures',
        metric: { name: 'MTTR', before: 45, after: 12, unit: 'minutes' },
        skills: [{ skillId: firstSkill, level: 'practitioner' }],
      },
    });
  });
  afterAll(() => api.close());

  it('prints the one-page map on one A4 page with every destination and skill, Cyrillic and Greek included', async () => {
    const answer = await ada.request('GET', '/api/v1/map/one-page.pdf');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="growth-map.pdf"');
    const bytes = await onePage(ada);
    expect(info(bytes)).toEqual({ pages: 1, size: expect.stringMatching(/^595\.28 x 841\.89 pts \(A4\)/) });
    expectAll(textOf(bytes), [
      'Growth Map for Ада Лавлейс',
      'Build a fault-tolerant microservice by Q3 2026',
      'Κατανεμημένα συστήματα στην παραγωγή',
      'Вести архитектурные обзоры',
      'Distributed systems design',
      'Observability',
      cyrillic,
      greek,
      'Release engineering',
      'Design reviews',
      'Mentoring',
      'Ship the retry budget',
      'Week 2: Week 2 work on retries',
      'Retry budget design doc',
      'MTTR: 45 → 12 minutes',
    ]);
    expect(fonts(bytes)).toMatch(/DejaVuSansCondensed\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('prints on Letter where the time zone says so, and as asked', async () => {
    await named(ada, { timeZone: 'America/New_York' });
    expect(info(await onePage(ada)).size).toMatch(/^612 x 792 pts \(letter\)/);
    expect(info(await onePage(ada, 'a4')).size).toMatch(/\(A4\)/);
    await named(ada, { timeZone: 'Europe/Berlin' });
    expect(info(await onePage(ada, 'letter')).size).toMatch(/\(letter\)/);
  });

  it('keeps a crowded map on one page and says what it left out', async () => {
    const crowded = await api.member('Crowded');
    for (let d = 0; d < 8; d++) {
      const destination = await crowded.call('POST /api/v1/destinations', {
        body: {
          title: `Destination number ${d} with a long title that wraps over two lines at least`,
          category: 'leadership-impact',
        },
      });
      for (let s = 0; s < 12; s++) {
        await crowded.call('POST /api/v1/destinations/{id}/skills', {
          params: { id: destination.id },
          body: { name: `Skill ${d}.${s} with quite a long name`, currentLevel: 'novice', targetLevel: 'expert' },
        });
      }
      if (d === 0) {
        const cycle = await crowded.call('POST /api/v1/cycles', {
          body: { destinationIds: [destination.id], goal: 'A'.repeat(900), lengthWeeks: 6 },
        });
        for (let e = 0; e < 12; e++) {
          await crowded.call('POST /api/v1/cycles/{id}/entries', {
            params: { id: cycle.id },
            body: { week: (e % 6) + 1, text: `Entry ${e} ${'with many words '.repeat(30)}` },
          });
        }
      }
    }
    for (let a = 0; a < 20; a++) {
      await crowded.call('POST /api/v1/artifacts', {
        body: { title: `Artifact ${a} ${'word '.repeat(50)}`, outcome: 'x'.repeat(400) },
      });
    }
    const bytes = await onePage(crowded);
    expect(info(bytes).pages).toBe(1);
    const text = textOf(bytes);
    expect(text).toContain('Growth Map for Crowded');
    expect(text).toMatch(/and \d+ more skills/);
    expect(text).toMatch(/and \d+ more artifacts/);
    expect(text).toMatch(/and \d+ more (entries|active destinations)/);
  });

  it('prints the portfolio, the endorsement sheet and the talking points', async () => {
    const artifacts = await ada.call('GET /api/v1/artifacts', { query: {} });
    const { version } = await ada.call('GET /api/v1/portfolio');
    await ada.call('PUT /api/v1/portfolio', { body: { artifactIds: artifacts.map((a) => a.id), version } });
    const portfolio = await ada.call('GET /api/v1/portfolio.pdf', { query: {} });
    expect(textOf(portfolio)).toContain('Portfolio of Impact: Ада Лавлейс');
    expect(textOf(portfolio)).toContain('Retry budget design doc');
    expect(textOf(portfolio)).toContain('Distributed systems design (Practitioner)');

    const [skill] = (await ada.call('GET /api/v1/map')).destinations.flatMap((d) => d.skills);
    const asked = await ada.call('POST /api/v1/endorsement-requests', {
      body: { name: 'Γιώργος', skillIds: [skill?.id ?? ''] },
    });
    await api.caller('10.8.0.1').call('POST /api/v1/endorse/{token}', {
      params: { token: asked.url.split('/endorse/')[1] ?? '' },
      body: {
        quote: 'Спокойна под давлением, ясна в дизайне.',
        showName: true,
        observations: [{ skillId: skill?.id ?? '', level: 'practitioner' }],
      },
    });
    const [endorsement] = await ada.call('GET /api/v1/endorsements');
    await ada.call('PATCH /api/v1/endorsements/{id}', {
      params: { id: endorsement?.id ?? '' },
      body: { version: endorsement?.version ?? 0, status: 'approved' },
    });
    const sheet = textOf(await ada.call('GET /api/v1/endorsements/sheet.pdf', { query: {} }));
    expectAll(sheet, [
      'Endorsements for Ада Лавлейс',
      skill?.name ?? '',
      '“Спокойна под давлением, ясна в дизайне.”',
      '— Γιώργος',
    ]);
    expect(sheet).toContain('observed Practitioner');

    const computed = await ada.call('GET /api/v1/talking-points.pdf', { query: {} });
    expect(textOf(computed)).toContain('Cut MTTR from 45 to 12 minutes');
    const draft = await ada.call('GET /api/v1/talking-points/draft');
    await ada.call('PUT /api/v1/talking-points/draft', {
      body: { version: draft.version, markdown: `## Outcomes\n\n- ${greek} shipped\n- ${cyrillic}\n` },
    });
    const edited = textOf(await ada.call('GET /api/v1/talking-points.pdf', { query: {} }));
    expect(edited).toContain(`${greek} shipped`);
    expect(edited).not.toContain('Cut MTTR');
  });

  it('writes the portfolio as one self-contained web page with no script and nothing loaded from elsewhere', async () => {
    const answer = await ada.request('GET', '/api/v1/portfolio.html');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="portfolio.html"');
    expect(answer.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; .*sandbox$/);
    const page: string = answer.body;
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('Portfolio of Impact: Ада Лавлейс');
    expect(page).toContain('Retry budget design doc');
    expect(page).not.toMatch(/<script|<link|<iframe|<img|src=|url\(|@import/i);
    // The only addresses are the artifacts' own links, which a reader follows; none is loaded.
    const addresses = page.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
    const linked = [...page.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(addresses.every((address) => linked.includes(address))).toBe(true);
    // The approved endorsements only when asked, as a share does.
    expect(page).not.toContain('Спокойна под давлением');
    const withQuotes = await ada.call('GET /api/v1/portfolio.html', { query: { endorsements: 'true' } });
    expect(withQuotes).toContain('Спокойна под давлением');
    expect(withQuotes).not.toMatch(/<script/i);
  });

  it('shows each person only their own documents', async () => {
    const text = textOf(await onePage(bob));
    expect(text).toContain('Growth Map for Bob');
    expect(text).not.toContain('Observability');
    expect(await bob.call('GET /api/v1/portfolio.html', { query: {} })).not.toContain('Retry budget');
  });
});
