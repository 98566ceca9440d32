import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * A Markdown text (the talking points' draft) as the blocks a printed page shows: headings, list
 * items with their depth, and paragraphs, each as plain text. Emphasis prints as its words, a link
 * as its words and its address, code as its text; images and HTML are left out.
 */
export type Block =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'item'; depth: number; text: string; marker: string }
  | { kind: 'paragraph'; text: string };

/** Lists deeper than this print at this depth: a page has no room for more indents. */
const MAX_DEPTH = 4;

export function markdownBlocks(markdown: string): Block[] {
  const out: Block[] = [];
  walk(fromMarkdown(markdown), 0, out);
  return out.filter((block) => block.text.trim() !== '');
}

function walk(node: Nodes | Root, depth: number, out: Block[]): void {
  switch (node.type) {
    case 'heading':
      out.push({ kind: 'heading', depth: node.depth, text: textOf(node) });
      return;
    case 'paragraph':
      out.push({ kind: 'paragraph', text: textOf(node) });
      return;
    case 'code':
      out.push({ kind: 'paragraph', text: node.value });
      return;
    case 'list':
      node.children.forEach((item, index) => {
        const [first, ...rest] = item.children;
        const marker = node.ordered ? `${(node.start ?? 1) + index}.` : '•';
        out.push({ kind: 'item', depth: Math.min(depth, MAX_DEPTH), marker, text: first ? textOf(first) : '' });
        for (const child of rest) walk(child, depth + 1, out);
      });
      return;
    case 'root':
    case 'blockquote':
      for (const child of node.children) walk(child, depth, out);
      return;
    default:
      return;
  }
}

/** A node's words on one line: soft breaks become spaces, a link keeps its address. */
function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value.replace(/\s*\n\s*/g, ' ');
    case 'break':
      return ' ';
    case 'link': {
      const words = node.children.map(textOf).join('');
      return words === node.url ? words : `${words} (${node.url})`;
    }
    case 'image':
    case 'html':
      return '';
    default:
      return 'children' in node ? node.children.map(textOf).join('') : '';
  }
}
