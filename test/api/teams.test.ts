import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamGrants } from '../../src/db/repositories/teamMemberships.js';
import { type ApiHarness, type Caller, password, refusal, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';
import { TestSmtpServer } from '../support/smtp.js';

type Level = 'novice' | 'practitioner' | 'expert';
type Category = 'technical-specialization' | 'leadership-impact';

async function skillsOn(who: Caller, category: Category, skills: [string, Level, Level][]) {
  const destination = await who.call('POST /api/v1/destinations', { body: { title: `Grow in ${category}`, category } });
  for (const [name, currentLevel, targetLevel] of skills) {
    await who.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name, currentLevel, targetLevel },
    });
  }
}

async function join(who: Caller, consent: 'levels' | 'goals' | 'everything') {
  const [invited] = (await who.call('GET /api/v1/memberships')).filter((m) => m.status === 'invited');
  if (!invited) throw new Error('no invitation waiting');
  return who.call('PATCH /api/v1/memberships/{id}', {
    params: { id: invited.id },
    body: { version: invited.version, status: 'active', consent },
  });
}

describe.each(engines)('teams over HTTP on %s', (engine) => {
  let api: ApiHarness;
  let ada: Caller;
  let bob: Caller;
  let cyd: Caller;
  let eve: Caller;
  let teamId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    ada = await api.admin();
    bob = await api.member('Bob');
    cyd = await api.member('Cyd');
    eve = await api.member('Eve');
    for (const [name, who] of [
      ['ada', ada],
      ['bob', bob],
      ['cyd', cyd],
    ] as const) {
      ids[name] = (await who.call('GET /api/v1/me')).user.id;
    }
    await skillsOn(ada, 'technical-specialization', [
      ['Tracing', 'expert', 'expert'],
      ['Kubernetes', 'novice', 'practitioner'],
    ]);
    await skillsOn(bob, 'technical-specialization', [
      ['tracing', 'novice', 'practitioner'],
      ['Kubernetes', 'novice', 'novice'],
    ]);
    await skillsOn(cyd, 'leadership-impact', [['Tracing', 'practitioner', 'expert']]);
    await skillsOn(cyd, 'technical-specialization', [['Go', 'expert', 'expert']]);
  });
  afterAll(() => api.close());

  it('lets a lead create a team, invite two people who accept with different consent, and answers 409 on a stale change', async () => {
    const team = await ada.call('POST /api/v1/teams', { body: { name: 'Platform' } });
    teamId = team.id;
    expect(team).toMatchObject({ name: 'Platform', role: 'lead', membersSeeHeatmap: false, version: 1 });
    expect(team.members).toEqual([expect.objectContaining({ userId: ids.ada, status: 'active', consent: 'levels' })]);

    const invited = await ada.call('POST /api/v1/teams/{id}/invitations', {
      params: { id: teamId },
      body: { email: 'BOB@example.test' },
    });
    expect(invited).toMatchObject({ email: 'bob@example.test', existingAccount: true, joinUrl: null, mailed: false });
    await ada.call('POST /api/v1/teams/{id}/invitations', { params: { id: teamId }, body: { email: 'cyd@example.test' } });
    const twice = await refusal(
      ada.call('POST /api/v1/teams/{id}/invitations', { params: { id: teamId }, body: { email: 'cyd@example.test' } }),
    );
    expect(twice.status).toBe(400);

    // An invitation is not membership: nothing is shared and the team stays hidden until accepted.
    const [waiting] = await bob.call('GET /api/v1/memberships');
    expect(waiting).toMatchObject({ teamName: 'Platform', leadName: 'Admin', status: 'invited', consent: null, isLead: false });
    expect((await refusal(bob.call('GET /api/v1/teams/{id}', { params: { id: teamId } }))).status).toBe(404);
    const noConsent = await refusal(
      bob.call('PATCH /api/v1/memberships/{id}', {
        params: { id: waiting?.id ?? '' },
        body: { version: 1, status: 'active' },
      }),
    );
    expect(noConsent.fields.consent).toBeDefined();

    expect(await join(bob, 'levels')).toMatchObject({ status: 'active', consent: 'levels', version: 2 });
    await join(cyd, 'goals');

    const asMember = await bob.call('GET /api/v1/teams/{id}', { params: { id: teamId } });
    expect(asMember.role).toBe('member');
    expect(asMember.members.map((m) => [m.name, m.email, m.consent])).toEqual([
      ['Admin', null, null],
      ['Bob', null, null],
      ['Cyd', null, null],
    ]);
    const asLead = await ada.call('GET /api/v1/teams/{id}', { params: { id: teamId } });
    expect(asLead.members.map((m) => [m.name, m.consent])).toEqual([
      ['Admin', 'levels'],
      ['Bob', 'levels'],
      ['Cyd', 'goals'],
    ]);
    expect((await bob.call('GET /api/v1/teams')).map((t) => [t.name, t.role, t.memberCount])).toEqual([
      ['Platform', 'member', 3],
    ]);

    const renamed = await ada.call('PATCH /api/v1/teams/{id}', {
      params: { id: teamId },
      body: { version: 1, name: 'Platform team' },
    });
    expect(renamed.version).toBe(2);
    const stale = await refusal(
      ada.call('PATCH /api/v1/teams/{id}', { params: { id: teamId }, body: { version: 1, name: 'Old' } }),
    );
    expect(stale.status).toBe(409);
    expect(stale.current).toMatchObject({ name: 'Platform team', version: 2 });
    const byMember = await refusal(
      bob.call('PATCH /api/v1/teams/{id}', { params: { id: teamId }, body: { version: 2, name: 'Mine' } }),
    );
    expect(byMember.status).toBe(403);
  });

  it('lets the lead read a member through the owner’s own routes as far as their consent goes, and no further', async () => {
    // Cyd consented to goals: the map and cycles, not evidence. Bob to levels only: the heatmap.
    const cydsMap = await ada.call('GET /api/v1/map', { query: { owner: ids.cyd } });
    expect(cydsMap.destinations.map((d) => d.title)).toContain('Grow in leadership-impact');
    expect(await ada.call('GET /api/v1/cycles', { query: { owner: ids.cyd } })).toEqual([]);
    expect((await ada.get(`/api/v1/artifacts?owner=${ids.cyd}`)).status).toBe(404);
    expect((await ada.get(`/api/v1/map?owner=${ids.bob}`)).status).toBe(404);
    // A member never reads the lead, and the lead's reads are in the member's access log.
    expect((await bob.get(`/api/v1/map?owner=${ids.ada}`)).status).toBe(404);
    expect((await cyd.call('GET /api/v1/access-log')).map((row) => [row.viewer.name, row.section])).toEqual(
      expect.arrayContaining([
        ['Admin', 'map'],
        ['Admin', 'cycles'],
      ]),
    );
  });

  it('shows the lead the heatmap with thin spots and a pairing, and members only when the lead allows it', async () => {
    const heatmap = await ada.call('GET /api/v1/teams/{id}/heatmap', { params: { id: teamId }, query: {} });
    expect(heatmap.members.map((m) => m.name)).toEqual(['Admin', 'Bob', 'Cyd']);
    expect(heatmap.skills.map((s) => [s.name, s.levels])).toEqual([
      ['Go', { [ids.cyd ?? '']: 'expert' }],
      ['Kubernetes', { [ids.ada ?? '']: 'novice', [ids.bob ?? '']: 'novice' }],
      ['Tracing', { [ids.ada ?? '']: 'expert', [ids.bob ?? '']: 'novice', [ids.cyd ?? '']: 'practitioner' }],
    ]);
    expect(heatmap.skills.find((s) => s.name === 'Tracing')?.belowTarget).toBe(2);
    expect(heatmap.thinSpots.map((s) => [s.skill, s.kind])).toEqual([
      ['Go', 'bus-factor'],
      ['Kubernetes', 'no-practitioner'],
      ['Tracing', 'bus-factor'],
    ]);
    expect(heatmap.thinSpots[2]?.reason).toBe(
      'Only Admin is at Expert in Tracing: when they are away, no one else can design it or teach it.',
    );
    expect(heatmap.pairings).toEqual([
      expect.objectContaining({ skill: 'Tracing', expert: ids.ada, novice: ids.bob, lastPaired: null }),
    ]);

    // The category filter reads destinations: goal data, so only Cyd (goals) counts.
    const leadership = await ada.call('GET /api/v1/teams/{id}/heatmap', {
      params: { id: teamId },
      query: { category: 'leadership-impact' },
    });
    expect(leadership.skills.map((s) => [s.name, s.levels])).toEqual([['Tracing', { [ids.cyd ?? '']: 'practitioner' }]]);

    const csv = await ada.call('GET /api/v1/teams/{id}/heatmap.csv', { params: { id: teamId }, query: {} });
    expect(csv.split('\r\n')[0]).toBe('Skill,Admin,Bob,Cyd,Below target,Thin spot');
    expect(csv).toContain('Tracing,Expert,Novice,Practitioner,2,');
    const raw = await ada.request('GET', `/api/v1/teams/${teamId}/heatmap.csv`);
    expect(raw.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(raw.headers['content-disposition']).toContain('attachment');

    expect((await refusal(bob.call('GET /api/v1/teams/{id}/heatmap', { params: { id: teamId }, query: {} }))).status).toBe(403);
    const team = await ada.call('GET /api/v1/teams/{id}', { params: { id: teamId } });
    await ada.call('PATCH /api/v1/teams/{id}', {
      params: { id: teamId },
      body: { version: team.version, membersSeeHeatmap: true },
    });
    expect((await bob.call('GET /api/v1/teams/{id}/heatmap', { params: { id: teamId }, query: {} })).members).toHaveLength(3);
  });

  it('hides the team from an outsider: 404 on every team route', async () => {
    for (const route of [
      'GET /api/v1/teams/{id}',
      'GET /api/v1/teams/{id}/heatmap',
      'GET /api/v1/teams/{id}/workshops',
    ] as const) {
      expect((await refusal(eve.call(route, { params: { id: teamId } }))).status).toBe(404);
    }
    expect(await eve.call('GET /api/v1/teams')).toEqual([]);
  });

  it('gives the lead a workshop draft from a thin spot, schedules it as .ics and records it as feedback sessions', async () => {
    const draft = await ada.call('POST /api/v1/teams/{id}/workshops', { params: { id: teamId }, body: { skill: 'Kubernetes' } });
    expect(draft).toMatchObject({ skill: 'Kubernetes', title: 'Workshop: Kubernetes', date: null, recordedAt: null });
    expect(draft.agenda.length).toBeGreaterThan(2);
    expect((await refusal(ada.call('GET /api/v1/workshops/{id}/invite.ics', { params: { id: draft.id } }))).status).toBe(404);
    const scheduled = await ada.call('PATCH /api/v1/workshops/{id}', {
      params: { id: draft.id },
      body: { version: 1, date: '2026-03-10', startTime: '14:00', lengthMinutes: 90 },
    });
    const ics = await bob.call('GET /api/v1/workshops/{id}/invite.ics', { params: { id: draft.id } });
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART;TZID=UTC:20260310T140000');
    expect(ics).toContain('DTEND;TZID=UTC:20260310T153000');
    expect((await refusal(eve.call('GET /api/v1/workshops/{id}', { params: { id: draft.id } }))).status).toBe(404);

    const recorded = await ada.call('POST /api/v1/workshops/{id}/record', {
      params: { id: draft.id },
      body: { version: scheduled.version, attendees: [ids.bob ?? '', ids.cyd ?? ''] },
    });
    expect(recorded.recordedAt).not.toBeNull();
    const sessions = await bob.call('GET /api/v1/feedback-sessions', { query: { kind: 'workshop' } });
    expect(sessions).toEqual([expect.objectContaining({ kind: 'workshop', date: '2026-03-10', domain: 'Kubernetes' })]);
    const eveId = (await eve.call('GET /api/v1/me')).user.id;
    const another = await ada.call('POST /api/v1/teams/{id}/workshops', { params: { id: teamId }, body: { skill: 'Go' } });
    const outsider = await refusal(
      ada.call('POST /api/v1/workshops/{id}/record', { params: { id: another.id }, body: { version: 1, attendees: [eveId] } }),
    );
    expect(outsider.fields['attendees.0']).toBeDefined();
  });

  it('drops a member who leaves from the heatmap at once, and lets the lead remove a member', async () => {
    const db = api.runtime.deps.db;
    // What the access policy is given: the lead's grant over Bob, with his consent; none the other way.
    const grantsOver = async (viewer = '', owner = '') => (await teamGrants(db, viewer, [owner])).get(owner) ?? [];
    expect(await grantsOver(ids.ada, ids.bob)).toEqual([{ via: 'team', id: teamId, consent: 'levels' }]);
    expect(await grantsOver(ids.bob, ids.ada)).toEqual([]);
    const [bobs] = await bob.call('GET /api/v1/memberships');
    await bob.call('DELETE /api/v1/memberships/{id}', { params: { id: bobs?.id ?? '' } });
    expect(await grantsOver(ids.ada, ids.bob)).toEqual([]);
    const after = await ada.call('GET /api/v1/teams/{id}/heatmap', { params: { id: teamId }, query: {} });
    expect(after.members.map((m) => m.name)).toEqual(['Admin', 'Cyd']);
    expect(after.skills.find((s) => s.name === 'Tracing')?.levels).not.toHaveProperty(ids.bob ?? '');
    expect((await refusal(bob.call('GET /api/v1/teams/{id}', { params: { id: teamId } }))).status).toBe(404);

    const team = await ada.call('GET /api/v1/teams/{id}', { params: { id: teamId } });
    const cyds = team.members.find((m) => m.name === 'Cyd');
    await ada.call('DELETE /api/v1/memberships/{id}', { params: { id: cyds?.membershipId ?? '' } });
    expect((await ada.call('GET /api/v1/teams/{id}/heatmap', { params: { id: teamId }, query: {} })).members).toHaveLength(1);
    const own = team.members.find((m) => m.name === 'Admin');
    expect((await refusal(ada.call('DELETE /api/v1/memberships/{id}', { params: { id: own?.membershipId ?? '' } }))).status).toBe(
      409,
    );
  });

  it('keeps teams, shared with other people, out of the account export, and removes them with the account', async () => {
    const exported = await ada.call('GET /api/v1/me/export');
    expect(Object.keys(exported.records)).not.toContain('teams');
    expect(JSON.stringify(exported)).not.toContain('Platform team');

    const dan = await api.member('Dan');
    const danTeam = await dan.call('POST /api/v1/teams', { body: { name: 'Short-lived' } });
    await dan.call('DELETE /api/v1/me', { body: { confirm: 'dan@example.test', password } });
    expect((await refusal(ada.call('GET /api/v1/teams/{id}', { params: { id: danTeam.id } }))).status).toBe(404);
  });
});

