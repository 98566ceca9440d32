import type { Command } from 'commander';
import { lintMapMarkdown } from '../../domain/mapMarkdown/lint.js';
import { localToday, newCommand, type JsonOption } from '../command.js';
import { print, printJson, readTextFile } from '../io.js';

/**
 * Offline: no server, no token. Findings as `FILE:LINE: message`, exit 1 when there are any, so it
 * serves as a pre-commit hook or a CI step for a map kept in a repository.
 */
export function lintCommand(): Command {
  return newCommand('lint', 'Check Markdown maps offline: the template’s structure and SMART destinations')
    .argument('<files...>', 'the maps, e.g. growth-map.md')
    .action(async (files: string[], options: JsonOption) => {
      const today = localToday();
      const findings = files.flatMap((file) =>
        lintMapMarkdown(readTextFile(file), today).map((finding) => ({ file, line: finding.line, message: finding.message })),
      );
      if (options.json) printJson(findings);
      else if (findings.length > 0) print(findings.map((f) => `${f.file}:${f.line}: ${f.message}`).join('\n'));
      if (findings.length > 0) process.exitCode = 1;
    });
}
