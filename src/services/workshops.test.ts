import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import { countingQueries } from '../../test/support/mentoring.js';
import { listSessions } from '../db/repositories/feedbackSessions.js';
import { OwnerScope, ownScope } from './access.js';
import type { Actor } from './context.js';
import { createTeam, inviteMember, patchMembership } from './teams.js';
import { createWorkshop, recordWorkshop } from './workshops.js';

describe.each(engines)('recording a workshop on %s', (engine) => {
  let h: ServiceHarness;
  let lead: Actor;
  let members: Actor[];
  let teamId: string;

  beforeAll(async () => {
    h = await serviceHarness(engine);
    lead = await h.user('Lead');
    teamId = (await createTeam(h.deps, lead, { name: 'Platform', membersSeeHeatmap: false })).id;
    members = [];
    for (const name of ['Ann', 'Ben', 'Cat', 'Dov']) {
      const member = await h.user(name);
      const invited = await inviteMember(h.deps, lead, teamId, member.user.email);
      await patchMembership(h.deps, member, invited.membershipId, { version: 1, status: 'active', consent: 'levels' });
      members.push(member);
    }
  });
  afterAll(() => h.dispose());

  const workshopSessions = (member: Actor) => listSessions(h.deps.db, ownScope(member), { kind: 'workshop' });

  it('writes one attendee’s session and four attendees’ sessions in the same number of queries', async () => {
    const counting = countingQueries(h.deps.db);
    const deps = { ...h.deps, db: counting.db };
    const queriesFor = async (skill: string, attendees: readonly Actor[]) => {
      const workshop = await createWorkshop(h.deps, lead, teamId, skill);
      const before = counting.count();
      await recordWorkshop(deps, lead, workshop.id, {
        version: workshop.version,
        date: '2026-03-10',
        attendees: attendees.map((a) => a.user.id),
      });
      return counting.count() - before;
    };
    const one = await queriesFor('Go', members.slice(0, 1));
    // Before, each attendee added an insert: 8 queries for one, 11 for four.
    expect(await queriesFor('Kubernetes', members)).toBe(one);
    for (const member of members) {
      expect((await workshopSessions(member)).find((s) => s.domain === 'Kubernetes')).toMatchObject({
        kind: 'workshop',
        date: '2026-03-10',
        partner: 'Platform',
      });
    }
  });

  it('gives the lead a write scope over each active member only, and a member none over anyone', async () => {
    const outsider = await h.user('Out');
    const ids = [...members, outsider].map((m) => m.user.id);
    const scopes = await OwnerScope.workshopAttendees(h.deps, lead, teamId, ids);
    expect(scopes.map((s) => s.ownerId).sort()).toEqual(members.map((m) => m.user.id).sort());
    expect(scopes.every((s) => s.via === 'team' && s.viewerId === lead.user.id)).toBe(true);
    const [ann] = members;
    if (!ann) throw new Error('the members are missing');
    expect(await OwnerScope.workshopAttendees(h.deps, ann, teamId, ids)).toEqual([]);
  });

  it('writes no session when the record names a stale version', async () => {
    const workshop = await createWorkshop(h.deps, lead, teamId, 'Rust');
    await expect(
      recordWorkshop(h.deps, lead, workshop.id, { version: workshop.version + 1, attendees: members.map((m) => m.user.id) }),
    ).rejects.toMatchObject({ code: 'conflict' });
    for (const member of members) expect((await workshopSessions(member)).map((s) => s.domain)).not.toContain('Rust');
  });
});
