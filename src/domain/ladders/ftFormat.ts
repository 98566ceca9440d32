import { z } from 'zod';
import type { Level } from '../../schemas/common.js';
import type { LadderContent } from '../../schemas/ladders.js';
import { type LadderIssue, type YamlSource, issueOn, validate } from './source.js';

// The Financial Times' job-family format (Financial-Times/engineering-progression,
// test/schema/job-family.json): levels and themes by id, competencies naming both.
const words = z.string().trim().min(1, 'Must not be empty.');
const ftFamily = z.object({
  name: words,
  levels: z.array(z.object({ id: words, name: words })).min(1, 'List at least one level.'),
  themes: z.array(z.object({ id: words, name: words })),
  competencies: z.array(
    z.object({
      level: words,
      theme: words,
      summary: words,
      proficiency: z.enum(['Awareness', 'Foundational', 'Working knowledge', 'Practitioner', 'Expert']).optional(),
    }),
  ),
});

/** Only the words that say N/P/E outright map to one; "Working knowledge" and the rest set no expected level. */
const proficiencyLevels: Partial<Record<string, Level>> = { Practitioner: 'practitioner', Expert: 'expert' };

export const looksLikeFt = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && 'competencies' in data && 'levels' in data;

export function parseFt(source: YamlSource, data: unknown): { ladder: LadderContent } | { issues: LadderIssue[] } {
  const checked = validate(source, data, ftFamily);
  if ('issues' in checked) return checked;
  const family = checked.value;
  const themes = new Map(family.themes.map((theme) => [theme.id, theme.name]));
  const levelIds = new Set(family.levels.map((level) => level.id));
  const issues: LadderIssue[] = [];
  family.competencies.forEach((competency, index) => {
    if (!levelIds.has(competency.level))
      issues.push(issueOn(source, ['competencies', index, 'level'], `unknown level "${competency.level}"`));
    if (!themes.has(competency.theme))
      issues.push(issueOn(source, ['competencies', index, 'theme'], `unknown theme "${competency.theme}"`));
  });
  if (issues.length > 0) return { issues };
  return {
    ladder: {
      name: family.name,
      format: 'ft',
      levels: family.levels.map((level) => ({
        id: level.id,
        name: level.name,
        expectations: family.competencies
          .filter((competency) => competency.level === level.id)
          .map((competency) => ({
            area: themes.get(competency.theme) ?? competency.theme,
            statement: competency.summary,
            skill: null,
            expected: (competency.proficiency && proficiencyLevels[competency.proficiency]) ?? null,
          })),
      })),
    },
  };
}
