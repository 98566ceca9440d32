import { describe, expect, it } from 'vitest';
import { preferencesPatch } from './planning.js';

describe('the pairing rotation’s weeks in a preferences patch', () => {
  it('takes a whole number from 1 to 52 and names the rule for anything else, an empty field included', () => {
    expect(preferencesPatch.parse({ version: 1, pairingStaleWeeks: 52 }).pairingStaleWeeks).toBe(52);
    for (const bad of [0, 53, 2.5, null, '3']) {
      const result = preferencesPatch.safeParse({ version: 1, pairingStaleWeeks: bad });
      expect(result.success, String(bad)).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['pairingStaleWeeks', 'Use a whole number of weeks from 1 to 52.'],
      ]);
    }
  });
});
