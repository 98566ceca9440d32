import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApiHarness, password, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

const countOf = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;

describe.each(engines)('parallel requests on %s', (engine) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await startApi(engine);
    await api.admin();
  });
  afterEach(() => api.close());

  it('checks at most 10 of 100 simultaneous wrong passwords for one email; the rest are refused unchecked', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api.caller(`198.51.100.${i + 1}`).post('/api/v1/session', { email: 'admin@example.test', password: `wrong guess ${i}` }),
      ),
    );
    const statuses = guesses.map((g) => g.status);
    expect(countOf(statuses, 401)).toBe(10);
    expect(countOf(statuses, 429)).toBe(90);
    // The allowance is spent for the right password too, until the window ends.
    const right = await api.caller('203.0.113.1').post('/api/v1/session', { email: 'admin@example.test', password });
    expect(right.status).toBe(429);
    api.clock.advance(15 * 60_000 + 1);
    expect((await api.caller('203.0.113.1').post('/api/v1/session', { email: 'admin@example.test', password })).status).toBe(200);
  });

  it('does not count a right password against the allowance', async () => {
    for (let i = 0; i < 12; i++) {
      const answer = await api.caller().post('/api/v1/session', { email: 'admin@example.test', password });
      expect(answer.status).toBe(200);
    }
  });
});
