import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.js';
import { pageClient } from './support/client.js';
import { type RunningServer, startServer } from './support/server.js';

const password = 'a long and unusual passphrase';
const DAY = 86_400_000;
const daysFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

/** The most the issue asks to fit: three destinations of three skills, a six-week plan and five log entries. */
const destinations = [
  {
    title: 'Design and implement a fault-tolerant payments service with end-to-end tracing in production',
    category: 'technical-specialization',
    measure: 'p99 checkout latency from 1.8 s to under 400 ms, and zero lost payments over two quarters',
    businessImpact: 'Fewer abandoned checkouts and no refund incidents, so revenue per visit grows and support load drops.',
    skills: ['Distributed systems design', 'Observability and tracing', 'Resilience patterns'],
  },
  {
    title: 'Lead a cross-functional project with product, design and security, delivering three measurable improvements',
    category: 'leadership-impact',
    measure: 'Three shipped improvements, each with a before and after metric agreed with product',
    businessImpact: 'Decisions land faster and security findings are fixed before release rather than after it.',
    skills: ['Stakeholder communication', 'Technical planning', 'Mentoring'],
  },
  {
    title: 'Publish a technical article series and deliver two internal talks per quarter on observability',
    category: 'personal-reputation',
    measure: 'Four articles published and eight talks given, with at least 30 attendees on average',
    businessImpact: 'More engineers debug with traces, so incidents end sooner and fewer escalate to the on-call lead.',
    skills: ['Technical writing', 'Public speaking', 'Teaching by example'],
  },
] as const;

const entries = [
  'Read the first two chapters on distributed tracing and wrote notes on span naming for the checkout flow.',
  'Added tracing to the payment authorisation call and found a 600 ms wait on the fraud check behind a lock.',
  'Paired with the SRE on alerting: agreed on burn-rate alerts for checkout latency instead of raw thresholds.',
  'Drafted the first article of the series on the tracing rollout, with two diagrams of the span tree.',
  'Gave a dry run of the observability talk to the team; the feedback asked for a live demo of a trace.',
];

/** Three artifacts that fit, strongest outcome first; a fourth without an outcome is left to "and 1 more". */
const artifacts = [
  {
    title: 'Payments tracing design doc',
    kind: 'design-doc',
    outcome: 'Every checkout request is traced end to end, so the slow fraud check was found in a day.',
    metric: { name: 'p99 checkout latency', before: 1800, after: 380, unit: 'ms' },
  },
  {
    title: 'Talk: what a trace tells you that a log cannot',
    kind: 'presentation',
    outcome: 'Three teams asked for help adding tracing to their services the week after.',
  },
  { title: 'Decision record: burn-rate alerts for checkout', kind: 'decision-record', date: daysFromToday(-3) },
] as const;
const unprinted = { title: 'Span naming notes for the checkout flow', kind: 'writing', date: daysFromToday(-20) } as const;

/** Letters and digits only: the PDF's text breaks lines and hyphens where the layout does. */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
  if (!pages) throw new Error(`pdfinfo gave no page count:\n${info}`);
  return Number(pages);
}

/**
 * The one-page map printed to PDF in Chromium, on A4 and on Letter, with the most the issue
 * asks to fit, and four artifacts of which three print: one page each, and everything on it
 * (the text is read back with pdftotext).
 */
describe('the one-page map prints on one page', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'growthmap-print-'));

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ timezoneId: 'UTC' });
    page = await context.newPage();
    const api = pageClient(page, () => server.url);
    await page.goto(`${server.url}/setup`);
    await api('POST /api/v1/setup', { body: { email: 'kai@example.test', name: 'Kai', password, timeZone: 'UTC' } });
    const map = await api('GET /api/v1/map');
    await api('PATCH /api/v1/map', {
      body: {
        version: map.version,
        role: 'Senior backend engineer',
        techStack: ['TypeScript', 'PostgreSQL', 'Kubernetes', 'OpenTelemetry', 'Kafka'],
        systemStage: 'go-to-market',
      },
    });
    const ids: string[] = [];
    for (const [index, { skills, ...destination }] of destinations.entries()) {
      const created = await api('POST /api/v1/destinations', {
        body: { ...destination, targetDate: daysFromToday(200 + 60 * index) },
      });
      ids.push(created.id);
      for (const [n, name] of skills.entries()) {
        await api('POST /api/v1/destinations/{id}/skills', {
          params: { id: created.id },
          body: { name, currentLevel: n === 0 ? 'practitioner' : 'novice', targetLevel: 'expert' },
        });
      }
    }
    const cycle = await api('POST /api/v1/cycles', {
      body: {
        destinationIds: ids,
        goal: 'Trace the checkout flow end to end and show it in a talk',
        lengthWeeks: 6,
        startDate: daysFromToday(-14),
        modes: ['reading', 'hands-on', 'pairing', 'teaching'],
        backupProject: 'Write the tracing rollout up as an article',
      },
    });
    for (const [index, text] of entries.entries()) {
      await api('POST /api/v1/cycles/{id}/entries', {
        params: { id: cycle.id },
        body: {
          week: Math.min(index + 1, 3),
          text,
          evidence: [{ kind: 'link', url: `https://example.test/notes/${index + 1}` }],
        },
      });
    }
    const skills = (await api('GET /api/v1/map')).destinations.flatMap((d) => d.skills);
    for (const [index, artifact] of [...artifacts, unprinted].entries()) {
      const skill = skills[index];
      await api('POST /api/v1/artifacts', {
        body: { ...artifact, skills: skill ? [{ skillId: skill.id, level: 'practitioner' }] : [] },
      });
    }
    await page.goto(`${server.url}/map/one-page`);
    await page.getByText(entries[4] ?? '').waitFor();
    await page.waitForLoadState('networkidle');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (!process.env.KEEP_PRINT) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['A4', 'Letter'] as const)('on %s: one page with every destination, skill and log entry', async (format) => {
    const pdf = join(dir, `one-page-${format}.pdf`);
    writeFileSync(pdf, await page.pdf({ format, printBackground: true }));
    const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(pdfPages(pdf)).toBe(1);
    for (const destination of destinations) {
      for (const part of [destination.title, destination.measure, destination.businessImpact, ...destination.skills]) {
        expect(text).toContain(squash(part));
      }
    }
    // Each entry shows at least its first line.
    for (const entry of entries) expect(text).toContain(squash(entry.slice(0, 50)));
    for (const week of [1, 2, 3, 4, 5, 6]) expect(text).toContain(squash(`Week ${week}`));
    expect(text).toContain(squash('Trace the checkout flow end to end and show it in a talk'));
    // The artifacts, strongest outcome first, with their kind, metric and a skill they show; the rest counted.
    const artifactsPart = text.slice(text.indexOf(squash('Artifacts')));
    const at = artifacts.map((a) => artifactsPart.indexOf(squash(a.title)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain(squash('p99 checkout latency: 1,800 → 380 ms'));
    expect(text).toContain(squash('(Design doc)'));
    expect(text).toContain(squash('Shows Distributed systems design (Practitioner)'));
    expect(text).not.toContain(squash(unprinted.title));
    expect(text).toContain(squash('and 1 more on the Artifacts screen'));
  });
});
