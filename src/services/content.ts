import { ContentError, type ContentLayer, isContentFileName, parseContentFileInTurns } from '../content/load.js';
import * as uploads from '../db/repositories/content.js';
import { setSetting } from '../db/repositories/settings.js';
import { category, systemStage } from '../schemas/common.js';
import { type CatalogueSkill, type ContentFileName, catalogueSkill } from '../schemas/content.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { AppError, forbidden, notFound } from './errors.js';
import { CONTENT_VERSION_KEY } from './contentStore.js';

function asValidationError(error: unknown): never {
  if (error instanceof ContentError) {
    throw new AppError('validation_failed', error.message, { fields: { file: error.message } });
  }
  throw error;
}

function assertAdmin(actor: Actor) {
  if (actor.user.role !== 'admin') throw forbidden('Only an administrator can change the framework content.');
}

async function store(deps: ServiceDeps, actor: Actor, layer: ContentLayer, file: ContentFileName, body: string) {
  const id = newId();
  const parsed = JSON.stringify(layer.files[file]);
  await withTransaction(deps.db, async (trx) => {
    await uploads.insertUpload(trx, {
      id,
      file,
      body,
      parsed,
      sourceName: layer.source,
      uploadedBy: actor.user.id,
      now: nowIso(deps),
    });
    await setSetting(trx, CONTENT_VERSION_KEY, id);
  });
  return id;
}

/** A content YAML file from the UI: validated whole, with references, before anything changes. */
export async function uploadContentFile(
  deps: ServiceDeps,
  actor: Actor,
  body: { file: string; text: string; sourceName: string },
) {
  assertAdmin(actor);
  assertSize(body.text, MAX_YAML_BYTES, 'A content file');
  await deps.content.current(deps.db);
  if (!isContentFileName(body.file))
    throw new AppError('validation_failed', 'Unknown content file.', { fields: { file: 'Unknown content file.' } });
  let layer: ContentLayer;
  try {
    layer = {
      source: body.sourceName,
      files: { [body.file]: await parseContentFileInTurns(body.file, body.text, body.sourceName) },
    };
    await nextTurn();
    await deps.content.tryWith(deps.db, layer);
  } catch (error) {
    return asValidationError(error);
  }
  return { id: await store(deps, actor, layer, body.file, body.text) };
}

/**
 * Caps that keep one import to a fraction of a second of work: the largest shipped content
 * file is about 30 KB and the shipped catalogue has 44 skills.
 */
export const MAX_YAML_BYTES = 128 * 1024;
export const MAX_CSV_BYTES = 512 * 1024;
export const MAX_CSV_ROWS = 2000;
/** Rows handled before other requests get a turn. */
const ROWS_PER_TURN = 100;
const CSV_CHUNK = 16 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function assertSize(text: string, max: number, what: string) {
  if (Buffer.byteLength(text, 'utf8') > max) {
    const message = `${what} can be at most ${max / 1024} KB. Split it into smaller uploads.`;
    throw new AppError('payload_too_large', message, { fields: { text: message } });
  }
}

/** Parses in chunks, letting other requests run between them; stops once past the row cap. */
async function parseCsvInTurns(text: string, fail: (line: number, message: string) => never): Promise<string[][]> {
  const rows: string[][] = [];
  // The CSV parser loads with the first import, not at every start.
  const { parse: csvParser } = await import('csv-parse');
  const parser = csvParser({ skip_empty_lines: true, trim: true, relax_column_count: true, bom: true });
  let failure: unknown = null;
  parser.on('readable', () => {
    for (let record: unknown = parser.read(); record !== null; record = parser.read()) {
      if (Array.isArray(record)) rows.push(record.map(String));
    }
  });
  parser.on('error', (error) => {
    failure = error;
  });
  const ended = new Promise<void>((resolve) => parser.on('close', resolve));
  for (let at = 0; at < text.length && failure === null; at += CSV_CHUNK) {
    parser.write(text.slice(at, at + CSV_CHUNK));
    if (rows.length > MAX_CSV_ROWS + 1) fail(MAX_CSV_ROWS + 2, `At most ${MAX_CSV_ROWS} skills in one import. Split the file.`);
    await nextTurn();
  }
  if (failure === null) parser.end();
  await ended;
  if (failure !== null) {
    const line = typeof failure === 'object' && 'lines' in failure && typeof failure.lines === 'number' ? failure.lines : 1;
    fail(line, failure instanceof Error ? failure.message.replace(/^Invalid \w+ /, '') : 'Not valid CSV.');
  }
  if (rows.length > MAX_CSV_ROWS + 1) fail(MAX_CSV_ROWS + 2, `At most ${MAX_CSV_ROWS} skills in one import. Split the file.`);
  return rows;
}

