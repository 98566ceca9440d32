/**
 * The SMART check for a destination ("Make destinations Specific, Measurable, Achievable,
 * Relevant, Time-bound", the Growth Map guide, section 1). It reads the user's own sentences for signals
 * and explains every verdict, so a wrong guess is visible and cheap to argue with.
 *
 * Which fields feed which letter:
 * - Specific reads the title, then the description sentence by sentence.
 * - Measurable and Time-bound read the goal: title, description and measure. The business
 *   impact says why the goal matters, not what it is, so its numbers and dates don't count.
 * - Achievable checks every deadline Time-bound found, and the target date.
 * - Relevant reads the business impact, or an impact clause ("so that …") in title/description.
 * Bracketed text like `[Title]` or `[N]` is an unfilled template placeholder: never a signal, and a letter
 * never passes while a field it reads holds one. A placeholder in the title or description leaves the goal
 * itself unwritten, so it fails every letter.
 */

import { type Day, NUMBER, type TimeSignal, addMonths, formatDay, parseDay, regex, scanTime } from './timePhrases.js';

export type SmartLetter = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';
export interface SmartResult {
  pass: boolean;
  reason: string;
  hint: string;
}
export type SmartCheck = Record<SmartLetter, SmartResult>;
export interface SmartInput {
  title: string;
  description?: string | null;
  measure?: string | null;
  targetDate?: string | null;
  businessImpact?: string | null;
}

/** The issue's reach limit: a deadline further out than this is not achievable. */
export const MAX_MONTHS_AHEAD = 24;

const words = (list: string): string[] => list.trim().split(/\s+/);
const STOPWORDS = new Set(
  words(`a an the and or of to in on at for with by from into onto over under as is are be been being it its this that
    these those my our your their we i me us you they them so such not no nor but if while about across after before
    during up down out off per via than then too very can will just should would could may might must do does did have
    has had get got make each every all any some more most other what which who when where why how also etc vs`),
);
/** Words that fill a sentence without saying what exactly, so they don't make an object concrete. */
const VAGUE_WORDS = new Set(
  words('better good great best stuff things thing skills skill knowledge general overall various really lot lots stronger'),
);
/** Openings that name a direction rather than a result; no object rescues them. */
const VAGUE_LEADS = [
  'get better at',
  'get better with',
  'be better at',
  'become better at',
  'be a better',
  'become a better',
  'learn more about',
  'learn about',
  'learn more',
  'know more about',
  'get good at',
  'work on',
  'try to',
  'focus on',
  'grow as',
  'level up',
  'be more',
  'become more',
  'get more',
  'do more',
  'keep learning',
];
/** Verbs that wish for change; specific only when the object spells out what changes. */
const VAGUE_VERBS = new Set(
  words(`improve enhance increase reduce boost strengthen develop grow optimize optimise advance deepen expand sharpen
    learn understand study explore practice practise master`),
);
/** Verbs that name a piece of work. A topic without one ("Distributed systems design") is an area, not a destination. */
const ACTION_VERBS = new Set(
  words(`design implement build ship deliver publish lead write rewrite migrate port launch create run mentor coach teach
    train present give host speak automate instrument deploy release refactor document organise organize contribute
    complete obtain earn pass replace introduce establish set roll own drive halve double triple cut add remove retire
    deprecate upgrade prototype benchmark audit review define draft produce record onboard hire facilitate author submit
    merge land harden secure scale split consolidate standardise standardize adopt integrate configure containerise
    containerize achieve reach become fix resolve close triage test monitor measure open start found pair`),
);
/** Business impact values that only hold the place of one. */
const PLACEHOLDER_IMPACTS = new Set([
  'tbd',
  'tba',
  'todo',
  'n/a',
  'na',
  'none',
  'business impact',
  'impact',
  'lorem ipsum',
  'fill in later',
  'not sure yet',
]);

