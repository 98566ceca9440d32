import type { Category, Level } from '../schemas/common.js';
import type { Consent, Heatmap, HeatmapSkill, PairingSuggestion, ThinSpot } from '../schemas/teams.js';
import { addDays } from './cycles.js';
import { partnerKey } from './feedbackSessions.js';
import { levelDefinitions } from './levels.js';

/** A member with an active membership, and what they consented to. */
export interface HeatmapMember {
  userId: string;
  name: string;
  consent: Consent;
}

/** One skill on one member's map, with the category of the destination it sits under. */
export interface MemberSkill {
  userId: string;
  name: string;
  current: Level;
  target: Level;
  category: Category;
}

/** A pairing feedback session one member recorded, with the partner as they typed it. */
export interface PairingRecord {
  userId: string;
  partner: string;
  date: string;
}

export interface HeatmapInput {
  members: readonly HeatmapMember[];
  skills: readonly MemberSkill[];
  pairings: readonly PairingRecord[];
  category: Category | null;
  today: string;
  /** Pairing sessions older than this many weeks do not count as "recently paired". */
  staleWeeks: number;
}

/** Suggestions per skill: enough to act on this quarter, not a list nobody reads. */
export const PAIRINGS_PER_SKILL = 3;

/** Skills match by name, case and surrounding spaces aside ("Tracing", "tracing "). */
export const skillKey = (name: string): string => name.trim().toLocaleLowerCase('en');

/** Names sort as people read them; one collator is far cheaper than localeCompare on every comparison. */
const collator = new Intl.Collator('en');

/** The levels' order as a lookup: it runs for every skill row of every member. */
const rank: Record<Level, number> = { novice: 0, practitioner: 1, expert: 2 };
const levelRank = (level: Level): number => rank[level];

const higher = (a: Level | undefined, b: Level): Level => (a === undefined || rank[b] > rank[a] ? b : a);

interface SkillColumn {
  spellings: Map<string, number>;
  levels: Map<string, Level>;
  targets: Map<string, Level>;
}

