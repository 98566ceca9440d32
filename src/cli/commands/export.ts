import { writeFileSync } from 'node:fs';
import { Argument, type Command } from 'commander';
import { newCommand, type JsonOption } from '../command.js';
import { connect } from '../connection.js';
import { CliError, usageError } from '../errors.js';
import { print, printJson } from '../io.js';

interface Options extends JsonOption {
  output?: string;
}

type Format = 'md' | 'pdf' | 'json';

export function exportCommand(): Command {
  return newCommand(
    'export',
    'Download your map as the guide’s Markdown template, the one-page PDF, or your whole account as JSON',
  )
    .addArgument(new Argument('<format>', 'md, pdf or json').choices(['md', 'pdf', 'json']))
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(async (format: Format, options: Options) => {
      if (format === 'pdf' && !options.output && process.stdout.isTTY) {
        throw usageError('A PDF does not belong on a terminal: add -o FILE (or pipe it).');
      }
      const content = await download(format);
      if (options.output) {
        try {
          writeFileSync(options.output, content);
        } catch (error) {
          throw new CliError(`Could not write ${options.output}: ${error instanceof Error ? error.message : error}`);
        }
        const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
        if (options.json) printJson({ format, file: options.output, bytes });
        else print(`Wrote ${options.output} (${bytes} bytes).`);
      } else if (typeof content !== 'string') process.stdout.write(content);
      else if (options.json && format === 'md') printJson({ format, markdown: content });
      else print(content);
    });
}

async function download(format: Format): Promise<string | Uint8Array> {
  const { api } = connect();
  if (format === 'md') return api('GET /api/v1/map/export.md');
  if (format === 'json') return `${JSON.stringify(await api('GET /api/v1/me/export'), null, 2)}\n`;
  return api('GET /api/v1/map/one-page.pdf');
}
