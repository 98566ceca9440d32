import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentFiles } from '../schemas/content.js';
import {
  ContentError,
  isContentFileName,
  loadContent,
  parseContentFile,
  parseContentFileInTurns,
  readContentDir,
  shippedContentDir,
} from './load.js';

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'growthmap-content-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

function refusal(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a content error');
}

describe('the shipped framework content', () => {
  const content = loadContent({ contentDir: null });
  const perStage = <T>(items: T[], stagesOf: (item: T) => string[]) =>
    ['mvp-foundation', 'problem-solution-fit', 'go-to-market', 'scale'].map(
      (stage) => items.filter((item) => stagesOf(item).includes(stage)).length,
    );

  it('has the four stages with every line the source gives them', () => {
    expect(content.stages.map((s) => s.name)).toEqual(['MVP Foundation', 'Problem / Solution Fit', 'Go-To-Market', 'Scale']);
    const mvp = content.stages[0]!;
    expect(mvp.commonTasks).toContain('Write focused tests around the business core');
    expect(content.stages[3]!.commonMistakes).toContain('Creating abstractions that no team can own well');
  });

  it('has at least 10 self-check statements per stage, each tied to a list and to catalogue skills', () => {
    for (const count of perStage(content.selfCheck, (i) => [i.stage])) expect(count).toBeGreaterThanOrEqual(10);
  });

  it('has at least 5 readings and 4 practice tasks per stage', () => {
    for (const count of perStage(content.readings, (r) => r.stages)) expect(count).toBeGreaterThanOrEqual(5);
    for (const count of perStage(content.practiceTasks, (t) => [t.stage])) expect(count).toBeGreaterThanOrEqual(4);
  });

  it('has at least 40 catalogue skills covering every category and every stage', () => {
    expect(content.skills.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(content.skills.map((s) => s.category));
    expect(categories.size).toBe(4);
    for (const count of perStage(content.skills, (s) => s.stages)) expect(count).toBeGreaterThan(5);
  });

  it('has the two starter projects of the source and at least four more, and templates for every category', () => {
    expect(content.starterProjects.length).toBeGreaterThanOrEqual(6);
    expect(content.starterProjects.map((p) => p.title).join(' ')).toMatch(/observability/i);
    expect(content.starterProjects.map((p) => p.title).join(' ')).toMatch(/canary/i);
    expect(content.destinationTemplates.length).toBeGreaterThanOrEqual(11);
    for (const category of ['technical-specialization', 'leadership-impact', 'craft-and-process', 'personal-reputation']) {
      expect(content.destinationTemplates.filter((t) => t.category === category).length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('content files', () => {
  it('names the file, the field path and the line of a problem', () => {
    const text = ['skills:', '  - id: observability', '    name: Observability', '    category: wizardry', ''].join('\n');
    const error = refusal(() => parseContentFile('skills.yaml', text, 'org/skills.yaml'));
    expect(error.file).toBe('org/skills.yaml');
    expect(error.field).toBe('skills[0].category');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^org\/skills\.yaml:4: skills\[0\]\.category: /);
  });

  it('reports a missing field at its parent’s line, and a YAML syntax error at its line', () => {
    const missing = refusal(() => parseContentFile('stages.yaml', 'stages:\n  - id: scale\n    name: Scale\n'));
    expect(missing.field).toBe('stages[0].summary');
    expect(missing.line).toBe(2);
    const syntax = refusal(() => parseContentFile('stages.yaml', 'stages:\n  - id: [scale\n'));
    expect(syntax.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses unknown keys, duplicate ids and unknown files', () => {
    expect(refusal(() => parseContentFile('stages.yaml', 'stages: []\nstagez: []\n')).message).toMatch(/stagez|Unrecognized/);
    const twice =
      'projects:\n' +
      ['a', 'a']
        .map(
          (id) =>
            `  - {id: ${id}, title: T, stages: [scale], skills: [observability], tech: Node, deliverables: [x], outcome: y}`,
        )
        .join('\n');
    expect(refusal(() => parseContentFile('starter-projects.yaml', twice)).problem).toMatch(/appears twice/);
    expect(refusal(() => readContentDir(folderWith({ 'skill.yaml': 'skills: []\n' }))).problem).toMatch(/Unknown content file/);
  });

  it('lets CONTENT_DIR extend a list, replace an item by id, or replace a whole list', () => {
    const extended = loadContent({
      contentDir: folderWith({
        'starter-projects.yaml': [
          'projects:',
          '  - id: org-chaos-day',
          '    title: Run a chaos day on staging',
          '    stages: [scale]',
          '    skills: [reliability-engineering]',
          '    tech: Our staging cluster',
          '    deliverables: [A failure-mode table]',
          '    outcome: Known failure modes before customers find them',
        ].join('\n'),
      }),
    });
    const shipped = loadContent({ contentDir: null });
    expect(extended.starterProjects.length).toBe(shipped.starterProjects.length + 1);
    const replaced = loadContent({
      contentDir: folderWith({
        'reading.yaml':
          'mode: replace\nreadings:\n  - {id: our-handbook, stages: [scale], kind: article, title: Our handbook, authors: [Platform team], year: 2026, why: Our own way}\n',
      }),
    });
    expect(replaced.readings.map((r) => r.id)).toEqual(['our-handbook']);
  });

  it('refuses content whose references point at nothing', () => {
    const dir = folderWith({
      'practice-tasks.yaml':
        'tasks:\n  - {id: t, stage: scale, title: T, scenario: S, constraints: [c], deliverable: D, skills: [no-such-skill], timeBoxMinutes: 60}\n',
    });
    expect(refusal(() => loadContent({ contentDir: dir })).problem).toMatch(/"no-such-skill" is not in the skill catalogue/);
  });
});

describe('parsing an upload in turns', () => {
  it.each(Object.keys(contentFiles).filter(isContentFileName))(
    'reads the shipped %s exactly as the one-go parse does, 7 characters at a time',
    async (name) => {
      const text = readFileSync(path.join(shippedContentDir, name), 'utf8');
      expect(await parseContentFileInTurns(name, text, name, 7)).toEqual(parseContentFile(name, text));
    },
  );

  it('reads block scalars, multi-line flow collections and quoted strings across chunks', async () => {
    const text = [
      'readings:',
      '  - id: our-handbook',
      '    stages: [',
      '      scale,',
      '      go-to-market',
      '    ]',
      '    kind: article',
      '    title: "Our operating',
      '      handbook"',
      '    authors: [Platform team]',
      '    year: 2026',
      '    why: >',
      '      How we run',
      '      things here.',
      '',
    ].join('\n');
    for (const chunkSize of [1, 3, 16, 64]) {
      expect(await parseContentFileInTurns('reading.yaml', text, 'r.yaml', chunkSize)).toEqual(
        parseContentFile('reading.yaml', text),
      );
    }
  });

  it.each([
    ['stages.yaml', 'stages:\n  - id: moon\n'],
    ['reading.yaml', 'readings: [\n'],
    ['reading.yaml', 'readings: []\n---\nreadings: []\n'],
    ['reading.yaml', ''],
  ] as const)('refuses %s %j with the same file, field and line', async (name, text) => {
    const once = refusal(() => parseContentFile(name, text, 'x.yaml'));
    const inTurns = await parseContentFileInTurns(name, text, 'x.yaml', 5).then(
      () => null,
      (error: unknown) => error,
    );
    expect(inTurns).toBeInstanceOf(ContentError);
    expect(inTurns).toMatchObject({ file: once.file, field: once.field, line: once.line });
  });
});
