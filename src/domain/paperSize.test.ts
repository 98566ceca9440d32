import { describe, expect, it } from 'vitest';
import { paperSizeFor } from './paperSize.js';

describe('paperSizeFor', () => {
  it('gives Letter where the zone is in a Letter country', () => {
    for (const zone of [
      'America/New_York',
      'America/Los_Angeles',
      'Pacific/Honolulu',
      'America/Toronto',
      'America/Mexico_City',
    ]) {
      expect(paperSizeFor(zone), zone).toBe('LETTER');
    }
    expect(paperSizeFor('Asia/Manila')).toBe('LETTER');
    expect(paperSizeFor('America/Santiago')).toBe('LETTER');
  });

  it('gives A4 everywhere else, and for zones of no country', () => {
    for (const zone of [
      'Europe/Berlin',
      'Europe/London',
      'America/Sao_Paulo',
      'Asia/Tokyo',
      'Australia/Sydney',
      'UTC',
      'Etc/UTC',
    ]) {
      expect(paperSizeFor(zone), zone).toBe('A4');
    }
  });

  it('follows an old alias to its country', () => {
    expect(paperSizeFor('US/Eastern')).toBe('LETTER');
  });
});
