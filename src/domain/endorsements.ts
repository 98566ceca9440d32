import type { Level } from '../schemas/common.js';

export type RequestStatus = 'open' | 'answered' | 'expired' | 'withdrawn';

/** Withdrawn wins over answered, answered over expired: what the owner did last, then what the endorser did. */
export function requestStatus(
  request: { answeredAt: string | null; withdrawnAt: string | null; expiresAt: string },
  now: string,
): RequestStatus {
  if (request.withdrawnAt) return 'withdrawn';
  if (request.answeredAt) return 'answered';
  return request.expiresAt <= now ? 'expired' : 'open';
}

export interface SheetQuote {
  quote: string;
  name: string | null;
  relationship: string | null;
  level: Level | null;
}

export interface SheetGroup {
  skillId: string | null;
  skillName: string;
  quotes: SheetQuote[];
}

export interface ApprovedEndorsement {
  quote: string;
  endorserName: string;
  showName: boolean;
  relationship: string | null;
  observations: { skillId: string; level: Level }[];
}

/**
 * The endorsement sheet: each approved quote under every skill it observed (skills still on the
 * map, in their names' order), the rest under "General"; the endorser's name only when allowed.
 */
export function groupSheet(endorsements: readonly ApprovedEndorsement[], skillNames: ReadonlyMap<string, string>): SheetGroup[] {
  const bySkill = new Map<string, SheetQuote[]>();
  const general: SheetQuote[] = [];
  for (const e of endorsements) {
    const base = { quote: e.quote, name: e.showName ? e.endorserName : null, relationship: e.relationship };
    const observed = e.observations.filter((o) => skillNames.has(o.skillId));
    if (observed.length === 0) general.push({ ...base, level: null });
    for (const o of observed) bySkill.set(o.skillId, [...(bySkill.get(o.skillId) ?? []), { ...base, level: o.level }]);
  }
  const groups: SheetGroup[] = [...bySkill].map(([skillId, quotes]) => ({
    skillId,
    skillName: skillNames.get(skillId) ?? '',
    quotes,
  }));
  groups.sort((a, b) => a.skillName.localeCompare(b.skillName) || (a.skillId ?? '').localeCompare(b.skillId ?? ''));
  if (general.length > 0) groups.push({ skillId: null, skillName: 'General', quotes: general });
  return groups;
}
