import type { Command } from 'commander';
import type { MapImportItem, MapImportResult } from '../../schemas/mapMarkdown.js';
import { newCommand, type JsonOption } from '../command.js';
import { connect } from '../connection.js';
import { confirm, note, print, printJson, readTextFile } from '../io.js';

interface Options extends JsonOption {
  dryRun?: boolean;
  yes?: boolean;
}

export function importCommand(): Command {
  return newCommand('import', 'Add and update destinations and skills from a Markdown map; shows a preview and asks first')
    .argument('<file>', 'the map in the guide’s template, e.g. growth-map.md')
    .option('--dry-run', 'only show what would change')
    .option('--yes', 'apply without asking')
    .action(async (file: string, options: Options) => {
      const markdown = readTextFile(file);
      const { api } = connect();
      const importMap = (dryRun: boolean) =>
        api('POST /api/v1/map/import', { query: { dryRun: dryRun ? 'true' : 'false' }, body: markdown });
      const preview = await importMap(true);
      const nothingToDo = preview.added.length === 0 && preview.changed.length === 0;
      if (options.dryRun || nothingToDo) {
        if (options.json) printJson(preview);
        else print(describe(file, preview));
        return;
      }
      if (!options.json) print(describe(file, preview));
      if (!options.yes && !(await confirm('Apply these changes?'))) {
        note('Nothing was changed.');
        if (options.json) printJson(preview);
        return;
      }
      const result = await importMap(false);
      if (options.json) printJson(result);
      else print(`Imported ${file}: ${result.added.length} added, ${result.changed.length} changed.`);
    });
}

function describe(file: string, result: MapImportResult): string {
  const item = (i: MapImportItem) =>
    `  ${i.kind} “${i.name}”${i.destination ? ` under “${i.destination}”` : ''}${i.detail ? `: ${i.detail}` : ''}`;
  const lines = [result.dryRun ? `Preview of ${file} (nothing written yet):` : `Imported ${file}:`];
  const groups: [string, MapImportItem[]][] = [
    ['Added', result.added],
    ['Changed', result.changed],
    ['Left alone', result.leftAlone],
  ];
  for (const [title, items] of groups) if (items.length > 0) lines.push(`${title}:`, ...items.map(item));
  if (result.added.length === 0 && result.changed.length === 0) lines.push('Nothing to add or change.');
  for (const warning of result.warnings) lines.push(`${file}:${warning.line}: ${warning.message}`);
  return lines.join('\n');
}