const csvColumns = ['skill', 'category', 'novice', 'practitioner', 'expert', 'stages'] as const;
const slugOf = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A skills matrix (skill, category, novice, practitioner, expert[, stages]) into the catalogue. */
export async function importSkillsCsv(deps: ServiceDeps, actor: Actor, body: { text: string; sourceName: string }) {
  assertAdmin(actor);
  assertSize(body.text, MAX_CSV_BYTES, 'A skills matrix');
  await deps.content.current(deps.db);
  const fail = (line: number, message: string): never => {
    throw new AppError('validation_failed', `${body.sourceName}: line ${line}: ${message}`, {
      fields: { file: `line ${line}: ${message}` },
    });
  };
  const rows = await parseCsvInTurns(body.text, fail);
  const header = (rows[0] ?? []).map((h) => h.toLowerCase());
  if (csvColumns.slice(0, 5).some((name, i) => header[i] !== name)) {
    fail(1, `The header must be: ${csvColumns.slice(0, 5).join(', ')}[, stages]`);
  }
  if (rows.length < 2) fail(2, 'No skills below the header.');
  const skills: CatalogueSkill[] = [];
  const lineOfId = new Map<string, number>();
  for (const [index, row] of rows.slice(1).entries()) {
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
    const line = index + 2;
    const skill = skillOfRow(row, (message) => fail(line, message));
    const earlier = lineOfId.get(skill.id);
    if (earlier) fail(line, `skill: "${skill.name}" is the same skill as line ${earlier}.`);
    lineOfId.set(skill.id, line);
    skills.push(skill);
  }
  const layer: ContentLayer = { source: body.sourceName, files: { 'skills.yaml': { mode: 'extend', items: skills } } };
  try {
    await deps.content.tryWith(deps.db, layer);
  } catch (error) {
    asValidationError(error);
  }
  await store(deps, actor, layer, 'skills.yaml', body.text);
  return { added: skills.length };
}

/** One row of the matrix as a catalogue skill, checked against the same schema as skills.yaml. */
function skillOfRow(row: string[], fail: (message: string) => never): CatalogueSkill {
  const [name = '', cat = '', novice = '', practitioner = '', expert = '', stages = ''] = row;
  if (!name) fail('skill: give the skill a name.');
  if (!category.safeParse(cat).success) fail(`category: "${cat}" must be one of ${category.options.join(', ')}.`);
  for (const [level, text] of Object.entries({ novice, practitioner, expert })) {
    if (!text) fail(`${level}: describe what ${level} looks like.`);
  }
  const stageList = stages
    ? stages
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : systemStage.options.slice();
  const badStage = stageList.find((s) => !systemStage.safeParse(s).success);
  if (badStage) fail(`stages: "${badStage}" must be one of ${systemStage.options.join(', ')} (separate several with ;).`);
  const result = catalogueSkill.safeParse({
    id: slugOf(name),
    name,
    category: cat,
    stages: stageList,
    description: name,
    levels: { novice, practitioner, expert },
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    return fail(`${issue?.path.join('.') || 'skill'}: ${issue?.message ?? 'Not valid.'}`);
  }
  return result.data;
}

export async function listUploads(deps: ServiceDeps, actor: Actor) {
  assertAdmin(actor);
  return uploads.listUploadSummaries(deps.db);
}

export async function deleteUpload(deps: ServiceDeps, actor: Actor, id: string) {
  assertAdmin(actor);
  await withTransaction(deps.db, async (trx) => {
    if (!(await uploads.deleteUpload(trx, id))) throw notFound('That upload');
    await setSetting(trx, CONTENT_VERSION_KEY, `deleted-${id}`);
  });
}
