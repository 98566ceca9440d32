import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LadderContent } from '../../schemas/ladders.js';
import { nextLevelOf } from './nextLevel.js';
import { parseLadder } from './parseLadder.js';

const fixture = (file: string) => fs.readFileSync(path.resolve('test/fixtures/frameworks', file), 'utf8');

function ladderOf(name: string, text: string): LadderContent {
  const parsed = parseLadder(name, text);
  if ('issues' in parsed) throw new Error(parsed.issues.map((issue) => issue.text).join('\n'));
  return parsed.ladder;
}

function issuesOf(name: string, text: string) {
  const parsed = parseLadder(name, text);
  if ('ladder' in parsed) throw new Error('expected issues');
  return parsed.issues;
}

describe('FT job-family YAML', () => {
  const text = fixture('ft/operations.yml');

  it('reads the Operations family: three levels, competencies by theme', () => {
    const ladder = ladderOf('operations.yml', text);
    expect(ladder.format).toBe('ft');
    expect(ladder.name).toBe('Operations');
    expect(ladder.levels.map((l) => l.id)).toEqual(['engineer', 'senior-1', 'senior-2']);
    expect(ladder.levels[0]?.expectations).toContainEqual({
      area: 'Technical',
      statement: 'Support systems and performs technical processes',
      skill: null,
      // "Working knowledge" does not say N, P or E outright.
      expected: null,
    });
    expect(ladder.levels.reduce((n, l) => n + l.expectations.length, 0)).toBe(48);
  });

  it('names the file, line and field of an unknown level', () => {
    const broken = text.replace(/level: senior-1/, 'level: senior-3');
    const line = broken.split('\n').findIndex((l) => l.includes('level: senior-3')) + 1;
    const issues = issuesOf('operations.yml', broken);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.text).toMatch(
      new RegExp(`^operations\\.yml:${line}: competencies\\[\\d+\\]\\.level: unknown level "senior-3"$`),
    );
  });

  it('maps the proficiency words that say so', () => {
    const ladder = ladderOf('x.yml', text.replace('proficiency: Working knowledge', 'proficiency: Expert'));
    expect(ladder.levels[0]?.expectations[0]?.expected).toBe('expert');
  });

  it('names a missing field with its line', () => {
    const issues = issuesOf(
      'operations.yml',
      text.replace('    summary: Support systems and performs technical processes\n', ''),
    );
    expect(issues[0]?.field).toBe('competencies[0].summary');
    expect(issues[0]?.line).toBe(text.split('\n').indexOf('  - id: 06e32fac-1368-47fb-b6ef-261d58662ba8') + 1);
  });
});

describe('Monzo framework Markdown', () => {
  const text = fixture('monzo/web.md');

  it('reads the front matter: six levels, topics as areas, criteria and example criteria', () => {
    const ladder = ladderOf('web.md', text);
    expect(ladder.format).toBe('monzo');
    expect(ladder.name).toBe('🌐 Web Engineering Framework');
    expect(ladder.levels).toHaveLength(6);
    expect(ladder.levels[0]?.expectations).toContainEqual({
      area: 'Communication',
      statement: 'Provides regular status updates to their mentor/buddy',
      skill: null,
      expected: null,
    });
    expect(ladder.levels[1]?.expectations.map((e) => e.statement)).toContain(
      'Provides helpful and actionable feedback in code reviews in an empathetic manner',
    );
    expect(ladder.levels[3]?.expectations.some((e) => e.area === '👩‍💼 Leadership')).toBe(true);
  });

  it('counts lines from the top of the file, front matter delimiter included', () => {
    const broken = text.replace('      - level: 6\n', '      - level: 7\n');
    const line = broken.split('\n').indexOf('      - level: 7') + 1;
    const issues = issuesOf('web.md', broken);
    expect(issues[0]?.text).toBe(`web.md:${line}: topics[0].content[5].level: unknown level 7 (levels: 6)`);
  });

  it('takes another discipline with no title and no example criteria', () => {
    const other =
      '---\nlevels: 2\ntopics:\n  - name: "mastery"\n    content:\n      - level: 2\n        criteria:\n          - "Knows it"\n---\nBody\n';
    const ladder = ladderOf('backend.md', other);
    expect(ladder.name).toBe('backend');
    expect(ladder.levels[1]?.expectations).toEqual([{ area: 'Mastery', statement: 'Knows it', skill: null, expected: null }]);
  });
});

describe('the app’s own ladder YAML', () => {
  const text = fs.readFileSync(path.resolve('content/ladders/example.yaml'), 'utf8');

  it('reads the shipped example with skills and N/P/E', () => {
    const ladder = ladderOf('example.yaml', text);
    expect(ladder.format).toBe('growth-map');
    expect(ladder.levels.map((l) => l.name)).toEqual(['Engineer', 'Senior engineer', 'Staff engineer']);
    expect(ladder.levels[1]?.expectations[0]).toEqual({
      area: 'Craft',
      statement: 'Chooses the testing strategy for a feature and explains the trade-offs',
      skill: 'Testing strategy',
      expected: 'practitioner',
    });
  });

  it('names a bad expected level', () => {
    const issues = issuesOf('example.yaml', text.replace('expected: N', 'expected: X'));
    expect(issues[0]?.text).toBe('example.yaml:12: levels[0].expectations[0].expected: Use N, P or E.');
  });

  it('refuses a file of no known format, and broken YAML, with a line', () => {
    expect(issuesOf('notes.yaml', 'title: hello\n')[0]?.text).toMatch(/^notes\.yaml:1: Not a ladder format/);
    expect(issuesOf('bad.yaml', 'ladder: x\nlevels: [\n')[0]?.line).toBeGreaterThan(0);
  });
});

describe('next-level gaps', () => {
  const ladder = ladderOf('example.yaml', fs.readFileSync(path.resolve('content/ladders/example.yaml'), 'utf8'));

  it('lists what is new or expected higher, not what stays the same', () => {
    const result = nextLevelOf(ladder, 'senior');
    expect(result?.next?.id).toBe('staff');
    const statements = result?.gaps.map((g) => g.statement) ?? [];
    expect(statements).toContain('Sets the testing approach several teams build on');
    expect(statements).not.toContain('Owns a change from idea to deployment, including its rollout and rollback');
    expect(statements).toHaveLength(4);
  });

  it('has no next level at the top, and nothing for an unknown level', () => {
    expect(nextLevelOf(ladder, 'staff')).toMatchObject({ next: null, gaps: [] });
    expect(nextLevelOf(ladder, 'nope')).toBeNull();
  });

  it('counts the same statement at a higher expected level as a gap', () => {
    const same = {
      name: 'x',
      format: 'growth-map' as const,
      levels: [
        { id: 'a', name: 'A', expectations: [{ area: 'C', statement: 'Tests', skill: 'testing', expected: 'novice' as const }] },
        { id: 'b', name: 'B', expectations: [{ area: 'C', statement: 'Tests', skill: 'Testing', expected: 'expert' as const }] },
      ],
    };
    expect(nextLevelOf(same, 'a')?.gaps).toHaveLength(1);
  });
});
