import { describe, expect, it } from 'vitest';
import { hashSecret, newSecret, safeEqual } from './secrets.js';

describe('secrets', () => {
  it('hashes a secret with SHA-256, as hex, as stored before', () => {
    // FIPS 180-2's example: the hash of "abc".
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = newSecret('gm_');
    expect(hashSecret(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(token)).not.toBe(hashSecret(newSecret('gm_')));
  });

  it('compares two strings in full, whatever their lengths', () => {
    expect(safeEqual('csrf-token', 'csrf-token')).toBe(true);
    expect(safeEqual('csrf-token', 'csrf-tokem')).toBe(false);
    expect(safeEqual('csrf-token', 'csrf')).toBe(false);
  });
});
