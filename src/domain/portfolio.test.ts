import { describe, expect, it } from 'vitest';
import { type PortfolioCandidate, portfolioNoticeFor, shareExpiry, shareStatusAt, suggestArtifacts } from './portfolio.js';

const metric = (before: number | null, after: number | null) => ({
  name: 'MTTR',
  before,
  after,
  unit: 'minutes',
  measuredOn: null,
  sourceUrl: null,
});

const candidate = (id: string, extra: Partial<PortfolioCandidate> = {}): PortfolioCandidate => ({
  id,
  title: `Artifact ${id}`,
  date: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  outcome: null,
  metric: null,
  ...extra,
});

describe('suggestArtifacts', () => {
  it('leaves out the chosen ones and ranks the rest by outcome strength, then newest first', () => {
    const suggestions = suggestArtifacts(
      [
        candidate('a'),
        candidate('b', { outcome: 'Every checkout is traced', date: '2026-01-10' }),
        candidate('c', { metric: metric(45, 12) }),
        candidate('d', { outcome: 'Runbook adopted', date: '2026-02-10' }),
        candidate('e', { metric: metric(1, 2) }),
      ],
      new Set(['e']),
    );
    expect(suggestions.map((s) => [s.artifactId, s.strength])).toEqual([
      ['c', 'metric'],
      ['d', 'outcome'],
      ['b', 'outcome'],
      ['a', 'none'],
    ]);
  });

  it('gives each suggestion its reason in words', () => {
    const [measured, stated, bare] = suggestArtifacts(
      [candidate('a'), candidate('b', { outcome: 'Every checkout is traced' }), candidate('c', { metric: metric(45, 12) })],
      new Set(),
    );
    expect(measured?.reason).toBe('Shows a measured change: MTTR 45 → 12 minutes.');
    expect(stated?.reason).toBe('Says what changed: “Every checkout is traced”.');
    expect(bare?.reason).toMatch(/^No outcome yet/);
    const [ended] = suggestArtifacts([candidate('d', { outcome: 'On-call follows one runbook.' })], new Set());
    expect(ended?.reason).toBe('Says what changed: “On-call follows one runbook.”');
  });

  it('is the same whatever order the artifacts come in', () => {
    const all = [candidate('a'), candidate('b'), candidate('c', { outcome: 'x' })];
    expect(suggestArtifacts([...all].reverse(), new Set())).toEqual(suggestArtifacts(all, new Set()));
  });
});

describe('portfolioNoticeFor', () => {
  it('notices fewer than 3 and more than 5, and is quiet from 3 to 5', () => {
    expect(portfolioNoticeFor(0)?.message).toBe(
      'Your portfolio has no artifacts. The guide suggests 3–5 concrete artifacts tied to outcomes.',
    );
    expect(portfolioNoticeFor(1)?.message).toMatch(/^Your portfolio has one artifact\./);
    expect(portfolioNoticeFor(2)?.code).toBe('too-few-artifacts');
    expect([3, 4, 5].map(portfolioNoticeFor)).toEqual([null, null, null]);
    expect(portfolioNoticeFor(6)).toEqual({
      code: 'too-many-artifacts',
      message: 'Your portfolio has 6 artifacts. The guide suggests 3–5, so the strongest get read.',
    });
  });
});

describe('shareExpiry', () => {
  const now = new Date('2026-03-02T09:00:00.000Z');

  it('defaults to 30 days', () => {
    expect(shareExpiry(undefined, now)).toEqual({ ok: true, expiresAt: '2026-04-01T09:00:00.000Z' });
  });

  it('takes a pick after now and up to a year on, and refuses the past and beyond a year', () => {
    expect(shareExpiry('2027-03-02T09:00:00.000Z', now)).toEqual({ ok: true, expiresAt: '2027-03-02T09:00:00.000Z' });
    expect(shareExpiry('2027-03-02T09:00:00.001Z', now)).toEqual({ ok: false, reason: 'Pick a time at most a year from now.' });
    expect(shareExpiry('2026-03-02T09:00:00.000Z', now)).toEqual({ ok: false, reason: 'Pick a time in the future.' });
  });
});

describe('shareStatusAt', () => {
  const now = new Date('2026-03-02T09:00:00.000Z');
  it('is revoked once revoked, expired from its expiry on, active before', () => {
    expect(shareStatusAt({ expiresAt: '2026-03-02T09:00:00.001Z', revokedAt: null }, now)).toBe('active');
    expect(shareStatusAt({ expiresAt: '2026-03-02T09:00:00.000Z', revokedAt: null }, now)).toBe('expired');
    expect(shareStatusAt({ expiresAt: '2026-01-01T00:00:00.000Z', revokedAt: '2025-12-01T00:00:00.000Z' }, now)).toBe('revoked');
  });
});
