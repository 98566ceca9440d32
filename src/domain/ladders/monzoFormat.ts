import { z } from 'zod';
import type { LadderContent } from '../../schemas/ladders.js';
import { type LadderIssue, type YamlSource, issueOn, validate } from './source.js';

// Monzo's progression framework (monzo/progression-framework, frameworks/<discipline>/*.md):
// YAML front matter with `levels: N` and topics whose content lists criteria per level.
const words = z.string().trim().min(1, 'Must not be empty.');
const monzoFramework = z.object({
  title: z.string().nullish(),
  levels: z.number().int().min(1).max(50),
  topics: z.array(
    z.object({
      name: words,
      title: z.string().nullish(),
      content: z.array(
        z.object({
          level: z.number().int().min(1),
          criteria: z.array(words).nullish(),
          exampleCriteria: z.array(z.object({ criteria: words })).nullish(),
        }),
      ),
    }),
  ),
});

/**
 * The front matter: a first line of exactly `---`, up to the next line of exactly `---`
 * (Jekyll's and Gatsby's rule). Its text and the number of lines above it.
 */
export function frontMatterOf(text: string): { yaml: string; lineOffset: number } | null {
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/.exec(text);
  return match ? { yaml: match[2] ?? '', lineOffset: 1 } : null;
}

const areaOf = (topic: { name: string; title?: string | null | undefined }) =>
  topic.title?.trim() || topic.name.charAt(0).toUpperCase() + topic.name.slice(1);

export function parseMonzo(
  source: YamlSource,
  data: unknown,
  fallbackName: string,
): { ladder: LadderContent } | { issues: LadderIssue[] } {
  const checked = validate(source, data, monzoFramework);
  if ('issues' in checked) return checked;
  const framework = checked.value;
  const issues: LadderIssue[] = [];
  framework.topics.forEach((topic, t) => {
    topic.content.forEach((entry, c) => {
      if (entry.level > framework.levels)
        issues.push(
          issueOn(source, ['topics', t, 'content', c, 'level'], `unknown level ${entry.level} (levels: ${framework.levels})`),
        );
    });
  });
  if (issues.length > 0) return { issues };
  const levels = Array.from({ length: framework.levels }, (_, index) => index + 1);
  return {
    ladder: {
      name: framework.title?.trim() || fallbackName,
      format: 'monzo',
      levels: levels.map((number) => ({
        id: `level-${number}`,
        name: `Level ${number}`,
        expectations: framework.topics.flatMap((topic) =>
          topic.content
            .filter((entry) => entry.level === number)
            .flatMap((entry) => [...(entry.criteria ?? []), ...(entry.exampleCriteria ?? []).map((example) => example.criteria)])
            .map((statement) => ({ area: areaOf(topic), statement, skill: null, expected: null })),
        ),
      })),
    },
  };
}
