import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdownBlocks.js';

describe('markdownBlocks', () => {
  it('reads headings, bullets at their depth, numbered items and paragraphs as plain text', () => {
    const text = [
      '## Outcomes',
      '',
      '- Cut **MTTR** from 45 to 12 minutes ([doc](https://x.test/doc))',
      '  - with `tracing`',
      '',
      '1. First',
      '2. Second',
      '',
      'A paragraph',
      'on two lines.',
    ].join('\n');
    expect(markdownBlocks(text)).toEqual([
      { kind: 'heading', depth: 2, text: 'Outcomes' },
      { kind: 'item', depth: 0, marker: '•', text: 'Cut MTTR from 45 to 12 minutes (doc (https://x.test/doc))' },
      { kind: 'item', depth: 1, marker: '•', text: 'with tracing' },
      { kind: 'item', depth: 0, marker: '1.', text: 'First' },
      { kind: 'item', depth: 0, marker: '2.', text: 'Second' },
      { kind: 'paragraph', text: 'A paragraph on two lines.' },
    ]);
  });

  it('leaves out images and HTML tags, and keeps Cyrillic and Greek as they are', () => {
    expect(markdownBlocks('<b>x</b>\n\n![a](https://x.test/a.png)\n\n- Распределённые системы, Κατανεμημένα συστήματα')).toEqual([
      { kind: 'paragraph', text: 'x' },
      { kind: 'item', depth: 0, marker: '•', text: 'Распределённые системы, Κατανεμημένα συστήματα' },
    ]);
  });
});
