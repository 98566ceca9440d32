import type { Command } from 'commander';
import type { Destination } from '../../schemas/map.js';
import { newCommand, type JsonOption } from '../command.js';
import { connect } from '../connection.js';
import { print, printJson } from '../io.js';

const letters = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

export function destinationsCommand(): Command {
  return newCommand('destinations', 'Your destinations, their SMART check and their skills').action(
    async (options: JsonOption) => {
      const map = await connect().api('GET /api/v1/map');
      if (options.json) printJson(map.destinations);
      else if (map.destinations.length === 0)
        print('No destinations yet: add one in the app or with “growthmap import FILE.md”.');
      else print(map.destinations.map(describe).join('\n'));
    },
  );
}

function describe(destination: Destination, index: number): string {
  const passed = letters.filter((letter) => destination.smart[letter].pass).length;
  const by = destination.targetDate ? `, by ${destination.targetDate}` : '';
  const skills = destination.skills.length === 1 ? '1 skill' : `${destination.skills.length} skills`;
  return `${String.fromCharCode(65 + (index % 26))}. ${destination.title} [${destination.status}${by}] SMART ${passed}/5, ${skills}`;
}
