import { describe, expect, it } from 'vitest';
import { Caller, password, startApi } from '../support/api.js';
import { databaseUrlFor } from '../support/engines.js';

describe('two instances on one PostgreSQL database', () => {
  it('act as one: a session made on one works on the other, and so do the failure counters', async () => {
    const databaseUrl = await databaseUrlFor('postgresql');
    const first = await startApi('postgresql', { databaseUrl });
    const second = await startApi('postgresql', { databaseUrl });
    try {
      const onFirst = await first.admin();
      await onFirst.post('/api/v1/destinations', {
        title: 'Give two internal talks per quarter',
        category: 'personal-reputation',
      });

      const onSecond = new Caller(second.runtime);
      onSecond.cookie = onFirst.cookie;
      onSecond.csrfToken = onFirst.csrfToken;
      const map = await onSecond.get('/api/v1/map');
      expect(map.status).toBe(200);
      expect(map.body.destinations[0].title).toBe('Give two internal talks per quarter');
      // The CSRF secret is generated once and shared through the database.
      expect((await onSecond.patch('/api/v1/map', { version: map.body.version, role: 'Senior engineer' })).status).toBe(200);

      // Each instance keeps the map's answer for its next read; a change made on the other is in it at once.
      expect((await onFirst.get('/api/v1/map')).body.role).toBe('Senior engineer');
      await onSecond.post('/api/v1/destinations', { title: 'Run the on-call rota', category: 'leadership-impact' });
      const seenOnFirst = await onFirst.get('/api/v1/map');
      expect(seenOnFirst.body.destinations.map((d: { title: string }) => d.title)).toEqual([
        'Give two internal talks per quarter',
        'Run the on-call rota',
      ]);
      const [talks] = seenOnFirst.body.destinations;
      const renamed = await onFirst.patch(`/api/v1/destinations/${talks.id}`, {
        version: talks.version,
        title: 'Give three internal talks per quarter',
      });
      expect(renamed.status).toBe(200);
      expect((await onSecond.get('/api/v1/map')).body.destinations[0].title).toBe('Give three internal talks per quarter');

      // Failures counted on one instance limit the other.
      for (let i = 0; i < 10; i++) {
        const instance = i % 2 === 0 ? first : second;
        await instance.caller('203.0.113.9').post('/api/v1/session', { email: 'admin@example.test', password: 'wrong guess' });
      }
      const limited = await second.caller('203.0.113.10').post('/api/v1/session', { email: 'admin@example.test', password });
      expect(limited.status).toBe(429);

      // Signing out on the second ends the session on the first.
      await onSecond.delete('/api/v1/session');
      expect((await onFirst.get('/api/v1/map')).status).toBe(401);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
