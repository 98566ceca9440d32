import { type SmartLetter, checkSmart } from '../smart.js';
import type { Finding } from './model.js';
import { readMapMarkdown } from './read.js';

const letterNames: readonly [SmartLetter, string][] = [
  ['specific', 'Specific'],
  ['measurable', 'Measurable'],
  ['achievable', 'Achievable'],
  ['relevant', 'Relevant'],
  ['timeBound', 'Time-bound'],
];

/**
 * What `growthmap lint` reports for a map kept in a repository, with no server: the template's
 * structure (lines it cannot read, a file without destinations, a destination without skills) and
 * the SMART check on every destination ("Make destinations Specific, Measurable, Achievable,
 * Relevant, Time-bound", the Growth Map guide, section 1), each at the line it is about.
 */
export function lintMapMarkdown(markdown: string, today: string): Finding[] {
  const { map, warnings } = readMapMarkdown(markdown);
  const findings = [...warnings];
  if (map.destinations.length === 0) {
    findings.push({ line: 1, message: 'No destination: add one as “Destination A: [Title]”.' });
  }
  for (const destination of map.destinations) {
    if (destination.skills.length === 0) {
      findings.push({
        line: destination.line,
        message: `“${destination.title}” has no skills: add “Skill 1: [Name] - [N/P/E]”.`,
      });
    }
    const smart = checkSmart(destination, today);
    for (const [letter, name] of letterNames) {
      const result = smart[letter];
      if (!result.pass) findings.push({ line: destination.line, message: `not ${name}: ${result.reason} ${result.hint}`.trim() });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
