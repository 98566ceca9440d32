import { z } from 'zod';
import type { Level } from '../../schemas/common.js';
import type { LadderContent } from '../../schemas/ladders.js';
import { type LadderIssue, type YamlSource, issueOn, validate } from './source.js';

// This app's own ladder YAML (content/ladders/*.yaml, docs/content-format.md): a `ladder` name
// and levels in order, each with expectations optionally tied to a skill at N/P/E.
const words = z.string().trim().min(1, 'Must not be empty.');
const levelWords = {
  N: 'novice',
  P: 'practitioner',
  E: 'expert',
  novice: 'novice',
  practitioner: 'practitioner',
  expert: 'expert',
} as const satisfies Record<string, Level>;
const expectedLevel = z
  .enum(['N', 'P', 'E', 'novice', 'practitioner', 'expert'], { error: 'Use N, P or E.' })
  .transform((value) => levelWords[value]);

const ownLadder = z.object({
  ladder: words,
  levels: z
    .array(
      z.object({
        id: words,
        name: words,
        expectations: z.array(
          z.object({
            area: words,
            statement: words,
            skill: words.optional(),
            expected: expectedLevel.optional(),
          }),
        ),
      }),
    )
    .min(1, 'List at least one level.'),
});

export const looksLikeOwn = (data: unknown): boolean => typeof data === 'object' && data !== null && 'ladder' in data;

export function parseOwn(source: YamlSource, data: unknown): { ladder: LadderContent } | { issues: LadderIssue[] } {
  const checked = validate(source, data, ownLadder);
  if ('issues' in checked) return checked;
  const seen = new Set<string>();
  const issues: LadderIssue[] = [];
  checked.value.levels.forEach((level, index) => {
    if (seen.has(level.id)) issues.push(issueOn(source, ['levels', index, 'id'], `"${level.id}" appears twice`));
    seen.add(level.id);
  });
  if (issues.length > 0) return { issues };
  return {
    ladder: {
      name: checked.value.ladder,
      format: 'growth-map',
      levels: checked.value.levels.map((level) => ({
        id: level.id,
        name: level.name,
        expectations: level.expectations.map((e) => ({
          area: e.area,
          statement: e.statement,
          skill: e.skill ?? null,
          expected: e.expected ?? null,
        })),
      })),
    },
  };
}