const FILLER_PREFIX =
  /^(?:(?:i|we)\s+(?:will|want to|would like to|plan to|aim to|intend to|am going to|are going to|hope to)\s+|i'd like to\s+|my goal is to\s+|goal:\s*|to\s+)+/i;
const IMPACT_CLAUSE =
  /\b(?:so that|so (?:we|the|our|it|they|users|customers)|in order to|which (?:will|should|would|could)|resulting in|enabling|helping)\s+([^.;!?]+)/i;
const WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*/gi;
// A Markdown link "[text](url)" is not a placeholder.
const PLACEHOLDER = /\[[^\]]*\](?!\()/g;

const MEASURE_SIGNALS: RegExp[] = [
  /[<>≤≥~]?\s*\d+(?:\.\d+)?\s*(?:%|percent\b)/i,
  /\b(?:halve[sd]?|halving|cut in half|by half|double[sd]?(?![-\s](?:check|down))|doubling|triple[sd]?|quadruple[sd]?|twice|thrice|\d+(?:\.\d+)?x)\b/i,
  new RegExp(
    String.raw`\b(?:at least|at most|no more than|fewer than|less than|more than|up to|under|below|above|over|from)\s+${NUMBER}`,
    'i',
  ),
];
/** A bare number counts only when it counts something ("two talks", "200 ms"): "Node 20" is a version, not a target. */
const COUNTED = regex(String.raw`\b(${NUMBER})[\s-]*([a-z]+)((?:\s+[a-z]+)?)`);

function findMeasure(rest: string): string | null {
  for (const pattern of MEASURE_SIGNALS) {
    const m = pattern.exec(rest);
    if (m) return m[0].trim();
  }
  for (const m of rest.matchAll(COUNTED)) if (!STOPWORDS.has((m[2] ?? '').toLowerCase())) return m[0].trim();
  return null;
}

interface Field {
  text: string;
  placeholders: string[];
}
function clean(raw: string | null | undefined): Field {
  const text = raw ?? '';
  return {
    text: text.replace(PLACEHOLDER, ' ').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim(),
    placeholders: text.match(PLACEHOLDER) ?? [],
  };
}
const contentWords = (text: string): string[] =>
  (text.toLowerCase().match(WORD) ?? []).filter(
    (w) => !STOPWORDS.has(w) && !VAGUE_WORDS.has(w) && (w.length > 1 || /\d/.test(w)),
  );
const quote = (text: string): string => `“${text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text}”`;
const pass = (reason: string, hint: string): SmartResult => ({ pass: true, reason, hint });
const fail = (reason: string, hint: string): SmartResult => ({ pass: false, reason, hint });

/**
 * Fails a letter while a field it reads holds an unfilled placeholder, naming them: a drafted template
 * must not look finished, even when the words around its placeholders already read as SMART.
 */
function notePlaceholders(result: SmartResult, placeholders: string[]): SmartResult {
  const unique = [...new Set(placeholders)];
  if (unique.length === 0) return result;
  const [noun, verb] = unique.length > 1 ? ['placeholders', 'are'] : ['placeholder', 'is'];
  const list = unique.join(', ');
  const joint = result.pass ? 'but' : 'and';
  return fail(
    `${result.reason.replace(/\.$/, '')}, ${joint} the ${noun} ${list} ${verb} not filled in.`,
    `Fill in the ${noun} ${list}. ${result.hint}`,
  );
}

/** Judges one statement; its reason completes the sentence "The title …". */
function judgeStatement(raw: string, today: Day): SmartResult {
  const s = raw
    .replace(FILLER_PREFIX, '')
    .replace(/[.!?]+$/, '')
    .trim();
  const [verb = ''] = s.match(WORD) ?? [];
  if (!verb)
    return fail('is empty', 'Write it as an action and its object, e.g. “Design and implement a fault-tolerant microservice”.');
  const lower = s.toLowerCase();
  const lead = VAGUE_LEADS.find((l) => lower === l || lower.startsWith(`${l} `));
  if (lead) {
    return fail(
      `opens with the vague “${lead} …”, which names a direction, not a result`,
      'Name what you will build, ship or lead instead, e.g. “Add contract tests to the payments API”.',
    );
  }
  const objectText = scanTime(s.slice(s.indexOf(verb) + verb.length), today).rest;
  const object = contentWords(objectText);
  if (VAGUE_VERBS.has(verb.toLowerCase())) {
    // "Improve testing" is vague, "Reduce MTTR from 40 to 20 minutes" is not: the object carries the specifics.
    return object.length >= 3 || findMeasure(objectText)
      ? pass(`says what exactly changes (${quote(s)})`, '')
      : fail(
          `names a direction (${quote(s)}) without saying what exactly changes`,
          'Say exactly what changes and where, e.g. “Improve test coverage of the billing service to 80%”.',
        );
  }
  if (ACTION_VERBS.has(verb.toLowerCase())) {
    return object.length >= 2
      ? pass(`names an action and what it acts on (${quote(s)})`, '')
      : fail(
          `is too short to say what exactly you will ${verb.toLowerCase()} (${quote(s)})`,
          'Add what exactly and where: which system, audience or artifact.',
        );
  }
  return fail(
    `names a topic (${quote(s)}), not an action you will take`,
    'Start with the action you will take, e.g. “Design …”, “Ship …” or “Lead …”.',
  );
}

function checkSpecific(title: Field, rawDescription: string, today: Day): SmartResult {
  const titleVerdict = judgeStatement(title.text, today);
  if (titleVerdict.pass) return pass(`The title ${titleVerdict.reason}.`, 'Keep the title this concrete as the plan evolves.');
  // A vague title is rescued by a concrete description: SMART judges the goal, not its headline.
  const concrete = rawDescription
    .split(/\n+|(?<=[.!?])\s+/)
    .map((sentence) => judgeStatement(clean(sentence).text, today))
    .find((verdict) => verdict.pass);
  if (concrete) {
    return pass(
      `The description ${concrete.reason}, though the title ${titleVerdict.reason}.`,
      'Move that concrete action into the title.',
    );
  }
  return fail(`The title ${titleVerdict.reason}.`, titleVerdict.hint);
}

function checkMeasurable(goalRest: string, measure: Field, today: Day): SmartResult {
  const inMeasure = measure.text ? findMeasure(scanTime(measure.text, today).rest) : null;
  if (inMeasure)
    return pass(`The measure sets a target you can check (${quote(inMeasure)}).`, 'Note where you will read this number from.');
  const inGoal = findMeasure(goalRest);
  if (inGoal)
    return pass(`It states a target you can check (${quote(inGoal)}).`, 'Record how you will check it in the Measure field.');
  if (measure.text) {
    return fail(
      `The measure says what to track (${quote(measure.text)}) but sets no number to reach.`,
      'Add the target to the measure, e.g. “MTTR under 30 minutes”.',
    );
  }
  return fail(
    'Nothing states a number, count or target to check progress against.',
    'Add a number you can check, e.g. a count (“three talks”), a percentage (“99.9% uptime”) or a before and after ' +
      '(“MTTR from 40 to 20 minutes”); a verb like “improve” alone is not a measure.',
  );
}

interface TargetDate {
  day?: Day;
  invalid?: string;
  placeholders: string[];
}
function readTargetDate(raw: string | null | undefined): TargetDate {
  const text = (raw ?? '').trim();
  const placeholders = text.match(PLACEHOLDER) ?? [];
  if (!text || placeholders.length > 0) return { placeholders };
  const day = parseDay(text);
  return day === null ? { invalid: text, placeholders } : { day, placeholders };
}

function checkTimeBound(targetDate: TargetDate, signals: TimeSignal[]): SmartResult {
  if (targetDate.day !== undefined) {
    return pass(`It has a target date, ${formatDay(targetDate.day)}.`, 'Put a review on your calendar before that date.');
  }
  const [first] = signals;
  if (first)
    return pass(`It is bounded in time by ${quote(first.phrase)}.`, 'A target date as well makes the deadline explicit.');
  const reason = targetDate.invalid
    ? `The target date ${quote(targetDate.invalid)} is not a real calendar date, and nothing in the text sets a time frame.`
    : 'Nothing sets a deadline or cadence: there is no target date and no time phrase.';
  return fail(reason, 'Add a target date, or a phrase such as “within 6 months”, “by Q3 2027” or “per quarter”.');
}

function checkAchievable(hasGoal: boolean, targetDate: TargetDate, signals: TimeSignal[], today: Day): SmartResult {
  const limit = addMonths(today, MAX_MONTHS_AHEAD);
  const deadlines = [
    ...(targetDate.day === undefined ? [] : [{ label: 'the target date', due: targetDate.day }]),
    ...signals.flatMap((s) => (s.due === 'near' ? [] : [{ label: quote(s.phrase), due: s.due }])),
  ];
  for (const { label, due } of deadlines) {
    if (due < today) {
      return fail(
        `The deadline from ${label} (${formatDay(due)}) is already past, so it cannot be reached.`,
        'Pick a date from today onwards, or mark the destination done if you got there.',
      );
    }
    if (due > limit) {
      return fail(
        `The deadline from ${label} (${formatDay(due)}) is more than ${MAX_MONTHS_AHEAD} months away, too far to plan against.`,
        `Set a target within ${MAX_MONTHS_AHEAD} months (by ${formatDay(limit)}), or split it into a nearer milestone.`,
      );
    }
  }
  const latest = Math.max(...deadlines.map((d) => d.due));
  if (deadlines.length > 0) {
    return pass(
      `Its deadline (${formatDay(latest)}) falls between today and ${MAX_MONTHS_AHEAD} months from now.`,
      'Break it into 6-week cycles.',
    );
  }
  if (!hasGoal) return fail('There is no goal yet to judge whether it is within reach.', 'Write the destination first.');
  // With no deadline nothing here can be out of reach. Time-bound already asks for one, and failing here too would
  // count the same gap twice; the text can't show effort, so pass and say on what grounds.
  const frame = signals[0] ? `its time frame (${quote(signals[0].phrase)}) is always near` : 'no deadline is stated';
  return pass(
    `Nothing suggests it is out of reach: ${frame}.`,
    'Add a target date so reach can be checked against your calendar.',
  );
}

function checkRelevant(impact: Field, title: Field, description: Field): SmartResult {
  const real = contentWords(impact.text).length >= 2 && !PLACEHOLDER_IMPACTS.has(impact.text.toLowerCase().replace(/[.!]+$/, ''));
  if (real) {
    return pass(
      `A business impact is stated (${quote(impact.text)}).`,
      'Name who would notice the change, e.g. a team or a metric they watch.',
    );
  }
  // The field is the place for it, but a goal that says "so that MTTR drops" has already said why it matters.
  const clause = IMPACT_CLAUSE.exec(`${title.text} . ${description.text}`);
  if (clause && contentWords(clause[1] ?? '').length >= 2) {
    return pass(
      `The goal states its impact in ${quote(clause[0].trim())}.`,
      'Copy that impact into the Business impact field so it stands out.',
    );
  }
  const reason = impact.text
    ? `The business impact ${quote(impact.text)} holds a place but says nothing about why this matters.`
    : 'No business impact is stated, so nothing ties this destination to what the business values.';
  return fail(reason, 'Add a business impact: who benefits and how, e.g. “so that on-call pages drop by half”.');
}

/** Every distinct unfilled placeholder in the texts, in order: what the SMART check refuses to count. */
export function placeholdersIn(...texts: readonly (string | null | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => text?.match(PLACEHOLDER) ?? []))];
}

