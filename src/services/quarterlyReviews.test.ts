import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import { rejection } from '../../test/support/rejection.js';
import { destinationsToReview } from '../domain/quarterly.js';
import type { Destination } from '../schemas/map.js';
import type { Actor } from './context.js';
import * as destinations from './destinations.js';
import { getMap } from './map.js';
import { createQuarterlyReview, listQuarterlyReviews } from './quarterlyReviews.js';

describe.each(engines)('quarterly reviews decide on active destinations only, on %s', (engine) => {
  let h: ServiceHarness;
  let ada: Actor;
  let active: Destination;
  let retired: Destination;
  let completed: Destination;

  const create = (title: string) => destinations.createDestination(h.deps, ada, { title, category: 'craft-and-process' });
  const close = (d: Destination, status: 'retired' | 'completed') =>
    destinations.patchDestination(h.deps, ada, d.id, { version: d.version, status });

  beforeEach(async () => {
    h = await serviceHarness(engine);
    ada = await h.user('Ada');
    active = await create('Write the on-call handbook for the payments team');
    retired = await close(await create('Migrate the billing jobs to the new scheduler'), 'retired');
    completed = await close(await create('Give two internal talks on observability'), 'completed');
  });
  afterEach(() => h.dispose());

  it('offers only the active destinations of the map for review', async () => {
    const map = await getMap(h.deps, ada);
    expect(map.destinations.map((d) => d.status)).toEqual(['active', 'retired', 'completed']);
    expect(destinationsToReview(map.destinations).map((d) => d.id)).toEqual([active.id]);
  });

  it.each(['keep', 'refresh', 'complete', 'retire'] as const)(
    'refuses “%s” for a retired or completed destination with a message on that field, and changes nothing',
    async (decision) => {
      for (const closed of [retired, completed]) {
        const error = await rejection(
          createQuarterlyReview(h.deps, ada, {
            decisions: [
              { destinationId: active.id, decision: 'complete' },
              { destinationId: closed.id, decision },
            ],
          }),
        );
        expect(error).toMatchObject({ code: 'validation_failed', status: 400 });
        expect(error.details.fields?.['decisions.1.destinationId']).toBe(
          `“${closed.title}” is ${closed.status}: a quarterly review decides only on active destinations. ` +
            'Leave it out, or reactivate it on the map first.',
        );
      }
      // Refused as a whole: no review stored and the active destination's "complete" not applied either.
      expect(await listQuarterlyReviews(h.deps, ada)).toEqual([]);
      const map = await getMap(h.deps, ada);
      expect(map.destinations.map((d) => [d.id, d.status])).toEqual([
        [active.id, 'active'],
        [retired.id, 'retired'],
        [completed.id, 'completed'],
      ]);
    },
  );

  it('records the decisions on active destinations and leaves the closed ones as they are', async () => {
    const review = await createQuarterlyReview(h.deps, ada, {
      decisions: [{ destinationId: active.id, decision: 'keep' }],
    });
    expect(review.decisions).toEqual([{ destinationId: active.id, decision: 'keep' }]);
    // The snapshot still shows the whole map, closed destinations included, for the next comparison.
    expect(review.snapshot.destinations.map((d) => [d.id, d.status])).toEqual([
      [active.id, 'active'],
      [retired.id, 'retired'],
      [completed.id, 'completed'],
    ]);
  });
});