describe.each(engines)('a team invitation when sign-up is invite on %s', (engine) => {
  let api: ApiHarness;
  let smtp: TestSmtpServer;
  afterAll(async () => {
    await api.close();
    await smtp.close();
  });

  it('mails a person without an account a link to join through, and they accept', async () => {
    smtp = await new TestSmtpServer().start();
    api = await startApi(engine, { signup: 'invite', smtpUrl: smtp.url });
    const lead = await api.admin();
    const team = await lead.call('POST /api/v1/teams', { body: { name: 'Data' } });
    const invited = await lead.call('POST /api/v1/teams/{id}/invitations', {
      params: { id: team.id },
      body: { email: 'newcomer@example.test' },
    });
    expect(invited).toMatchObject({ existingAccount: false, mailed: true });
    const token = invited.joinUrl?.split('/join/')[1] ?? '';
    const [mail] = smtp.to('newcomer@example.test');
    expect(mail?.subject).toBe('Admin invites you to the team Data');
    expect(mail?.text).toContain(invited.joinUrl ?? 'a join link');

    const newcomer = api.caller();
    // Any address: the invitation's link attaches the membership to whoever joined through it.
    await newcomer.call('POST /api/v1/users', {
      body: { email: 'new.name@example.test', name: 'Newcomer', password, invitation: token },
    });
    expect(await join(newcomer, 'everything')).toMatchObject({ teamName: 'Data', consent: 'everything' });
    const view = await lead.call('GET /api/v1/teams/{id}/heatmap', { params: { id: team.id }, query: {} });
    expect(view.members.map((m) => m.name)).toEqual(['Admin', 'Newcomer']);
  });
});
