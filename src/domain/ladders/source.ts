import { type Document, LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';

/** One problem of a ladder file, at the line it is on ("operations.yml:12: competencies[3].level: …"). */
export interface LadderIssue {
  field: string;
  problem: string;
  line: number | null;
  text: string;
}

/** A YAML document with what is needed to point at a line: `lineOffset` counts the lines above it in its file. */
export interface YamlSource {
  name: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  lineOffset: number;
}

export const fieldPath = (segments: readonly PropertyKey[]) =>
  segments.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${String(s)}` : String(s)), '');

export function issueAt(name: string, field: string, problem: string, line: number | null): LadderIssue {
  const where = line === null ? name : `${name}:${line}`;
  return { field, problem, line, text: `${where}: ${field ? `${field}: ` : ''}${problem}` };
}

export function readYaml(name: string, text: string, lineOffset = 0): { source: YamlSource } | { issues: LadderIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((error) =>
        issueAt(name, '', error.message.split('\n')[0] ?? 'Not valid YAML.', lineCounter.linePos(error.pos[0]).line + lineOffset),
      ),
    };
  }
  return { source: { name, doc, lineCounter, lineOffset } };
}

/** The line of the deepest node that exists on the path. */
export function lineOf(source: YamlSource, path: readonly PropertyKey[]): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = source.doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return source.lineCounter.linePos(node.range[0]).line + source.lineOffset;
  }
  return null;
}

export const issueOn = (source: YamlSource, path: readonly PropertyKey[], problem: string): LadderIssue =>
  issueAt(source.name, fieldPath(path), problem, lineOf(source, path));

/** Aliases expand by reference, so a few lines could name billions of nodes: the count is capped. */
export function plainData(source: YamlSource): { data: unknown } | { issues: LadderIssue[] } {
  try {
    return { data: source.doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    if (error instanceof ReferenceError) return { issues: [issueAt(source.name, '', 'Too many YAML aliases.', null)] };
    throw error;
  }
}

/** Validates the document's data with a schema; every issue names its line and field (at most 50). */
export function validate<S extends z.ZodType>(
  source: YamlSource,
  data: unknown,
  schema: S,
): { value: z.output<S> } | { issues: LadderIssue[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data };
  return { issues: result.error.issues.slice(0, 50).map((issue) => issueOn(source, issue.path, issue.message)) };
}
