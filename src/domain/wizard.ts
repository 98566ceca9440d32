/**
 * The tailored first Growth Map: the Growth Map guide's closing offer ("tailor a Growth Map using your current
 * role, tech stack, and goals … primary destinations and a rough 6-week cycle you prefer").
 *
 * Pure and deterministic: the same content, answers, self-check and `today` always give the same
 * draft (ties fall to content order; no randomness, no clock). Every part of the draft carries a
 * `why` in plain words naming its cause, so the user can judge each guess and edit it away.
 */
import type { ArtifactKind } from '../schemas/artifacts.js';
import type { Category, Level, SystemStage } from '../schemas/common.js';
import type { CatalogueSkill, Content, DestinationTemplate } from '../schemas/content.js';
import type { CycleWeek, LearningMode } from '../schemas/cycles.js';
import { defaultStartDate, planWeeks } from './cycles.js';
import { categoryLabels } from './labels.js';
import { levelDefinitions, levelRank, levels } from './levels.js';
import { addMonths } from './quarterly.js';
import { answeredPhrase, answersBySkill, answerValue, quote, stageName } from './selfCheck.js';
import type { SelfCheckResult, SkillSignal, Suggestion } from './selfCheck.js';
import { deadlineIn, MAX_MONTHS_AHEAD } from './smart.js';
import { planFirstCycle, suggestArtifacts } from './wizardCycle.js';
import { suggestFromContent } from './wizardSuggestions.js';

export interface WizardAnswers {
  role: string;
  techStack: string[];
  stage: SystemStage;
  /** 1 to 3, free text and/or destination templates. */
  goals: { text?: string; templateId?: string }[];
  lengthWeeks: 4 | 5 | 6;
  reviewWeeks: 1 | 2;
}
export interface DraftSkill {
  key: string;
  name: string;
  catalogueId: string | null;
  currentLevel: Level;
  targetLevel: Level;
  why: string;
}
export interface DraftDestination {
  key: string;
  title: string;
  category: Category;
  description: string | null;
  measure: string;
  targetDate: string;
  businessImpact: string;
  templateId: string | null;
  skills: DraftSkill[];
  why: string;
}
export interface DraftCycle {
  /** The mini-goal as a short title: it heads the cycle's page and links to it. */
  goal: string;
  /** How to turn it into a concrete mini-goal, shown under the title. */
  description: string;
  destinationKeys: string[];
  lengthWeeks: number;
  reviewWeeks: number;
  startDate: string;
  weeks: CycleWeek[];
  modes: LearningMode[];
  backupProject: string;
  why: string;
}
export interface Draft {
  destinations: DraftDestination[];
  cycle: DraftCycle;
  artifacts: { kind: ArtifactKind; title: string; why: string }[];
  practiceTasks: Suggestion[];
  readings: Suggestion[];
  starterProjects: Suggestion[];
}

/** A free-text goal has no measure yet: placeholders show what to fill (the SMART letters that read them fail until then). */
export const FREE_TEXT_MEASURE = '[metric] from [baseline] to [target]';
export const FREE_TEXT_IMPACT = '[who benefits and how]';
const FREE_TEXT_MONTHS = 6;

