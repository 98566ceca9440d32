import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import { OwnerScope } from './access.js';
import type { Actor } from './context.js';
import * as destinations from './destinations.js';
import * as endorsements from './endorsements.js';
import * as skills from './skills.js';

const tokenOf = (url: string) => url.split('/endorse/')[1] ?? '';

describe.each(engines)('endorsements for a shared portfolio on %s', (engine) => {
  let h: ServiceHarness;
  let ada: Actor;

  beforeEach(async () => {
    h = await serviceHarness(engine);
    ada = await h.user('Ada');
  });
  afterEach(() => h.dispose());

  /** Asks, answers from its own address, and returns the endorsement's id and version. */
  async function endorsed(name: string, body: Parameters<typeof endorsements.submitEndorsement>[3]) {
    const { url } = await endorsements.createRequest(h.deps, ada, { name, skillIds: body.observations.map((o) => o.skillId) });
    await endorsements.submitEndorsement(h.deps, `10.7.0.${name.length}`, tokenOf(url), body);
    const found = (await endorsements.listEndorsements(h.deps, ada)).find((e) => e.endorserName === name);
    if (!found) throw new Error(`no endorsement from ${name}`);
    return found;
  }

  it('gives only approved quotes, with skill names, and a name only where the endorser allowed it', async () => {
    const destination = await destinations.createDestination(h.deps, ada, {
      title: 'Lead the observability rollout by Q3',
      category: 'technical-specialization',
    });
    const tracing = await skills.createSkill(h.deps, ada, destination.id, {
      name: 'Tracing',
      currentLevel: 'novice',
      targetLevel: 'expert',
    });
    const grace = await endorsed('Grace', {
      quote: 'Made tracing boring.',
      relationship: 'Teammate',
      observations: [{ skillId: tracing.id, level: 'practitioner' }],
      showName: true,
    });
    const linus = await endorsed('Linus', { quote: 'Kind and clear.', relationship: null, observations: [], showName: false });
    await endorsed('Margaret', { quote: 'Not approved yet.', relationship: null, observations: [], showName: true });
    for (const e of [grace, linus]) {
      await endorsements.patchEndorsement(h.deps, ada, e.id, { status: 'approved', version: e.version });
    }
    const shared = await endorsements.approvedEndorsementsForShare(h.deps, ada);
    expect(shared).toHaveLength(2);
    expect(shared).toEqual(
      expect.arrayContaining([
        { quote: 'Made tracing boring.', name: 'Grace', relationship: 'Teammate', skills: ['Tracing'] },
        { quote: 'Kind and clear.', name: null, relationship: null, skills: [] },
      ]),
    );
    // Another person's share never holds Ada's endorsements.
    const bob = await h.user('Bob');
    expect(await endorsements.approvedEndorsementsForShare(h.deps, bob)).toEqual([]);
  });

  it('gives a link’s bearer the owner’s scope only while the link’s hash matches a live request', async () => {
    const { id, url } = await endorsements.createRequest(h.deps, ada, { name: 'Grace', skillIds: [] });
    const opened = await OwnerScope.forEndorsementLink(h.deps, tokenOf(url));
    expect(opened?.request.id).toBe(id);
    expect(opened?.scope).toMatchObject({ ownerId: ada.user.id, viewerId: null, via: 'endorsement-link', isOwn: false });
    expect(opened?.scope.ownerTimeZone).toBe(ada.user.timeZone);
    expect(await OwnerScope.forEndorsementLink(h.deps, `${tokenOf(url)}x`)).toBeNull();
    await endorsements.withdrawRequest(h.deps, ada, id);
    expect(await OwnerScope.forEndorsementLink(h.deps, tokenOf(url))).toBeNull();
  });
});
