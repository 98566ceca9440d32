import { Argument, Command } from 'commander';
import type { Level } from '../../schemas/common.js';
import { levelLabel, newCommand, parseLevel, type JsonOption } from '../command.js';
import { connect } from '../connection.js';
import { print, printJson } from '../io.js';
import { findSkill } from '../mapLookup.js';

interface Options extends JsonOption {
  note: string;
  destination?: string;
  evidence?: string;
}

export function levelCommand(): Command {
  const set = newCommand('set', 'Record a new level for a skill, with why')
    .argument('<skill>', 'the skill’s name (any case)')
    .addArgument(new Argument('<level>', 'novice, practitioner or expert (or N, P, E)').argParser(parseLevel))
    .requiredOption('--note <text>', 'why the level changed')
    .option('--destination <title>', 'the destination, when two have a skill of that name')
    .option('--evidence <url>', 'a link that shows the new level')
    .action(async (name: string, level: Level, options: Options) => {
      const { api } = connect();
      const skill = findSkill(await api('GET /api/v1/map'), name, options.destination);
      const change = await api('POST /api/v1/skills/{id}/level-changes', {
        params: { id: skill.id },
        body: { to: level, note: options.note, ...(options.evidence && { evidence: [{ kind: 'link', url: options.evidence }] }) },
      });
      if (options.json) printJson(change);
      else print(`${skill.name}: ${levelLabel(change.from ?? skill.currentLevel)} → ${levelLabel(change.to)} on ${change.date}.`);
    });
  return new Command('level').description('Skill levels').addCommand(set);
}
