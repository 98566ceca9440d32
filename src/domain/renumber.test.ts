import { describe, expect, it } from 'vitest';
import { renumberIds } from './renumber.js';

const a = '01a21e3e-a8a8-72ad-9840-548c591e1c3c';
const b = '01a21e3e-a82e-712b-82d8-92b6e35800e1';
const fresh = '0190aaaa-0000-7000-8000-000000000001';

describe('renumberIds', () => {
  it('gives a taken id one new value everywhere, inside JSON kept as text too, and leaves the others', () => {
    const document = JSON.stringify({
      cycles: [{ id: a, review_level_change_ids: JSON.stringify([a, b]) }],
      artifacts: [{ id: b, cycle_id: a }],
    });
    const { json, renumbered } = renumberIds(document, new Set([a]), () => fresh);
    expect(renumbered).toBe(1);
    const parsed = JSON.parse(json);
    expect(parsed.cycles[0].id).toBe(fresh);
    expect(JSON.parse(parsed.cycles[0].review_level_change_ids)).toEqual([fresh, b]);
    expect(parsed.artifacts[0]).toEqual({ id: b, cycle_id: fresh });
  });

  it('changes nothing when no id is taken', () => {
    const document = JSON.stringify({ id: a, note: 'no ids here' });
    expect(renumberIds(document, new Set(), () => fresh)).toEqual({ json: document, renumbered: 0 });
  });
});
