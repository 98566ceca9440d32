import { type Command, InvalidArgumentError } from 'commander';
import { collect, newCommand, type JsonOption } from '../command.js';
import { connect } from '../connection.js';
import { targetCycle } from '../cycles.js';
import { CliError, usageError } from '../errors.js';
import { print, printJson } from '../io.js';
import { logFromGit } from '../logFromGit.js';

interface Options extends JsonOption {
  evidence?: string;
  cycle?: string;
  week?: number;
  fromGit?: boolean;
  since: string;
  repo: string;
  author: string[];
  yes?: boolean;
}

function weekNumber(value: string): number {
  const week = Number(value);
  if (!Number.isInteger(week) || week < 1 || week > 6) throw new InvalidArgumentError('Use a week from 1 to 6.');
  return week;
}

export function logCommand(): Command {
  return newCommand('log', 'Log what you did this week, or propose entries from your git commits (--from-git)')
    .argument('[text]', 'what you did')
    .option('--evidence <url>', 'a link that shows it')
    .option('--cycle <id>', 'the cycle (default: the one running this week)')
    .option('--week <n>', 'the cycle’s week (default: this week)', weekNumber)
    .option('--from-git', 'propose one entry per week from your commits, and ask before sending')
    .option('--since <when>', 'with --from-git: how far back (1w, 10d, 3m, 1y or a date)', '1w')
    .option('--repo <dir>', 'with --from-git: the repository', '.')
    .option('--author <email>', 'with --from-git: your address (repeat for more; default: git config user.email)', collect, [])
    .option('--yes', 'with --from-git: send without asking')
    .action(async (text: string | undefined, options: Options) => {
      if (options.fromGit) {
        if (text !== undefined) throw usageError('Use either a text or --from-git, not both.');
        return logFromGit(options);
      }
      if (!text?.trim()) throw usageError('Say what you did: growthmap log "text" (or use --from-git).');
      const { api } = connect();
      const cycle = await targetCycle(api, options.cycle);
      const week = options.week ?? cycle.currentWeek;
      if (week === null)
        throw new CliError(`“${cycle.goal}” has no current week (it is ${cycle.status}): name one with --week N.`);
      const entry = await api('POST /api/v1/cycles/{id}/entries', {
        params: { id: cycle.id },
        body: { week, text, ...(options.evidence && { evidence: [{ kind: 'link', url: options.evidence }] }) },
      });
      if (options.json) printJson(entry);
      else print(`Logged week ${entry.week} of “${cycle.goal}”.`);
    });
}
