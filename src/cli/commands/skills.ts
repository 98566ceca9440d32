import type { Command } from 'commander';
import { levelLabel, newCommand, type JsonOption } from '../command.js';
import { connect } from '../connection.js';
import { print, printJson } from '../io.js';

export function skillsCommand(): Command {
  return newCommand('skills', 'Your skills with their current and target levels').action(async (options: JsonOption) => {
    const map = await connect().api('GET /api/v1/map');
    const skills = map.destinations.flatMap((destination) =>
      destination.skills.map((skill) => ({ ...skill, destination: destination.title })),
    );
    if (options.json) printJson(skills);
    else if (skills.length === 0) print('No skills yet: add them under a destination in the app.');
    else {
      print(
        skills
          .map((s) => {
            const target = s.targetLevel === s.currentLevel ? ' (the target)' : ` → ${levelLabel(s.targetLevel)}`;
            return `${s.name}: ${levelLabel(s.currentLevel)}${target} (${s.destination})`;
          })
          .join('\n'),
      );
    }
  });
}
