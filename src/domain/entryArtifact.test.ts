import { describe, expect, it } from 'vitest';
import type { ProgressEntry } from '../schemas/cycles.js';
import { artifactFromEntry, entryLink, titleFromEntry } from './entryArtifact.js';

const entry = (text: string, evidence: ProgressEntry['evidence']): ProgressEntry => ({
  id: 'e1',
  cycleId: 'c1',
  week: 3,
  kind: 'progress',
  text,
  evidence,
  createdAt: '2026-03-02T23:30:00.000Z',
  version: 1,
});

describe('an artifact from a progress entry', () => {
  it('takes the first line as the title, cut at a word when long', () => {
    expect(titleFromEntry('  Wrote the design doc \n and more')).toBe('Wrote the design doc');
    const long = titleFromEntry(`${'word '.repeat(40)}end`);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long).toMatch(/word…$/);
    expect(titleFromEntry('x'.repeat(200))).toBe(`${'x'.repeat(119)}…`);
  });

  it('uses the first link, the cycle and its destinations, and the day in the owner’s time zone', () => {
    const from = entry('Shipped tracing', [
      { kind: 'artifact', id: 'a0' },
      { kind: 'link', url: 'https://a.test/1' },
      { kind: 'link', url: 'https://a.test/2' },
    ]);
    expect(entryLink(from)).toBe('https://a.test/1');
    expect(artifactFromEntry(from, 'https://a.test/1', { id: 'c1', destinationIds: ['d1'] }, 'Europe/Berlin')).toEqual({
      title: 'Shipped tracing',
      kind: 'other',
      url: 'https://a.test/1',
      date: '2026-03-03',
      cycleId: 'c1',
      skills: [],
      destinationIds: ['d1'],
    });
    expect(artifactFromEntry(from, 'https://a.test/1', { id: 'c1', destinationIds: [] }, 'UTC').date).toBe('2026-03-02');
    expect(entryLink(entry('No link', []))).toBeNull();
  });
});
