import { Command, Option } from 'commander';
import { artifactKindOrder } from '../../domain/labels.js';
import type { ArtifactKind } from '../../schemas/artifacts.js';
import { collect, newCommand, type JsonOption } from '../command.js';
import { connect } from '../connection.js';
import { print, printJson } from '../io.js';
import { findSkill } from '../mapLookup.js';

interface Options extends JsonOption {
  url: string;
  kind?: ArtifactKind;
  outcome?: string;
  description?: string;
  skill: string[];
}

export function artifactCommand(): Command {
  const add = newCommand('add', 'Record a piece of work that shows a skill')
    .argument('<title>', 'what it is, e.g. “Design doc: retry budget”')
    .requiredOption('--url <url>', 'where it is')
    .addOption(new Option('--kind <kind>', 'what kind of work').choices(artifactKindOrder))
    .option('--outcome <sentence>', 'what changed because of it')
    .option('--description <text>', 'more about it')
    .option('--skill <name>', 'a skill it shows, at its current level (repeat for more)', collect, [])
    .action(async (title: string, options: Options) => {
      const { api } = connect();
      const map = options.skill.length > 0 ? await api('GET /api/v1/map') : null;
      const skills = map ? options.skill.map((name) => findSkill(map, name)) : [];
      const artifact = await api('POST /api/v1/artifacts', {
        body: {
          title,
          url: options.url,
          ...(options.kind && { kind: options.kind }),
          ...(options.outcome && { outcome: options.outcome }),
          ...(options.description && { description: options.description }),
          skills: skills.map((skill) => ({ skillId: skill.id, level: skill.currentLevel })),
        },
      });
      if (options.json) printJson(artifact);
      else {
        const shows = skills.length ? `, showing ${skills.map((s) => s.name).join(', ')}` : '';
        print(`Added “${artifact.title}” (${artifact.kind}${shows}): ${artifact.id}`);
      }
    });
  return new Command('artifact').description('Artifacts: the work that proves a level').addCommand(add);
}
