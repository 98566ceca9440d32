import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { routes } from '../schemas/routes.js';
import type { Heatmap } from '../schemas/teams.js';
import { EncodedJson } from './encodedJson.js';

const route = routes.teams.heatmap;
const [ada, bob] = [randomUUID(), randomUUID()];
const heatmap: Heatmap = {
  members: [
    { userId: ada, name: 'Ada' },
    { userId: bob, name: 'Bob' },
  ],
  skills: [{ name: 'Tracing', levels: { [ada]: 'expert', [bob]: 'novice' }, targets: { [bob]: 'expert' }, belowTarget: 1 }],
  thinSpots: [],
  pairings: [],
  category: null,
};
const withoutLevels = (value: Heatmap): Heatmap => ({
  ...value,
  skills: value.skills.map((skill) => ({ ...skill, levels: {}, targets: {} })),
});

describe('EncodedJson.ofBulky', () => {
  it('makes the same bytes as a full check', () => {
    expect(EncodedJson.ofBulky(route, heatmap, withoutLevels).bytes.toString()).toBe(
      EncodedJson.of(route, heatmap).bytes.toString(),
    );
  });

  it('still checks everything but the bulk', () => {
    const stranger: Heatmap = { ...heatmap, members: [{ userId: 'not an id', name: 'Eve' }] };
    expect(() => EncodedJson.ofBulky(route, stranger, withoutLevels)).toThrow(/doesn't match the schema/);
  });

  it('refuses a value the encode would change, such as a key the schema drops', () => {
    const extra = Object.assign({}, heatmap, { internal: 'secret' });
    expect(() => EncodedJson.ofBulky(route, extra, withoutLevels)).toThrow(/must go through EncodedJson.of/);
  });
});

describe('EncodedJson.ofText', () => {
  it('keeps a text route’s answer as its own bytes, under the route’s type', () => {
    const answer = EncodedJson.ofText(routes.teams.heatmapCsv, 'Skill,Åsa\r\n');
    expect(answer.bytes.toString()).toBe('Skill,Åsa\r\n');
    expect(answer.contentType).toBe('text/csv; charset=utf-8');
  });
});
