import type { Metric } from '../schemas/artifacts.js';
import { byOutcomeStrength, metricChange, rateOutcome } from './outcomes.js';
import type { OutcomeStrength, PortfolioNotice, PortfolioSuggestion, ShareStatus } from '../schemas/portfolio.js';

/** What the portfolio rules read of an artifact. */
export interface PortfolioCandidate {
  id: string;
  title: string;
  date: string | null;
  createdAt: string;
  outcome: string | null;
  metric: Metric | null;
}

function reasonFor(candidate: PortfolioCandidate, strength: OutcomeStrength): string {
  if (strength === 'metric' && candidate.metric) {
    return `Shows a measured change: ${candidate.metric.name} ${metricChange(candidate.metric)}.`;
  }
  if (strength === 'outcome') {
    // The sentence's own full stop ends the reason too: “… one runbook.” rather than “… one runbook.”.
    const stop = /[.!?]$/.test(candidate.outcome ?? '') ? '' : '.';
    return `Says what changed: “${candidate.outcome}”${stop}`;
  }
  return 'No outcome yet: add what changed, ideally with a before and after number.';
}

/** The owner's artifacts not yet in the portfolio, strongest outcome first, then newest, each with why. */
export function suggestArtifacts(
  candidates: readonly PortfolioCandidate[],
  chosenIds: ReadonlySet<string>,
): PortfolioSuggestion[] {
  return candidates
    .filter((candidate) => !chosenIds.has(candidate.id))
    .sort((a, b) => byOutcomeStrength(a, b) || b.id.localeCompare(a.id))
    .map((candidate) => ({ candidate, strength: rateOutcome(candidate) }))
    .map(({ candidate, strength }) => ({
      artifactId: candidate.id,
      title: candidate.title,
      strength,
      reason: reasonFor(candidate, strength),
    }));
}

/** "A Portfolio of Impact: 3-5 concrete artifacts tied to outcomes" (growth-map guide, section 4): a notice, never a rule. */
export function portfolioNoticeFor(count: number): PortfolioNotice | null {
  if (count < 3) {
    const has = count === 0 ? 'no artifacts' : count === 1 ? 'one artifact' : `${count} artifacts`;
    return {
      code: 'too-few-artifacts',
      message: `Your portfolio has ${has}. The guide suggests 3–5 concrete artifacts tied to outcomes.`,
    };
  }
  if (count > 5) {
    return {
      code: 'too-many-artifacts',
      message: `Your portfolio has ${count} artifacts. The guide suggests 3–5, so the strongest get read.`,
    };
  }
  return null;
}

const DAY = 24 * 60 * 60 * 1000;

/** A share lasts 30 days unless the owner picks otherwise. */
export const defaultShareDays = 30;

/** The latest a share may last: the same instant a year on (a leap day goes to 1 March). */
export function latestShareExpiry(now: Date): Date {
  const latest = new Date(now.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + 1);
  return latest;
}

/** When a new share expires: the default, or the owner's pick when it is after now and within a year. */
export function shareExpiry(
  requested: string | undefined,
  now: Date,
): { ok: true; expiresAt: string } | { ok: false; reason: string } {
  if (requested === undefined) return { ok: true, expiresAt: new Date(now.getTime() + defaultShareDays * DAY).toISOString() };
  const at = Date.parse(requested);
  if (at <= now.getTime()) return { ok: false, reason: 'Pick a time in the future.' };
  if (at > latestShareExpiry(now).getTime()) return { ok: false, reason: 'Pick a time at most a year from now.' };
  return { ok: true, expiresAt: new Date(at).toISOString() };
}

/** Revoked wins over expired: the owner's act is what they remember. */
export function shareStatusAt(share: { expiresAt: string; revokedAt: string | null }, now: Date): ShareStatus {
  if (share.revokedAt !== null) return 'revoked';
  return Date.parse(share.expiresAt) <= now.getTime() ? 'expired' : 'active';
}
