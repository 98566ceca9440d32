import type { GrowthMap, Skill } from '../schemas/map.js';
import { CliError } from './errors.js';

/** A skill named on the command line: by name, any case; a destination title settles a name used twice. */
export function findSkill(map: GrowthMap, name: string, destinationTitle?: string): Skill {
  const wanted = name.trim().toLocaleLowerCase();
  const destinations = destinationTitle
    ? map.destinations.filter((d) => d.title.toLocaleLowerCase() === destinationTitle.trim().toLocaleLowerCase())
    : map.destinations;
  if (destinationTitle && destinations.length === 0) {
    throw new CliError(`No destination is called “${destinationTitle}”: “growthmap destinations” lists them.`);
  }
  const found = destinations.flatMap((d) => d.skills.filter((s) => s.name.toLocaleLowerCase() === wanted));
  if (found.length === 0) throw new CliError(`No skill is called “${name}”: “growthmap skills” lists them.`);
  if (found.length > 1) {
    throw new CliError(`“${name}” is a skill of ${found.length} destinations: name one with --destination TITLE.`);
  }
  return found[0]!;
}
