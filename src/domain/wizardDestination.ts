/**
 * The wizard's destinations: each goal as a draft destination (the template's, or the user's own words
 * with a category and a target date), and a second one from the self-check when only one goal is given.
 */
import type { Category } from '../schemas/common.js';
import type { DestinationTemplate } from '../schemas/content.js';
import { categoryLabels } from './labels.js';
import { addMonths } from './quarterly.js';
import { answeredPhrase, quote } from './selfCheck.js';
import { deadlineIn, MAX_MONTHS_AHEAD } from './smart.js';
import type { DraftDestination, WizardAnswers, WizardContext } from './wizard.js';
import { keywords, stemsOf } from './wizardKeywords.js';

/** A free-text goal has no measure yet: placeholders show what to fill (the SMART letters that read them fail until then). */
export const FREE_TEXT_MEASURE = '[metric] from [baseline] to [target]';
export const FREE_TEXT_IMPACT = '[who benefits and how]';
const FREE_TEXT_MONTHS = 6;
/** The guide's own examples of each category (the Growth Map guide, section 1), for goals the catalogue doesn't name. */
const GUIDE_OPENING_WORDS: [Category, Set<string>][] = [
  ['personal-reputation', stemsOf('talks speak present blog articles publish writing conference meetup open source reputation')],
  ['leadership-impact', stemsOf('lead mentor mentoring coach influence cross functional initiative stakeholder team')],
  ['craft-and-process', stemsOf('debugging testing deployment release process review refactor quality')],
  ['technical-specialization', stemsOf('systems distributed databases infrastructure architecture service scale')],
];

/** A destination before its key and skills: what the goal or template says, and why. */
export interface Seed extends Omit<DraftDestination, 'key' | 'templateId' | 'skills'> {
  template: DestinationTemplate | null;
  goalText: string | null;
}

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
function chooseCategory(ctx: WizardContext, text: string): { category: Category; because: string } {
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

export function fromGoal(ctx: WizardContext, goal: WizardAnswers['goals'][number], n: number, today: string): Seed {
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
export function secondDestination(ctx: WizardContext, first: Seed, today: string): Seed | null {
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
