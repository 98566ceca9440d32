import type { Command } from 'commander';
import type { ThisWeek } from '../../schemas/planning.js';
import { newCommand, type JsonOption } from '../command.js';
import { connect } from '../connection.js';
import { print, printJson } from '../io.js';

export function statusCommand(): Command {
  return newCommand('status', 'This week: where each running cycle is, and what is due').action(async (options: JsonOption) => {
    const week = await connect().api('GET /api/v1/this-week');
    if (options.json) printJson(week);
    else print(describeWeek(week));
  });
}

function describeWeek(week: ThisWeek): string {
  const lines = [`This week (today ${week.today})`];
  if (week.cycles.length === 0) lines.push('No cycle is running: plan one in the app (Plan → Cycles).');
  for (const { cycle, weekNumber, phase, headline } of week.cycles) {
    const where = weekNumber === null ? cycle.status : `week ${weekNumber} of ${cycle.lengthWeeks}${phase ? `, ${phase}` : ''}`;
    lines.push(`• ${cycle.goal} (${where}): ${headline}`, `  cycle ${cycle.id}`);
  }
  if (week.due.length > 0) {
    lines.push('', 'Due:');
    for (const item of week.due) lines.push(`  ${item.due}  ${item.title}${item.overdue ? ' (overdue)' : ''}`);
  }
  if (week.actionItems.length > 0) lines.push('', `Open action items: ${week.actionItems.length}`);
  for (const notice of week.notices) lines.push('', notice);
  return lines.join('\n');
}