/**
 * The latest deadline a goal's own words name ("by June 2027", "Q3 2027", "2027-03-15", "within 9 months",
 * "by the end of the year"), read as the SMART check reads it, or null when they name none. A cadence
 * ("per quarter") is not a deadline. Placeholders are skipped: "by [Date]" names nothing yet.
 */
export function deadlineIn(text: string, today: string): { phrase: string; date: string } | null {
  const day = parseDay(today);
  if (day === null) throw new RangeError(`today must be a YYYY-MM-DD calendar date, got “${today}”`);
  let latest: { phrase: string; due: Day } | null = null;
  for (const { phrase, due } of scanTime(clean(text).text, day).signals) {
    if (due !== 'near' && (latest === null || due > latest.due)) latest = { phrase, due };
  }
  return latest && { phrase: latest.phrase, date: formatDay(latest.due) };
}

/** `today` is the user's calendar date in their own time zone, 'YYYY-MM-DD'. Pure: no I/O, no Date.now(). */
export function checkSmart(input: SmartInput, today: string): SmartCheck {
  const day = parseDay(today);
  // A bad `today` is the caller's bug, not user input: fail loudly rather than judge against a wrong calendar.
  if (day === null) throw new RangeError(`today must be a YYYY-MM-DD calendar date, got “${today}”`);
  const [title, description, measure, impact] = [input.title, input.description, input.measure, input.businessImpact].map(
    clean,
  ) as [Field, Field, Field, Field];
  const targetDate = readTargetDate(input.targetDate);
  // Joined with " . " so that no phrase runs from one field into the next.
  const goal = scanTime([title.text, description.text, measure.text].join(' . '), day);
  const statementPlaceholders = [...title.placeholders, ...description.placeholders];
  const goalPlaceholders = [...statementPlaceholders, ...measure.placeholders];
  const datedPlaceholders = [...goalPlaceholders, ...targetDate.placeholders];
  const hasGoal = contentWords(`${title.text} ${description.text}`).length > 0;
  return {
    specific: notePlaceholders(checkSpecific(title, input.description ?? '', day), statementPlaceholders),
    measurable: notePlaceholders(checkMeasurable(goal.rest, measure, day), goalPlaceholders),
    achievable: notePlaceholders(checkAchievable(hasGoal, targetDate, goal.signals, day), datedPlaceholders),
    relevant: notePlaceholders(checkRelevant(impact, title, description), [...statementPlaceholders, ...impact.placeholders]),
    timeBound: notePlaceholders(checkTimeBound(targetDate, goal.signals), datedPlaceholders),
  };
}
