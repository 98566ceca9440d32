import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeKey } from '../../src/schemas/route.js';
import { allRoutes } from '../../src/schemas/routes.js';
import { type ApiHarness, type Caller, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';
import { validBodies } from '../support/validBodies.js';
import { type Section, sections } from '../../src/domain/access.js';

interface Operation {
  security?: unknown[];
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
}

/** Stands in for a record that exists but whose id the test did not need to create. */
const someId = '00000000-0000-7000-8000-000000000000';

/**
 * The section each `?owner=` read needs (evidence health needs all four it reads). A route
 * that takes `owner` and is missing here fails the walk, so a new one cannot be left out.
 */
const sectionsOfRead: Record<string, Section[]> = {
  'GET /api/v1/map': ['map'],
  'GET /api/v1/destinations/{id}': ['map'],
  'GET /api/v1/skills/{id}/level-changes': ['map'],
  'GET /api/v1/cycles': ['cycles'],
  'GET /api/v1/cycles/{id}': ['cycles'],
  'GET /api/v1/cycles/{id}/entries': ['cycles'],
  'GET /api/v1/artifacts': ['evidence'],
  'GET /api/v1/artifacts/{id}': ['evidence'],
  'GET /api/v1/artifacts/{id}/file': ['evidence'],
  'GET /api/v1/portfolio': ['evidence'],
  'GET /api/v1/endorsements': ['evidence'],
  'GET /api/v1/evidence-health': ['evidence', 'map', 'cycles', 'feedback'],
  'GET /api/v1/feedback-sessions': ['feedback'],
  'GET /api/v1/feedback-sessions/{id}': ['feedback'],
  'GET /api/v1/action-items': ['feedback'],
  'GET /api/v1/self-checks': ['self-checks'],
  'GET /api/v1/self-checks/{id}': ['self-checks'],
  'GET /api/v1/self-checks/compare': ['self-checks'],
  // A mentor's own records about the owner's (mentorkit): comments and ratings, co-written sessions, the review.
  'POST /api/v1/skills/{id}/mentor-ratings': ['map'],
  'GET /api/v1/skills/{id}/mentor-ratings': ['map'],
  'GET /api/v1/mentor-ratings': ['map'],
  'GET /api/v1/roadmap-review': ['map'],
  'POST /api/v1/feedback-sessions': ['feedback'],
  'PATCH /api/v1/feedback-sessions/{id}': ['feedback'],
};

/** Someone who calls the owner's routes: what the owner granted them (nothing, for most). */
interface Intruder {
  name: string;
  caller: Caller;
  sections: readonly Section[];
}

/**
 * The lead of a team the owner joined with full consent and then left: the walk runs every route
 * as them, and nothing of the owner's may show.
 */
async function leadsOfMembersWhoWithdrewConsent(api: ApiHarness, owner: Caller): Promise<Intruder[]> {
  const { user } = await owner.call('GET /api/v1/me');
  const lead = await api.member('Lead');
  const team = await lead.call('POST /api/v1/teams', { body: { name: 'Platform' } });
  await lead.call('POST /api/v1/teams/{id}/invitations', { params: { id: team.id }, body: { email: user.email } });
  const invited = (await owner.call('GET /api/v1/memberships')).find((m) => m.teamId === team.id);
  if (!invited) throw new Error('the invitation did not reach the owner');
  const joined = await owner.call('PATCH /api/v1/memberships/{id}', {
    params: { id: invited.id },
    body: { status: 'active', consent: 'everything', version: invited.version },
  });
  await owner.call('DELETE /api/v1/memberships/{id}', { params: { id: joined.id } });
  return [{ name: 'lead of a member who left', caller: lead, sections: [] }];
}

describe.each(engines)('every route of the route table on %s', (engine) => {
  let api: ApiHarness;
  let owner: Caller;
  let stranger: Caller;
  let ownerId = '';
  const ownerIds: Record<string, string> = {};
  const intruders: Intruder[] = [];
  /** Links the owner handed out and then revoked: [route, its params]. */
  const revokedLinks: { path: string; unknown: string }[] = [];

  beforeAll(async () => {
    api = await startApi(engine, { signup: 'open' });
    owner = await api.admin();
    stranger = await api.member('Stranger');
    const destination = await owner.call('POST /api/v1/destinations', {
      body: { title: 'Publish two internal talks per quarter', category: 'personal-reputation' },
    });
    const skill = await owner.call('POST /api/v1/destinations/{id}/skills', {
      params: { id: destination.id },
      body: { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' },
    });
    const cycle = await owner.call('POST /api/v1/cycles', {
      body: {
        destinationIds: [destination.id],
        goal: 'Give the first talk',
        lengthWeeks: 6,
        backupProject: 'Write the article instead',
      },
    });
    const entry = await owner.call('POST /api/v1/cycles/{id}/entries', {
      params: { id: cycle.id },
      body: { week: 1, text: 'Outlined the talk' },
    });
    const review = await owner.call('POST /api/v1/quarterly-reviews', { body: { decisions: [] } });
    const framework = await owner.call('GET /api/v1/framework');
    const item = framework.selfCheck.find((i) => i.stage === 'scale');
    if (!item) throw new Error('the shipped content has no self-check item for the scale stage');
    const check = await owner.call('POST /api/v1/self-checks', { body: { stage: 'scale', answers: { [item.id]: 'partly' } } });
    const token = await owner.call('POST /api/v1/tokens', { body: { name: 'laptop' } });
    const invitation = await owner.call('POST /api/v1/invitations');
    const artifact = await owner.call('POST /api/v1/artifacts', { body: { title: 'Tracing design doc' } });
    const me = await owner.call('GET /api/v1/me');
    const feedback = await owner.call('POST /api/v1/feedback-sessions', {
      body: { kind: 'one-on-one', partner: 'Grace', actionItems: [{ text: 'Write it up', owner: 'me' }] },
    });
    const share = await owner.call('POST /api/v1/portfolio/shares', { body: {} });
    const asked = await owner.call('POST /api/v1/endorsement-requests', { body: { name: 'Grace', skillIds: [skill.id] } });
    await api.caller('10.8.0.1').call('POST /api/v1/endorse/{token}', {
      params: { token: asked.url.split('/endorse/')[1] ?? '' },
      body: { quote: 'Calm under pressure.' },
    });
    const [endorsement] = await owner.call('GET /api/v1/endorsements');
    ownerId = me.user.id;

    // Mentors: one holding every section but one, for each section; and one whose mentorship ended.
    const mentor = async (name: string, granted: Section[]) => {
      const caller = await api.member(name);
      const { id } = await owner.call('POST /api/v1/mentorships', {
        body: { email: `${name.toLowerCase()}@example.test`, sections: granted },
      });
      await caller.call('POST /api/v1/mentorships/{id}/accept', { params: { id } });
      return { caller, id };
    };
    intruders.push({ name: 'stranger', caller: stranger, sections: [] });
    for (const missing of sections) {
      const granted = sections.filter((s) => s !== missing);
      intruders.push({
        name: `mentor without ${missing}`,
        caller: (await mentor(`Without-${missing}`, granted)).caller,
        sections: granted,
      });
    }
    const revoked = await mentor('Revoked', [...sections]);
    await owner.call('DELETE /api/v1/mentorships/{id}', { params: { id: revoked.id } });
    intruders.push({ name: 'revoked mentor', caller: revoked.caller, sections: [] });
    intruders.push(...(await leadsOfMembersWhoWithdrewConsent(api, owner)));

    // Links handed out, then revoked: a portfolio share, an endorsement request, the calendar feed.
    const revokedShare = await owner.call('POST /api/v1/portfolio/shares', { body: {} });
    await owner.call('DELETE /api/v1/portfolio/shares/{id}', { params: { id: revokedShare.id } });
    const withdrawn = await owner.call('POST /api/v1/endorsement-requests', { body: { name: 'Lin' } });
    await owner.call('DELETE /api/v1/endorsement-requests/{id}', { params: { id: withdrawn.id } });
    const feed = await owner.call('POST /api/v1/calendar-feed');
    await owner.call('DELETE /api/v1/calendar-feed');
    revokedLinks.push(
      {
        path: new URL(revokedShare.url).pathname.replace('/shared/', '/api/v1/shared/'),
        unknown: `/api/v1/shared/portfolio/${'x'.repeat(43)}`,
      },
      { path: `/api/v1/endorse/${withdrawn.url.split('/endorse/')[1]}`, unknown: `/api/v1/endorse/${'x'.repeat(43)}` },
      { path: new URL(feed.url).pathname, unknown: `/api/v1/calendar/cal_${'x'.repeat(43)}.ics` },
    );
    Object.assign(ownerIds, {
      destinations: destination.id,
      skills: skill.id,
      tokens: token.id,
      invitations: invitation.id,
      users: me.user.id,
      cycles: cycle.id,
      entries: entry.id,
      'quarterly-reviews': review.id,
      'self-checks': check.id,
      'feedback-sessions': feedback.id,
      'action-items': feedback.actionItems[0]?.id ?? '',
      artifacts: artifact.id,
      shares: share.id,
      'endorsement-requests': asked.id,
      endorsements: endorsement?.id ?? '',
    });
  });
  afterAll(() => api.close());

  const operations = allRoutes.map((route) => ({ route, key: routeKey(route) }));

  const concrete = (path: string) =>
    path
      .replace(/\/(\w[\w-]*)\/\{id\}/g, (_, resource: string) => `/${resource}/${ownerIds[resource] ?? someId}`)
      .replace(
        /\/([\w-]+)\/compare$/,
        (_, resource: string) => `/${resource}/compare?before=${ownerIds[resource]}&after=${ownerIds[resource]}`,
      );

  it('documents every route of the table, and marks exactly the public ones with security: []', async () => {
    const spec: OpenApi = (await api.caller().get('/api/openapi.json')).body;
    // What the server serves is what is committed (src/server/openapi.test.ts keeps that current).
    expect(spec).toEqual(JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')));
    const documented = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => method !== 'parameters')
        .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
    );
    const visible = operations.filter((o) => !o.route.hidden).map((o) => o.key);
    expect(documented.map((d) => d.key).sort()).toEqual([...visible].sort());
    const publicInSpec = documented.filter((d) => d.operation.security?.length === 0).map((d) => d.key);
    const publicInTable = operations.filter((o) => o.route.public && !o.route.hidden).map((o) => o.key);
    expect(publicInSpec.sort()).toEqual([...publicInTable].sort());
    expect(publicInTable).toEqual(
      expect.arrayContaining(['GET /api/health', 'POST /api/v1/setup', 'POST /api/v1/session', 'POST /api/v1/users']),
    );
    expect(operations.length).toBeGreaterThan(25);
  });

  it('has a valid body on file for every route that takes one', () => {
    const missing = operations.filter((o) => o.route.body && !(o.key in validBodies)).map((o) => o.key);
    expect(missing).toEqual([]);
  });

  it('answers 401 to an anonymous caller on every non-public route', async () => {
    const anonymous = api.caller();
    const answers: string[] = [];
    for (const { route, key } of operations) {
      if (route.public) continue;
      // Spelled plainly and percent-encoded: the router decodes, so identity must decide from the route.
      for (const url of [concrete(route.path), concrete(route.path).replace(/^\/api\//, '/%61pi/')]) {
        const answer = await anonymous.request(route.method, url, validBodies[key]);
        answers.push(`${key} → ${answer.status}`);
        expect.soft(answer.status, `${route.method} ${url}`).toBe(401);
        expect.soft(answer.body.error.code).toBe('unauthenticated');
      }
    }
    expect(answers.length).toBeGreaterThan(20);
  });

  it('answers 404 (or 403 for an administrator-only route) when another user touches the owner’s records', async () => {
    let checked = 0;
    for (const { route, key } of operations) {
      const adminOnly = route.tags.includes('administration');
      const touchesOthers = route.path.includes('{id}') || route.path.endsWith('/compare');
      if (route.public || (!touchesOthers && !adminOnly)) continue;
      const answer = await stranger.request(route.method, concrete(route.path), validBodies[key]);
      expect.soft([403, 404], `${key} answered ${answer.status}`).toContain(answer.status);
      if (!adminOnly) expect.soft(answer.status, key).toBe(404);
      checked++;
    }
    expect(checked).toBeGreaterThan(12);
    // And nothing of the owner's changed.
    const map = await owner.call('GET /api/v1/map');
    expect(map.destinations[0]?.title).toBe('Publish two internal talks per quarter');
    expect(map.destinations[0]?.skills[0]?.name).toBe('Tracing');
    expect(await owner.call('GET /api/v1/tokens')).toHaveLength(1);
  });

  it('asks a cookie caller for the CSRF header on every change, however the path is spelled', async () => {
    // The session cookie alone, as a forged cross-site request would carry it.
    const cookieOnly = api.caller();
    cookieOnly.cookie = owner.cookie;
    const attempts = [
      ['PATCH', '/api/v1/map', { version: 1, title: 'Forged' }],
      ['PATCH', '/%61pi/v1/map', { version: 1, title: 'Forged' }],
      ['PATCH', '/api/v1/%6dap', { version: 1, title: 'Forged' }],
      ['DELETE', '/%61pi/v1/tokens', undefined],
      ['POST', '/%61pi/v1/calendar-feed', 'text'],
    ] as const;
    for (const [method, url, body] of attempts) {
      const headers: Record<string, string> = typeof body === 'string' ? { 'content-type': 'text/plain' } : {};
      const answer = await cookieOnly.request(method, url, body, headers);
      expect.soft(answer.status, `${method} ${url}`).toBe(403);
      expect.soft(answer.body.error.code, `${method} ${url}`).toBe('forbidden');
    }
    const map = await owner.call('GET /api/v1/map');
    expect(map.title).toBe('Growth Map for Admin');
    expect(await owner.call('GET /api/v1/tokens')).toHaveLength(1);
  });

  it('answers every public link that leads nowhere alike, as a page and as JSON, never asking anyone to sign in', async () => {
    const visitor = api.caller('10.8.0.2');
    const unknown = ['not-a-real-link', 'x'.repeat(43), '%00', 'A-_'.repeat(14), 'A_-9'.repeat(25)];
    const paths = ['/shared/portfolio/', '/endorse/'];
    const pages = await Promise.all(paths.flatMap((path) => unknown.map((token) => visitor.get(`${path}${token}`))));
    const posted = await Promise.all(
      unknown.map((token) =>
        visitor.request('POST', `/endorse/${token}`, 'quote=Hello', { 'content-type': 'application/x-www-form-urlencoded' }),
      ),
    );
    for (const page of [...pages, ...posted]) {
      expect.soft(page.status).toBe(404);
      expect.soft(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect.soft(page.body).toBe(pages[0]?.body);
      expect.soft(page.headers['x-robots-tag']).toBe('noindex, nofollow');
      expect.soft(page.headers['referrer-policy']).toBe('no-referrer');
      expect.soft(page.headers['cache-control']).toBe('no-store');
    }
    // A token of a link's own shape (a malformed one is refused as input: 400, which says nothing either).
    const wellFormed = ['x'.repeat(43), 'A-_'.repeat(14), 'short'];
    const json = await Promise.all([
      ...wellFormed.map((token) => visitor.get(`/api/v1/shared/portfolio/${token}`)),
      ...wellFormed.map((token) => visitor.get(`/api/v1/endorse/${token}`)),
      ...wellFormed.map((token) => visitor.post(`/api/v1/endorse/${token}`, validBodies['POST /api/v1/endorse/{token}'])),
    ]);
    for (const answer of json) {
      expect.soft(answer.status).toBe(404);
      expect.soft(answer.body).toEqual(json[0]?.body);
    }
  });

  it('lets no stranger, mentor without the section, revoked mentor or lead without consent see or change the owner’s records, and answers as for an unknown id', async () => {
    const withOwner = (url: string) => `${url}${url.includes('?') ? '&' : '?'}owner=${ownerId}`;
    const unknownIds = (path: string) => path.replace(/\{\w+\}/g, someId);
    let checked = 0;
    for (const { route, key } of operations) {
      const adminOnly = route.tags.includes('administration');
      const takesOwner = route.query !== undefined && 'owner' in route.query.shape;
      const touchesOthers = route.path.includes('{id}') || route.path.endsWith('/compare');
      if (route.public || (!touchesOthers && !adminOnly && !takesOwner)) continue;
      if (takesOwner) expect.soft(sectionsOfRead[key], `${key} takes ?owner= but names no section in the walk`).toBeDefined();
      for (const intruder of intruders) {
        const needs = sectionsOfRead[key];
        if (takesOwner && needs?.every((section) => intruder.sections.includes(section))) continue;
        const url = withOwner(concrete(route.path));
        const answer = await intruder.caller.request(route.method, url, validBodies[key]);
        const label = `${key} as ${intruder.name} answered ${answer.status}`;
        if (adminOnly) {
          expect.soft([403, 404], label).toContain(answer.status);
        } else {
          expect.soft(answer.status, label).toBe(404);
          // What an intruder is told about a real record is what anyone is told about a made-up one.
          const unknown = await intruder.caller.request(
            route.method,
            withOwner(unknownIds(concrete(route.path))),
            validBodies[key],
          );
          const unknownOwner = await intruder.caller.request(route.method, url.replace(ownerId, someId), validBodies[key]);
          expect.soft(answer.body, label).toEqual(takesOwner ? unknownOwner.body : unknown.body);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
    // And nothing of the owner's changed.
    const map = await owner.call('GET /api/v1/map');
    expect(map.destinations[0]?.title).toBe('Publish two internal talks per quarter');
    expect(map.destinations[0]?.skills[0]?.name).toBe('Tracing');
    expect((await owner.call('GET /api/v1/artifacts'))[0]?.title).toBe('Tracing design doc');
    expect(await owner.call('GET /api/v1/tokens')).toHaveLength(1);
  });

  it('answers a revoked link exactly like one that never existed', async () => {
    const visitor = api.caller('10.8.0.3');
    for (const link of revokedLinks) {
      const [revoked, unknown] = [await visitor.get(link.path), await visitor.get(link.unknown)];
      expect.soft(revoked.status, link.path).toBe(404);
      expect.soft(revoked.body, link.path).toEqual(unknown.body);
    }
    expect(revokedLinks).toHaveLength(3);
  });

  it('shows the stranger only their own map', async () => {
    const map = await stranger.call('GET /api/v1/map');
    expect(map.title).toBe('Growth Map for Stranger');
    expect(map.destinations).toEqual([]);
  });
});
