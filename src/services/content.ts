import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { ContentError } from '../content/load.js';
import * as uploads from '../db/repositories/content.js';
import { setSetting } from '../db/repositories/settings.js';
import { category, systemStage } from '../schemas/common.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { AppError, forbidden, notFound } from './errors.js';
import { CONTENT_VERSION_KEY, layerOf } from './contentStore.js';

function asValidationError(error: unknown): never {
  if (error instanceof ContentError) {
    throw new AppError('validation_failed', error.message, { fields: { file: error.message } });
  }
  throw error;
}

function assertAdmin(actor: Actor) {
  if (actor.user.role !== 'admin') throw forbidden('Only an administrator can change the framework content.');
}

async function store(deps: ServiceDeps, actor: Actor, file: string, body: string, sourceName: string) {
  const id = newId();
  await withTransaction(deps.db, async (trx) => {
    await uploads.insertUpload(trx, { id, file, body, sourceName, uploadedBy: actor.user.id, now: nowIso(deps) });
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
  await deps.content.current(deps.db);
  try {
    const layer = layerOf(body.file, body.text, body.sourceName);
    await deps.content.tryWith(deps.db, layer);
  } catch (error) {
    asValidationError(error);
  }
  return { id: await store(deps, actor, body.file, body.text, body.sourceName) };
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
  const fail = (line: number, message: string): never => {
    throw new AppError('validation_failed', `${body.sourceName}: line ${line}: ${message}`, {
      fields: { file: `line ${line}: ${message}` },
    });
  };
  let rows: string[][];
  try {
    rows = parseCsv(body.text, { skip_empty_lines: true, trim: true, relax_column_count: true, bom: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return fail(line, error instanceof Error ? error.message.replace(/^Invalid \w+ /, '') : 'Not valid CSV.');
  }
  const header = (rows[0] ?? []).map((h) => h.toLowerCase());
  if (csvColumns.slice(0, 5).some((name, i) => header[i] !== name)) {
    fail(1, `The header must be: ${csvColumns.slice(0, 5).join(', ')}[, stages]`);
  }
  if (rows.length < 2) fail(2, 'No skills below the header.');
  const skills = rows.slice(1).map((row, index) => {
    const line = index + 2;
    const [name = '', cat = '', novice = '', practitioner = '', expert = '', stages = ''] = row;
    if (!name) fail(line, 'skill: give the skill a name.');
    if (!category.safeParse(cat).success) fail(line, `category: "${cat}" must be one of ${category.options.join(', ')}.`);
    for (const [level, text] of Object.entries({ novice, practitioner, expert })) {
      if (!text) fail(line, `${level}: describe what ${level} looks like.`);
    }
    const stageList = stages
      ? stages
          .split(/[;|]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : systemStage.options.slice();
    const badStage = stageList.find((s) => !systemStage.safeParse(s).success);
    if (badStage) fail(line, `stages: "${badStage}" must be one of ${systemStage.options.join(', ')} (separate several with ;).`);
    return {
      id: slugOf(name),
      name,
      category: cat,
      stages: stageList,
      description: name,
      levels: { novice, practitioner, expert },
    };
  });
  const yamlText = stringify({ mode: 'extend', skills });
  try {
    await deps.content.tryWith(deps.db, layerOf('skills.yaml', yamlText, body.sourceName));
  } catch (error) {
    asValidationError(error);
  }
  await store(deps, actor, 'skills.yaml', yamlText, body.sourceName);
  return { added: skills.length };
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
