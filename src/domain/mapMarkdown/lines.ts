import type { Nodes, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Finding } from './model.js';

/** One line of the template as the parser saw it: a heading, a list item's own text, or a paragraph line. */
export interface TemplateLine {
  text: string;
  line: number;
  /** In an ordered list (`1.`), as the template's artifacts are. */
  ordered: boolean;
}

/**
 * The template's lines in document order, read from the Markdown tree: headings, list items at any
 * depth with any bullet (`-`, `*`, `+`, `1.`), and plain paragraph lines. A paragraph's soft line
 * breaks separate lines (a hand-written file may skip the bullets); a hard break stays inside one.
 */
export function templateLines(markdown: string): { lines: TemplateLine[]; skipped: Finding[] } {
  const { text, skipped } = withoutDeepNesting(markdown);
  const out: TemplateLine[] = [];
  visit(fromMarkdown(text), false, out);
  const lines = out.filter((entry) => entry.text.trim() !== '').map((entry) => ({ ...entry, text: entry.text.trim() }));
  return { lines, skipped };
}

/** The template nests two levels; a few more are allowed for hand-written files. */
const MAX_MARKERS = 8;
const MAX_INDENT = 40;
const CONTAINER_MARKER = /^[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/;

function nestingOf(line: string): { markers: number; indent: number } {
  let rest = line;
  let markers = 0;
  for (let match = rest.match(CONTAINER_MARKER); match && markers <= MAX_MARKERS; match = rest.match(CONTAINER_MARKER)) {
    rest = rest.slice(match[0].length);
    markers++;
  }
  return { markers, indent: line.length - line.trimStart().length };
}

/**
 * Lines nested far deeper than any map needs are blanked before parsing, keeping every other line's
 * number: the parser's time grows faster than the depth, so a crafted file could otherwise stall it.
 */
function withoutDeepNesting(markdown: string): { text: string; skipped: Finding[] } {
  const skipped: Finding[] = [];
  const lines = markdown.split('\n').map((line, index) => {
    const { markers, indent } = nestingOf(line);
    if (markers <= MAX_MARKERS && indent <= MAX_INDENT) return line;
    skipped.push({ line: index + 1, message: 'Nested too deeply to read: keep lists and quotes within a few levels.' });
    return '';
  });
  return { text: lines.join('\n'), skipped };
}

function visit(node: Nodes | Root, ordered: boolean, out: TemplateLine[]): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      // One by one: a paragraph of a hundred thousand lines would overflow a spread's arguments.
      for (const line of phraseLines(node.children, node.position?.start.line ?? 1, ordered)) out.push(line);
      return;
    case 'list':
      for (const child of node.children) visit(child, node.ordered === true, out);
      return;
    case 'root':
    case 'listItem':
    case 'blockquote':
      for (const child of node.children) visit(child, ordered, out);
      return;
    default:
      // Code, HTML, rules and the rest carry nothing of the template.
      return;
  }
}

function phraseLines(children: PhrasingContent[], startLine: number, ordered: boolean): TemplateLine[] {
  let current: TemplateLine = { text: '', line: startLine, ordered };
  const lines = [current];
  const append = (text: string, line: number) => {
    const [first = '', ...rest] = text.split('\n');
    current.text += first;
    rest.forEach((part, index) => {
      current = { text: part, line: line + index + 1, ordered };
      lines.push(current);
    });
  };
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? startLine;
      if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') append(node.value, line);
      else if (node.type === 'break') current.text += '\n';
      else if (node.type === 'image') append(node.alt ?? '', line);
      else if (node.type === 'link') {
        walk(node.children);
        // An autolink already shows its address; a titled link gets it in brackets.
        if (!current.text.endsWith(node.url)) append(` (${node.url})`, line);
      } else if ('children' in node) walk(node.children);
    }
  };
  walk(children);
  return lines;
}
