/**
 * The wizard's skills: 2–3 for each drafted destination, each with a starting and a target level
 * read from the self-check, and why.
 */
import type { Level } from '../schemas/common.js';
import type { CatalogueSkill } from '../schemas/content.js';
import { categoryLabels } from './labels.js';
import { levelDefinitions, levelRank, levels } from './levels.js';
import { answeredPhrase, answerValue, quote } from './selfCheck.js';
import type { DraftSkill, WizardContext } from './wizard.js';
import type { Seed } from './wizardDestination.js';
import { keywords, norm, stemsOf } from './wizardKeywords.js';

const weakSignals = (ctx: WizardContext, id: string) =>
  (ctx.signals.get(id) ?? []).filter((s) => s.answer !== 'yes').sort((a, b) => answerValue[a.answer] - answerValue[b.answer]);

/** Novice with a "not yet", practitioner with a "yes", else novice; the target is one level up (expert stays). */
function levelsFor(ctx: WizardContext, id: string): { currentLevel: Level; targetLevel: Level; why: string } {
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
export function pickSkills(ctx: WizardContext, seed: Seed, key: string, used: Set<string>): DraftSkill[] {
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