// Keyword matching: lower-case words without filler, crudely stemmed so "mentoring" meets "mentor".
const STOP = new Set(
  `the and for with from into our your their you this that these those will want would like get
  make more better improve learn about across per than can how what when who its are was were been being have has
  had not all any some each every also very just work become good great new`.split(/\s+/),
);
const stem = (w: string): string =>
  w.length > 4 && !w.endsWith('ss') ? w.replace(/(ing|ed|es|s|e)$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1') : w;
const keywords = (text: string): { word: string; stem: string }[] =>
  (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map((word) => ({ word, stem: stem(word) }));
const stemsOf = (text: string): Set<string> => new Set(keywords(text).map((k) => k.stem));
/** The guide's own examples of each category (the Growth Map guide, section 1), for goals the catalogue doesn't name. */
const GUIDE_OPENING_WORDS: [Category, Set<string>][] = [
  ['personal-reputation', stemsOf('talks speak present blog articles publish writing conference meetup open source reputation')],
  ['leadership-impact', stemsOf('lead mentor mentoring coach influence cross functional initiative stakeholder team')],
  ['craft-and-process', stemsOf('debugging testing deployment release process review refactor quality')],
  ['technical-specialization', stemsOf('systems distributed databases infrastructure architecture service scale')],
];
/** "Node.js" → " node js ", so a stack term matches inside any text by whole words. */
const norm = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()} `;

interface Ctx {
  content: Content;
  answers: WizardAnswers;
  stageName: string;
  signals: Map<string, SkillSignal[]>;
  selfCheck: SelfCheckResult | null;
}
/** A destination before its skills: what the goal or template says, and why. */
interface Seed {
  title: string;
  category: Category;
  description: string | null;
  measure: string;
  targetDate: string;
  businessImpact: string;
  template: DestinationTemplate | null;
  goalText: string | null;
  why: string;
}

const weakSignals = (ctx: Ctx, id: string) =>
  (ctx.signals.get(id) ?? []).filter((s) => s.answer !== 'yes').sort((a, b) => answerValue[a.answer] - answerValue[b.answer]);
function placeholderNote(...texts: string[]): string {
  const tokens = [...new Set(texts.join(' ').match(/\[[^\]]+\]/g) ?? [])];
  return tokens.length
    ? ` Fill in ${tokens.join(', ')} with your own details; until you do, the SMART check passes no letter that reads them.`
    : '';
}

interface Target {
  targetDate: string;
  /** Completes the sentence "The target date …". */
  why: string;
}
/**
 * The deadline the goal's own words name, when it is within reach (today to 24 months, as the SMART check
 * reads it); otherwise `months` from today, `guess` saying whose guess that is.
 */
function targetFor(goalText: string | null, today: string, months: number, guess: string): Target {
  const fallback = { targetDate: addMonths(today, months), why: `is ${months} months from today, ${guess}` };
  const deadline = goalText ? deadlineIn(goalText, today) : null;
  if (!deadline) return fallback;
  const named = `${quote(deadline.phrase)} in your goal (${deadline.date})`;
  if (deadline.date < today) return { ...fallback, why: `${fallback.why}: ${named} is already past` };
  if (deadline.date > addMonths(today, MAX_MONTHS_AHEAD)) {
    const why = `${fallback.why}: ${named} is more than ${MAX_MONTHS_AHEAD} months away, so aim for a nearer milestone first`;
    return { ...fallback, why };
  }
  return { targetDate: deadline.date, why: `is ${deadline.date}, from ${quote(deadline.phrase)} in your goal` };
}

const fromTemplate = (
  t: DestinationTemplate,
  targetDate: string,
  description: string | null,
  goalText: string | null,
  why: string,
): Seed => ({
  title: t.title,
  category: t.category,
  description,
  measure: t.measure,
  targetDate,
  businessImpact: t.businessImpact,
  template: t,
  goalText,
  why: why + placeholderNote(t.title, t.measure, t.businessImpact),
});

/**
 * The goal's opening words ("Speak at…", "Lead…", "Publish…") say what kind of growth it is, so
 * the guide's own examples are read there first; otherwise the catalogue entry sharing most words
 * with the goal names its category (ties keep content order).
 */
function chooseCategory(ctx: Ctx, text: string): { category: Category; because: string } {
  const goal = keywords(text);
  for (const opening of goal.slice(0, 2)) {
    const match = GUIDE_OPENING_WORDS.find(([, stems]) => stems.has(opening.stem));
    if (match) {
      const [category] = match;
      return {
        category,
        because: `“${opening.word}” at the start of your goal is one of the guide’s examples of ${categoryLabels[category].toLowerCase()}`,
      };
    }
  }
  const candidates = [
    ...ctx.content.skills.map((s) => ({
      category: s.category,
      text: `${s.name} ${s.description}`,
      label: `the skill “${s.name}”`,
    })),
    ...ctx.content.destinationTemplates.map((t) => ({
      category: t.category,
      text: `${t.title} ${t.description ?? ''}`,
      label: `the template ${quote(t.title)}`,
    })),
  ];
  let best: { hits: string[]; category: Category; label: string } | null = null;
  for (const c of candidates) {
    const stems = stemsOf(c.text);
    const hits = goal.filter((g) => stems.has(g.stem)).map((g) => g.word);
    if (hits.length > (best?.hits.length ?? 0)) best = { hits, category: c.category, label: c.label };
  }
  if (best) return { category: best.category, because: `“${best.hits[0]}” in your goal matches ${best.label}` };
  for (const [category, stems] of GUIDE_OPENING_WORDS) {
    const hit = goal.find((g) => stems.has(g.stem));
    if (hit)
      return {
        category,
        because: `“${hit.word}” in your goal is one of the guide’s examples of ${categoryLabels[category].toLowerCase()}`,
      };
  }
  return {
    category: 'technical-specialization',
    because: 'no word in your goal matched the catalogue, so it starts here; change it if another fits better',
  };
}

function fromGoal(ctx: Ctx, goal: WizardAnswers['goals'][number], n: number, today: string): Seed {
  const text = goal.text?.trim() || null;
  if (goal.templateId !== undefined) {
    const t = ctx.content.destinationTemplates.find((x) => x.id === goal.templateId);
    if (!t) throw new RangeError(`Unknown destination template “${goal.templateId}”`);
    const target = targetFor(text, today, t.targetMonths, 'as the template suggests');
    const why =
      `From the template ${quote(t.title)} you picked for goal ${n}; the target date ${target.why}.` +
      (text ? ' Your own words are kept as the description.' : '') +
      (t.stages.includes(ctx.answers.stage) ? '' : ` The template is written for other stages than ${ctx.stageName}.`);
    return fromTemplate(t, target.targetDate, text ?? t.description ?? null, text, why);
  }
  if (!text) throw new RangeError(`Goal ${n} needs a text or a template`);
  const { category, because } = chooseCategory(ctx, text);
  const target = targetFor(text, today, FREE_TEXT_MONTHS, 'as a first guess');
  const why =
    `Goal ${n}, ${quote(text)}, kept in your own words as the title. Category ${categoryLabels[category]} because ${because}. ` +
    `The target date ${target.why}.${placeholderNote(FREE_TEXT_MEASURE, FREE_TEXT_IMPACT)}`;
  return {
    title: text,
    category,
    description: null,
    measure: FREE_TEXT_MEASURE,
    targetDate: target.targetDate,
    businessImpact: FREE_TEXT_IMPACT,
    template: null,
    goalText: text,
    why,
  };
}

/**
 * One goal given: the guide asks for 2–3 destinations, so add the stage's template that shares most skills
 * with the weak answers of the weakest self-check area, then with any weak answer, then of another category.
 */
function secondDestination(ctx: Ctx, first: Seed, today: string): Seed | null {
  const all = ctx.content.destinationTemplates.filter((t) => t.id !== first.template?.id);
  const forStage = all.filter((t) => t.stages.includes(ctx.answers.stage));
  const areas = (ctx.selfCheck?.areas ?? []).filter((a) => a.answered > 0 && a.score < 1);
  const weakest = areas.reduce<(typeof areas)[number] | null>((w, a) => (!w || a.score < w.score ? a : w), null);
  const weakItems = ctx.selfCheck?.toWorkOn ?? [];
  const inArea = weakItems.filter((i) => i.area === weakest?.area);
  const skillsOf = (itemId: string) => ctx.content.selfCheck.find((i) => i.id === itemId)?.skills ?? [];
  const hit = (t: DestinationTemplate, items: typeof weakItems) =>
    items.find((i) => skillsOf(i.itemId).some((s) => t.skills.includes(s)));
  const count = (t: DestinationTemplate, items: typeof weakItems) =>
    t.skills.filter((s) => items.some((i) => skillsOf(i.itemId).includes(s))).length;
  const score = (t: DestinationTemplate) => [count(t, inArea), count(t, weakItems), t.category === first.category ? 0 : 1];
  // Lexicographic, and strictly better only: equal scores keep the earlier template (content order).
  const better = (a: number[], b: number[]) => (a.map((x, i) => x - (b[i] ?? 0)).find((d) => d !== 0) ?? 0) > 0;
  const pool = forStage.length ? forStage : all;
  const t = pool.reduce<DestinationTemplate | null>((best, c) => (!best || better(score(c), score(best)) ? c : best), null);
  if (!t) return null;
  const [areaHit, anyHit] = [hit(t, inArea), hit(t, weakItems)];
  const fit =
    areaHit && weakest
      ? ` and works on your weakest self-check area, “${weakest.label}”: ${answeredPhrase(areaHit.answer, areaHit.statement)}`
      : anyHit
        ? ` and practises skills behind your weaker answers: ${answeredPhrase(anyHit.answer, anyHit.statement)}`
        : weakest
          ? `; no template targets your weakest self-check area, “${weakest.label}”, directly`
          : ctx.selfCheck
            ? ''
            : '; take the self-check to tailor this choice';
  const which = forStage.length
    ? `The template ${quote(t.title)} is written for the ${ctx.stageName} stage`
    : `No other template is written for the ${ctx.stageName} stage, so this is the closest: ${quote(t.title)}`;
  const why = `Added because you gave one goal and the guide suggests 2–3 destinations. ${which}${fit}. The target date is ${t.targetMonths} months from today.`;
  return fromTemplate(t, addMonths(today, t.targetMonths), t.description ?? null, null, why);
}

/** Novice with a "not yet", practitioner with a "yes", else novice; the target is one level up (expert stays). */
function levelsFor(ctx: Ctx, id: string): { currentLevel: Level; targetLevel: Level; why: string } {
  const signals = ctx.signals.get(id) ?? [];
  const pick = (answer: string) => signals.find((s) => s.answer === answer);
  const s = pick('not-yet') ?? pick('yes') ?? pick('partly');
  const currentLevel: Level = s?.answer === 'yes' ? 'practitioner' : 'novice';
  const targetLevel = levels[Math.min(levelRank(currentLevel) + 1, levels.length - 1)] ?? currentLevel;
  const start = s
    ? `Starting at ${levelDefinitions[currentLevel].label} because ${answeredPhrase(s.answer, s.item.statement)}`
    : 'Starting at Novice because no self-check answer covers it; raise it if you can already work on it without guidance';
  return { currentLevel, targetLevel, why: `${start}; target ${levelDefinitions[targetLevel].label}, one level up.` };
}

/**
 * 2–3 skills: the template's, then catalogue skills of the category and stage. Among those, words of the goal
 * come first (they are about this destination), then weak answers (about the stage), then the tech stack.
 */
function pickSkills(ctx: Ctx, seed: Seed, key: string, used: Set<string>): DraftSkill[] {
  const { content, answers } = ctx;
  const goal = keywords(seed.goalText ?? '');
  const reasons = (s: CatalogueSkill) => {
    const stems = stemsOf(`${s.name} ${s.description}`);
    const text = norm(`${s.name} ${s.description} ${Object.values(s.levels).join(' ')}`);
    const hits = goal.filter((g) => stems.has(g.stem));
    return {
      weak: weakSignals(ctx, s.id).reduce((sum, x) => sum + 1 - answerValue[x.answer], 0),
      goalHits: hits.length,
      goal: hits[0]?.word ?? null,
      stack: answers.techStack.find((t) => norm(t).trim() && text.includes(norm(t))) ?? null,
    };
  };
  type Candidate = { s: CatalogueSkill; r: ReturnType<typeof reasons>; reuse: boolean };
  const pointed = (c: Candidate) => c.r.weak > 0 || c.r.goal !== null || c.r.stack !== null;
  const rank = (list: CatalogueSkill[], reuse = false): Candidate[] =>
    list
      .map((s) => ({ s, r: reasons(s), reuse }))
      .sort((a, b) => b.r.goalHits - a.r.goalHits || b.r.weak - a.r.weak || Number(!!b.r.stack) - Number(!!a.r.stack));
  const inStage = (s: CatalogueSkill) => s.stages.includes(answers.stage);
  const free = content.skills.filter((s) => !used.has(s.id));
  const candidates = [
    ...rank(free.filter((s) => s.category === seed.category && inStage(s))),
    ...rank(free.filter((s) => s.category !== seed.category && inStage(s))).filter(pointed),
    ...rank(free.filter((s) => s.category === seed.category && !inStage(s))),
    // A tiny catalogue: reuse another destination's skill rather than leave this one bare.
    ...content.skills.map((s) => ({ s, r: reasons(s), reuse: true })),
  ];

  const picked: { s: CatalogueSkill; source: string }[] = [];
  for (const s of (seed.template?.skills ?? []).flatMap((id) => content.skills.filter((x) => x.id === id)).slice(0, 3)) {
    picked.push({ s, source: `From the template ${quote(seed.template?.title ?? '')}.` });
  }
  const take = (c: Candidate) => {
    const weak = weakSignals(ctx, c.s.id)[0];
    const parts = [
      weak ? `your stage is ${ctx.stageName} and ${answeredPhrase(weak.answer, weak.item.statement)}` : '',
      c.r.goal ? `“${c.r.goal}” in your goal points to it` : '',
      c.r.stack ? `your stack mentions ${c.r.stack}` : '',
    ].filter(Boolean);
    const source = parts.length
      ? `Suggested because ${parts.join(', and ')}.`
      : `A ${categoryLabels[c.s.category].toLowerCase()} skill the catalogue lists${inStage(c.s) ? ` for the ${ctx.stageName} stage` : ''}.`;
    picked.push({ s: c.s, source });
  };
  const open = () => candidates.filter((c) => !picked.some((p) => p.s.id === c.s.id));
  while (picked.length < 2 && open().length) take(open()[0]!);
  // A third skill only when something points at it and it is of the destination's own kind: 2–3, not filler.
  const third = open().find((c) => !c.reuse && c.s.category === seed.category && pointed(c));
  if (picked.length < 3 && third) take(third);
  return picked.map(({ s, source }, i) => {
    used.add(s.id);
    const { why, ...lv } = levelsFor(ctx, s.id);
    return { key: `${key}-s${i + 1}`, name: s.name, catalogueId: s.id, ...lv, why: `${source} ${why}` };
  });
}

export function draftGrowthMap(
  content: Content,
  answers: WizardAnswers,
  selfCheck: SelfCheckResult | null,
  today: string,
): Draft {
  if (answers.goals.length < 1 || answers.goals.length > 3)
    throw new RangeError(`Give 1 to 3 goals, got ${answers.goals.length}`);
  const startDate = defaultStartDate(today);
  const weeks = planWeeks(startDate, answers.lengthWeeks, answers.reviewWeeks); // RangeError for 4 weeks with 2 review weeks
  // A self-check of another stage says nothing about this one's statements.
  const check = selfCheck?.stage === answers.stage ? selfCheck : null;
  const given = check?.answers ?? Object.fromEntries((check?.toWorkOn ?? []).map((i) => [i.itemId, i.answer]));
  const ctx: Ctx = {
    content,
    answers,
    stageName: stageName(content, answers.stage),
    selfCheck: check,
    signals: answersBySkill(content, answers.stage, given),
  };
  const seeds = answers.goals.map((g, i) => fromGoal(ctx, g, i + 1, today));
  const extra = seeds.length === 1 ? secondDestination(ctx, seeds[0]!, today) : null;
  if (extra) seeds.push(extra);
  const used = new Set<string>(); // earlier destinations' skills, so two destinations don't share one unless a template says so
  const destinations: DraftDestination[] = seeds.map((s, i) => ({
    key: `d${i + 1}`,
    title: s.title,
    category: s.category,
    description: s.description,
    measure: s.measure,
    targetDate: s.targetDate,
    businessImpact: s.businessImpact,
    templateId: s.template?.id ?? null,
    skills: pickSkills(ctx, s, `d${i + 1}`, used),
    why: s.why,
  }));

  // Suggestions follow the drafted skills; each names the skill and the destination that asked for it.
  const drafted = destinations.flatMap((d) => d.skills.map((s) => ({ id: s.catalogueId ?? '', name: s.name, dest: d.title })));
  const { projects, ...suggestions } = suggestFromContent(content, answers.stage, ctx.stageName, drafted);
  const cycle = planFirstCycle({ first: destinations[0]!, drafted, projects, answers, startDate, weeks });
  return { destinations, cycle, artifacts: suggestArtifacts(destinations), ...suggestions };
}
