import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { artifactCommand } from './commands/artifact.js';
import { destinationsCommand } from './commands/destinations.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { levelCommand } from './commands/level.js';
import { lintCommand } from './commands/lint.js';
import { logCommand } from './commands/log.js';
import { loginCommand } from './commands/login.js';
import { skillsCommand } from './commands/skills.js';
import { statusCommand } from './commands/status.js';
import { CliError } from './errors.js';
import { note } from './io.js';

// From dist/cli/ or src/cli/ alike, the package's own package.json is two folders up.
const packageFile = z.object({ version: z.string() });
const version = () => packageFile.parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version;

export function buildProgram(): Command {
  const program = new Command('growthmap')
    .description('Growth Map from the terminal: log progress, record artifacts, keep your map in a Markdown file.')
    .version(version());
  for (const command of [
    loginCommand(),
    statusCommand(),
    logCommand(),
    artifactCommand(),
    destinationsCommand(),
    skillsCommand(),
    levelCommand(),
    exportCommand(),
    importCommand(),
    lintCommand(),
  ]) {
    program.addCommand(command);
  }
  failInOneLine(program, 'growthmap');
  return program;
}

/**
 * A usage mistake is one line on stderr that says where help is, and exit 2 (see runCli), on every
 * command: commander copies neither setting to a command added with addCommand.
 */
function failInOneLine(command: Command, name: string): void {
  command.exitOverride().configureOutput({
    outputError: (message, write) => {
      const text = message
        .replace(/^error: /, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/\.$/, '');
      write(`growthmap: ${text}; see “${name} --help”.\n`);
    },
  });
  for (const sub of command.commands) failInOneLine(sub, `${name} ${sub.name()}`);
}

/** Runs the command line and answers the exit code: 0 done, 1 the work failed, 2 the command line was wrong. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      note(`growthmap: ${error.message}`);
      return error.exitCode;
    }
    // Not a failure this program knows: still one line, never a stack trace.
    note(`growthmap: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
