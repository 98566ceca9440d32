import type { LadderContent } from '../../schemas/ladders.js';
import { looksLikeFt, parseFt } from './ftFormat.js';
import { frontMatterOf, parseMonzo } from './monzoFormat.js';
import { looksLikeOwn, parseOwn } from './ownFormat.js';
import { type LadderIssue, issueAt, plainData, readYaml } from './source.js';

export type { LadderIssue } from './source.js';
export type LadderParse = { ladder: LadderContent } | { issues: LadderIssue[] };

/**
 * Reads a ladder file in any of the three formats, recognised from the content, not from a
 * header or a name: Markdown with front matter is Monzo's; YAML with `competencies` is an FT
 * job family; YAML with `ladder` is this app's own. `name` is the file's name, for the errors.
 */
export function parseLadder(name: string, text: string): LadderParse {
  const frontMatter = frontMatterOf(text);
  const read = frontMatter ? readYaml(name, frontMatter.yaml, frontMatter.lineOffset) : readYaml(name, text);
  if ('issues' in read) return read;
  const plain = plainData(read.source);
  if ('issues' in plain) return plain;
  const { data } = plain;
  if (frontMatter) return parseMonzo(read.source, data, name.replace(/\.[^.]*$/, ''));
  if (looksLikeFt(data)) return parseFt(read.source, data);
  if (looksLikeOwn(data)) return parseOwn(read.source, data);
  return {
    issues: [
      issueAt(
        name,
        '',
        'Not a ladder format this app reads: use an FT job family (levels, themes, competencies), ' +
          'Monzo framework Markdown (front matter with levels and topics) or a Growth Map ladder (ladder, levels).',
        1,
      ),
    ],
  };
}
