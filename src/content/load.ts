import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CST, Composer, type Document, LineCounter, Parser, isNode, parseDocument } from 'yaml';
import { type Content, type ContentFileName, contentFiles } from '../schemas/content.js';

/** Names the file, the path of the field and what is wrong, so an author can fix it in one go. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly problem: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${problem}`);
    this.name = 'ContentError';
  }
}

/** Which list of Content each file fills, and the key the list has inside the file. */
export const fileLists: Record<ContentFileName, { key: string; list: keyof Content }> = {
  'stages.yaml': { key: 'stages', list: 'stages' },
  'self-check.yaml': { key: 'items', list: 'selfCheck' },
  'reading.yaml': { key: 'readings', list: 'readings' },
  'practice-tasks.yaml': { key: 'tasks', list: 'practiceTasks' },
  'skills.yaml': { key: 'skills', list: 'skills' },
  'starter-projects.yaml': { key: 'projects', list: 'starterProjects' },
  'destination-templates.yaml': { key: 'templates', list: 'destinationTemplates' },
};

export interface ContentLayer {
  source: string;
  files: Partial<Record<ContentFileName, { mode: 'extend' | 'replace'; items: { id: string }[] }>>;
}

export const shippedContentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');

const fieldPath = (segments: readonly PropertyKey[]) =>
  segments.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${String(s)}` : String(s)), '');

/** Aliases are expanded by reference, so a few lines can name billions of nodes: the count is capped. */
function toPlainData(doc: YamlDocument, source: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof ReferenceError) {
      const tooMany = error.message.startsWith('Excessive alias count');
      throw new ContentError(source, '', tooMany ? 'Too many YAML aliases: expand the repeated parts.' : error.message);
    }
    throw error;
  }
}

type YamlDocument = Document.Parsed;

/** Parses and validates one content file; errors carry the line the problem is on. */
export function parseContentFile(name: ContentFileName, text: string, source: string = name) {
  const lineCounter = new LineCounter();
  return validateDocument(name, parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter, source);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The same as parseContentFile for an upload into a running server: the text is read
 * `chunkSize` characters at a time and every stage lets other requests run in between, so a
 * large file never holds the event loop for the whole parse.
 */
export async function parseContentFileInTurns(name: ContentFileName, text: string, source: string, chunkSize = 8192) {
  const lineCounter = new LineCounter();
  const parser = new Parser(lineCounter.addNewLine);
  const tokens: CST.Token[] = [];
  // Chunks end after a line break: the lexer carries a partial line over, not a partial token.
  for (let at = 0; at < text.length || at === 0; ) {
    const lineEnd = text.indexOf('\n', Math.min(at + chunkSize, text.length) - 1);
    const end = lineEnd === -1 ? text.length : lineEnd + 1;
    for (const token of parser.parse(text.slice(at, end), end < text.length)) tokens.push(token);
    at = Math.max(end, at + 1);
    await nextTurn();
  }
  const documents = [...new Composer({ prettyErrors: false }).compose(tokens, true, text.length)];
  await nextTurn();
  const [doc, extra] = documents;
  if (!doc) throw new ContentError(source, '', 'Not valid YAML.');
  if (extra)
    throw new ContentError(source, '', 'The file holds more than one YAML document.', lineCounter.linePos(extra.range[0]).line);
  return validateDocument(name, doc, lineCounter, source);
}

function validateDocument(name: ContentFileName, doc: YamlDocument, lineCounter: LineCounter, source: string) {
  const syntax = doc.errors[0];
  if (syntax)
    throw new ContentError(
      source,
      '',
      syntax.message.split('\n')[0] ?? 'Not valid YAML.',
      lineCounter.linePos(syntax.pos[0]).line,
    );
  const result = contentFiles[name].safeParse(toPlainData(doc, source));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // The deepest node that exists on the issue's path gives the line.
    let line: number | undefined;
    for (let depth = issue.path.length; depth >= 0 && line === undefined; depth--) {
      const node = doc.getIn(issue.path.slice(0, depth), true);
      if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
    }
    throw new ContentError(source, fieldPath(issue.path), issue.message, line);
  }
  const data = result.data as Record<string, unknown> & { mode: 'extend' | 'replace' };
  const items = data[fileLists[name].key] as { id: string }[];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) throw new ContentError(source, `${fileLists[name].key}[${index}].id`, `"${item.id}" appears twice.`);
    seen.add(item.id);
  });
  return { mode: data.mode, items };
}

// Own keys only: `constructor` or `__proto__` are "in" every object.
export const isContentFileName = (name: string): name is ContentFileName => Object.hasOwn(contentFiles, name);

/** Every known file in a folder; an unknown .yaml file is an error rather than silently ignored. */
export function readContentDir(dir: string): ContentLayer {
  if (!fs.existsSync(dir)) throw new ContentError(dir, '', 'The content folder does not exist.');
  const layer: ContentLayer = { source: dir, files: {} };
  for (const entry of fs.readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(entry)) continue;
    const name = entry.replace(/\.yml$/, '.yaml');
    if (!isContentFileName(name)) {
      throw new ContentError(
        path.join(dir, entry),
        '',
        `Unknown content file. Use one of: ${Object.keys(contentFiles).join(', ')}.`,
      );
    }
    layer.files[name] = parseContentFile(name, fs.readFileSync(path.join(dir, entry), 'utf8'), path.join(dir, entry));
  }
  return layer;
}

/** Later layers extend earlier ones (same id replaces the item) or replace a whole list. */
export function mergeLayers(layers: readonly ContentLayer[]): Content {
  const content = {
    stages: [],
    selfCheck: [],
    readings: [],
    practiceTasks: [],
    skills: [],
    starterProjects: [],
    destinationTemplates: [],
  } as Record<keyof Content, { id: string }[]>;
  for (const layer of layers) {
    for (const [name, file] of Object.entries(layer.files) as [
      ContentFileName,
      NonNullable<ContentLayer['files'][ContentFileName]>,
    ][]) {
      const { list } = fileLists[name];
      const base = file.mode === 'replace' ? [] : content[list];
      const byId = new Map(base.map((item) => [item.id, item]));
      for (const item of file.items) byId.set(item.id, item);
      content[list] = [...byId.values()];
    }
  }
  return content as unknown as Content;
}

/** Ids that point elsewhere must point at something: skills, stages. */
export function checkReferences(content: Content, source: string): void {
  const skills = new Set(content.skills.map((s) => s.id));
  const check = (file: string, key: string, items: { id: string; skills?: string[] }[]) => {
    items.forEach((item, index) => {
      const missing = (item.skills ?? []).find((id) => !skills.has(id));
      if (missing)
        throw new ContentError(`${source} (${file})`, `${key}[${index}].skills`, `"${missing}" is not in the skill catalogue.`);
    });
  };
  check('self-check.yaml', 'items', content.selfCheck);
  check('reading.yaml', 'readings', content.readings);
  check('practice-tasks.yaml', 'tasks', content.practiceTasks);
  check('starter-projects.yaml', 'projects', content.starterProjects);
  check('destination-templates.yaml', 'templates', content.destinationTemplates);
  const stageIds = content.stages.map((s) => s.id);
  for (const stage of ['mvp-foundation', 'problem-solution-fit', 'go-to-market', 'scale'] as const) {
    if (!stageIds.includes(stage))
      throw new ContentError(`${source} (stages.yaml)`, 'stages', `The stage "${stage}" is missing.`);
  }
}

/** The shipped content, then CONTENT_DIR on top, checked together; throws the first problem found. */
export function loadBaseLayers(contentDir: string | null): ContentLayer[] {
  const layers = [readContentDir(shippedContentDir)];
  if (contentDir) layers.push(readContentDir(path.resolve(contentDir)));
  checkReferences(mergeLayers(layers), contentDir ? `${shippedContentDir} with CONTENT_DIR ${contentDir}` : shippedContentDir);
  return layers;
}

export function loadContent(options: { contentDir: string | null } = { contentDir: null }): Content {
  return mergeLayers(loadBaseLayers(options.contentDir));
}
