import path from 'node:path';
import { type WeekProposal, cycleWeekFor, proposeWeeklyEntries, sinceDate } from '../domain/gitProgress.js';
import { localToday } from './command.js';
import { connect } from './connection.js';
import { targetCycle } from './cycles.js';
import { CliError, usageError } from './errors.js';
import { configuredEmails, isShallow, readCommits } from './git.js';
import { confirm, note, print, printJson } from './io.js';

export interface FromGitOptions {
  since: string;
  repo: string;
  author: string[];
  cycle?: string;
  yes?: boolean;
  json?: boolean;
}

/**
 * Reads the user's own commits and proposes one progress entry per ISO week. Nothing leaves the
 * machine until the user says yes (or passed --yes); `--json` alone only prints the proposal.
 */
export async function logFromGit(options: FromGitOptions): Promise<void> {
  const since = sinceDate(options.since, localToday());
  if (!since) throw usageError(`--since takes 1w, 10d, 3m, 1y or a date like 2026-01-31, not “${options.since}”.`);
  const repo = path.resolve(options.repo);
  const shallow = await isShallow(repo);
  if (shallow) {
    note(`${repo} is a shallow clone: older commits are missing; “git fetch --unshallow” fetches them.`);
  }
  const emails = options.author.length > 0 ? options.author : await configuredEmails(repo);
  if (emails.length === 0) throw new CliError(`Whose commits? Pass --author EMAIL, or set “git config user.email” in ${repo}.`);
  const proposals = proposeWeeklyEntries(await readCommits(repo, since), emails);
  if (options.json && !options.yes) {
    printJson({ repo, since, authors: emails, shallow, entries: proposals });
    return;
  }
  if (proposals.length === 0) {
    if (options.json) printJson({ sent: [], skipped: [] });
    else print(`No commits by ${emails.join(', ')} in ${repo} since ${since}: nothing to log.`);
    return;
  }
  if (!options.json) print(describe(proposals));
  await send(proposals, options);
}

async function send(proposals: WeekProposal[], options: FromGitOptions): Promise<void> {
  const { api, url } = connect();
  const cycle = await targetCycle(api, options.cycle);
  const planned = proposals.map((proposal) => ({ proposal, week: cycleWeekFor(proposal, cycle.weeks) }));
  const skipped = planned.filter((p) => p.week === null).map((p) => p.proposal);
  const sending = planned.flatMap((p) => (p.week === null ? [] : [{ ...p.proposal, cycleWeek: p.week }]));
  if (!options.json) {
    print(`\nTo the cycle “${cycle.goal}”:`);
    for (const entry of sending) print(`  ${entry.week} → week ${entry.cycleWeek}`);
    for (const entry of skipped) print(`  ${entry.week} is outside the cycle’s weeks: not sent`);
  }
  if (sending.length === 0) {
    if (options.json) printJson({ sent: [], skipped });
    else print('Nothing to send.');
    return;
  }
  const question = `Send ${sending.length === 1 ? 'this entry' : `these ${sending.length} entries`} to ${url}?`;
  if (!options.yes && !(await confirm(question))) {
    note('Nothing was sent.');
    return;
  }
  const sent = [];
  for (const entry of sending) {
    sent.push(
      await api('POST /api/v1/cycles/{id}/entries', {
        params: { id: cycle.id },
        body: { week: entry.cycleWeek, text: entry.text },
      }),
    );
  }
  if (options.json) printJson({ sent, skipped });
  else print(`Logged ${sent.length} ${sent.length === 1 ? 'entry' : 'entries'} in “${cycle.goal}”.`);
}

function describe(proposals: WeekProposal[]): string {
  return proposals.map((p) => `${p.week} (${p.from} – ${p.to}): ${p.text}`).join('\n');
}