/** The spelling most members use; ties go to the alphabetically first, so the answer is stable. */
function displayName(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Skills × members. Every consent level allows skills and levels; the category filter reads a
 * destination's category, which is goal data, so it counts only members who shared their goals.
 */
function collectSkills(input: HeatmapInput): Map<string, SkillColumn> {
  const memberOf = new Map(input.members.map((m) => [m.userId, m]));
  const columns = new Map<string, SkillColumn>();
  // A thousand people share a few dozen spellings: each is lowercased once.
  const keys = new Map<string, string>();
  for (const skill of input.skills) {
    const member = memberOf.get(skill.userId);
    if (member === undefined) continue;
    if (input.category !== null && (member.consent === 'levels' || skill.category !== input.category)) continue;
    // The member's own id string, not the row's copy: a thousand keys made property names once, not thirty times.
    const userId = member.userId;
    let key = keys.get(skill.name);
    if (key === undefined) {
      key = skillKey(skill.name);
      keys.set(skill.name, key);
    }
    let column = columns.get(key);
    if (!column) {
      column = { spellings: new Map(), levels: new Map(), targets: new Map() };
      columns.set(key, column);
    }
    const spelling = skill.name.trim();
    column.spellings.set(spelling, (column.spellings.get(spelling) ?? 0) + 1);
    column.levels.set(userId, higher(column.levels.get(userId), skill.current));
    column.targets.set(userId, higher(column.targets.get(userId), skill.target));
  }
  return columns;
}

/** A skill's column while it is computed: maps, which stay fast for a thousand members. */
interface Column {
  name: string;
  levels: ReadonlyMap<string, Level>;
  /** Only the members whose target is above where they are: targets versus current levels. */
  targets: ReadonlyMap<string, Level>;
}

function toColumn(column: SkillColumn): Column {
  const targets = new Map<string, Level>();
  for (const [userId, current] of column.levels) {
    const target = column.targets.get(userId);
    if (target !== undefined && levelRank(target) > levelRank(current)) targets.set(userId, target);
  }
  return { name: displayName(column.spellings), levels: column.levels, targets };
}

/** A record keyed by member id, built without a prototype: V8 fills a thousand such keys about three times faster. */
function recordOf(entries: ReadonlyMap<string, Level>): Record<string, Level> {
  const record: Record<string, Level> = Object.create(null);
  for (const [userId, level] of entries) record[userId] = level;
  return record;
}

const toSkill = (column: Column): HeatmapSkill => ({
  name: column.name,
  levels: recordOf(column.levels),
  targets: recordOf(column.targets),
  belowTarget: column.targets.size,
});

const people = (n: number) => (n === 1 ? '1 person is' : `${n} people are`);

/** Growth-map guide, team view: where the team has no one to lean on, or only one. */
function thinSpotsOf(columns: readonly Column[], nameOf: (userId: string) => string): ThinSpot[] {
  const spots: ThinSpot[] = [];
  for (const column of columns) {
    const experts: string[] = [];
    let practitioners = 0;
    for (const [userId, level] of column.levels) {
      if (level === 'expert') experts.push(userId);
      else if (level === 'practitioner') practitioners++;
    }
    const [only] = experts;
    if (experts.length === 0 && practitioners === 0) {
      spots.push({
        skill: column.name,
        kind: 'no-practitioner',
        reason: `No one is at Practitioner or Expert in ${column.name}: ${people(column.levels.size)} at Novice, so nobody can do it without guidance.`,
      });
    } else if (experts.length === 1 && only !== undefined) {
      spots.push({
        skill: column.name,
        kind: 'bus-factor',
        reason: `Only ${nameOf(only)} is at Expert in ${column.name}: when they are away, no one else can design it or teach it.`,
      });
    }
  }
  return spots;
}

/** The last pairing session between two members, as either of them recorded it. */
function pairingHistory(input: HeatmapInput): (a: HeatmapMember, b: HeatmapMember) => string | null {
  const since = addDays(input.today, -input.staleWeeks * 7);
  const last = new Map<string, string>();
  for (const record of input.pairings) {
    if (record.date < since || record.date > input.today) continue;
    const key = `${record.userId}\u0000${partnerKey(record.partner)}`;
    const seen = last.get(key);
    if (seen === undefined || record.date > seen) last.set(key, record.date);
  }
  return (a, b) => {
    const one = last.get(`${a.userId}\u0000${partnerKey(b.name)}`) ?? null;
    const other = last.get(`${b.userId}\u0000${partnerKey(a.name)}`) ?? null;
    return one === null || (other !== null && other > one) ? other : one;
  };
}

/** A member in a skill's column with what they sort by: `place` is their place by name. */
interface Ranked {
  member: HeatmapMember;
  place: number;
  key: number;
}

/**
 * Growth-map guide, section 7 (rotate pairing partners and domains): an Expert with a Novice on
 * the same skill. Novices who aim higher come first; each Expert teaches one Novice per skill, and
 * those with fewer suggestions so far come first, so the teaching spreads across people and
 * skills; pairs who paired within the staleness window come last.
 */
function pairingsOf(input: HeatmapInput, columns: readonly Column[], order: ReadonlyMap<string, number>): PairingSuggestion[] {
  const members = new Map(input.members.map((m) => [m.userId, m]));
  const lastPaired = pairingHistory(input);
  const load = new Map<string, number>();
  const suggestions: PairingSuggestion[] = [];
  for (const skill of columns) {
    // One pass over the column, each member's sort keys looked up once, not on every comparison.
    const novices: Ranked[] = [];
    const experts: Ranked[] = [];
    for (const [userId, level] of skill.levels) {
      const member = level === 'practitioner' ? undefined : members.get(userId);
      if (member === undefined) continue;
      const place = order.get(userId) ?? 0;
      if (level === 'novice') {
        const target = skill.targets.get(userId);
        novices.push({ member, place, key: target === undefined ? 0 : levelRank(target) });
      } else experts.push({ member, place, key: load.get(userId) ?? 0 });
    }
    // Novices who aim higher first; Experts with fewer suggestions so far first; then by name.
    novices.sort((a, b) => b.key - a.key || a.place - b.place);
    experts.sort((a, b) => a.key - b.key || a.place - b.place);
    for (const { member: novice } of novices.slice(0, PAIRINGS_PER_SKILL)) {
      const fresh = experts.findIndex(({ member }) => lastPaired(member, novice) === null);
      const expert = experts.splice(fresh === -1 ? 0 : fresh, 1)[0]?.member;
      if (!expert) break;
      load.set(expert.userId, (load.get(expert.userId) ?? 0) + 1);
      const last = lastPaired(expert, novice);
      const target = skill.targets.get(novice.userId);
      const aims = target && target !== 'novice' ? `, who aims for ${levelDefinitions[target].label}` : '';
      suggestions.push({
        skill: skill.name,
        expert: expert.userId,
        novice: novice.userId,
        lastPaired: last,
        reason:
          `${expert.name} is at Expert and ${novice.name} at Novice in ${skill.name}${aims}; ` +
          (last === null
            ? `they have not paired in the last ${input.staleWeeks} weeks.`
            : `they last paired on ${last}, but no other Expert is free for this.`),
      });
    }
  }
  return suggestions;
}

/** Members by name (then id, so equal names keep one order): each member's place. */
function sortByName(members: readonly HeatmapMember[]): HeatmapMember[] {
  return [...members].sort(
    (a, b) => collator.compare(a.name, b.name) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
}

const skillCollator = new Intl.Collator('en', { sensitivity: 'base' });

/** The team's skills heatmap: only active members, only what their consent allows. */
export function buildHeatmap(input: HeatmapInput): Heatmap {
  const members = sortByName(input.members);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const order = new Map(members.map((m, i) => [m.userId, i]));
  const columns = [...collectSkills(input).values()]
    .map(toColumn)
    .sort((a, b) => skillCollator.compare(a.name, b.name) || collator.compare(a.name, b.name));
  return {
    members: members.map(({ userId, name }) => ({ userId, name })),
    skills: columns.map(toSkill),
    thinSpots: thinSpotsOf(columns, (userId) => names.get(userId) ?? 'one person'),
    pairings: pairingsOf(input, columns, order),
    category: input.category,
  };
}

/** A cell a spreadsheet would run as a formula starts with one of these: it is quoted as text. */
const FORMULA_START = /^[=+\-@]/;

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The heatmap as CSV: a row per skill, a column per member, then how many are below target and any thin spot. */
export function heatmapCsv(heatmap: Heatmap): string {
  const spots = new Map(heatmap.thinSpots.map((spot) => [spot.skill, spot.reason]));
  const rows = [
    ['Skill', ...heatmap.members.map((m) => m.name), 'Below target', 'Thin spot'],
    ...heatmap.skills.map((skill) => [
      skill.name,
      ...heatmap.members.map((m) => {
        const level = skill.levels[m.userId];
        return level ? levelDefinitions[level].label : '';
      }),
      String(skill.belowTarget),
      spots.get(skill.name) ?? '',
    ]),
  ];
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
