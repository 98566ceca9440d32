import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import type { Actor } from './context.js';
import * as destinations from './destinations.js';
import { rejection } from '../../test/support/rejection.js';
import { getMap, mapReadKey, patchMap } from './map.js';
import * as skills from './skills.js';

const destinationA = {
  title: 'Design and implement a fault-tolerant microservice with end-to-end tracing in production within 9 months',
  category: 'technical-specialization' as const,
  businessImpact: 'Fewer customer-facing outages in checkout.',
};

describe.each(engines)('the growth map on %s', (engine) => {
  let h: ServiceHarness;
  let ada: Actor;
  beforeEach(async () => {
    h = await serviceHarness(engine);
    ada = await h.user('Ada');
  });
  afterEach(() => h.dispose());

  it('starts with an empty map that can be retitled, with a version that guards edits', async () => {
    const map = await getMap(h.deps, ada);
    expect(map).toMatchObject({ title: 'Growth Map for Ada', techStack: [], systemStage: null, destinations: [] });
    const edited = await patchMap(h.deps, ada, {
      version: map.version,
      title: 'Ada’s map',
      techStack: ['TypeScript'],
      systemStage: 'scale',
    });
    expect(edited).toMatchObject({
      title: 'Ada’s map',
      techStack: ['TypeScript'],
      systemStage: 'scale',
      version: map.version + 1,
    });
    const stale = await rejection(patchMap(h.deps, ada, { version: map.version, role: 'Staff engineer' }));
    expect(stale.code).toBe('conflict');
    expect((stale.details.current as { title: string }).title).toBe('Ada’s map');
  });

  it('moves the read key with every change a map read shows, and with the user’s today, and only then', async () => {
    const seen = new Set<string>();
    /** The key now, which must be new: a cached answer made under an old key is never sent again. */
    const moved = async () => {
      const key = await mapReadKey(h.deps, ada);
      expect(seen.has(key), `the key ${key} came back`).toBe(false);
      seen.add(key);
      expect(await mapReadKey(h.deps, ada)).toBe(key);
    };
    await moved();
    const map = await getMap(h.deps, ada);
    await patchMap(h.deps, ada, { version: map.version, role: 'Staff engineer' });
    await moved();
    const first = await destinations.createDestination(h.deps, ada, destinationA);
    await moved();
    const second = await destinations.createDestination(h.deps, ada, {
      title: 'Run the on-call rota',
      category: 'leadership-impact',
    });
    await moved();
    await destinations.patchDestination(h.deps, ada, first.id, {
      version: first.version,
      measure: 'Two outages fewer a quarter',
    });
    await moved();
    await destinations.reorderDestinations(h.deps, ada, [second.id, first.id]);
    await moved();
    const skill = await skills.createSkill(h.deps, ada, first.id, {
      name: 'Tracing',
      currentLevel: 'novice',
      targetLevel: 'expert',
    });
    await moved();
    const other = await skills.createSkill(h.deps, ada, first.id, {
      name: 'Chaos tests',
      currentLevel: 'novice',
      targetLevel: 'expert',
    });
    await moved();
    await skills.patchSkill(h.deps, ada, skill.id, { version: skill.version, name: 'Distributed tracing' });
    await moved();
    await skills.reorderSkills(h.deps, ada, first.id, [other.id, skill.id]);
    await moved();
    await skills.addLevelChange(h.deps, ada, skill.id, { to: 'practitioner', note: 'Traced checkout end to end.' });
    await moved();
    await skills.deleteSkill(h.deps, ada, other.id);
    await moved();
    await destinations.deleteDestination(h.deps, ada, first.id);
    await moved();
    h.clock.advance(24 * 60 * 60 * 1000);
    await moved();

    // Another user's changes leave Ada's key alone.
    const bo = await h.user('Bo');
    const before = await mapReadKey(h.deps, ada);
    await destinations.createDestination(h.deps, bo, destinationA);
    expect(await mapReadKey(h.deps, ada)).toBe(before);
  });

  it('creates a destination with its SMART check judged against the user’s today', async () => {
    const created = await destinations.createDestination(h.deps, ada, destinationA);
    expect(created.status).toBe('active');
    expect(created.smart.timeBound.pass).toBe(true);
    expect(created.smart.relevant.pass).toBe(true);
    const vague = await destinations.createDestination(h.deps, ada, {
      title: 'Get better at testing',
      category: 'craft-and-process',
    });
    expect(vague.smart.specific.pass).toBe(false);
    expect(vague.smart.measurable.pass).toBe(false);
  });

  it('keeps completed and retired destinations with everything in them', async () => {
    const d = await destinations.createDestination(h.deps, ada, destinationA);
    await skills.createSkill(h.deps, ada, d.id, { name: 'Observability', currentLevel: 'novice', targetLevel: 'practitioner' });
    await destinations.patchDestination(h.deps, ada, d.id, { version: d.version, status: 'completed' });
    const map = await getMap(h.deps, ada);
    expect(map.destinations).toHaveLength(1);
    expect(map.destinations[0]).toMatchObject({ status: 'completed', skills: [{ name: 'Observability' }] });
  });

  it('shows guidance, never enforces it: more than 3 active destinations, fewer than 2 skills', async () => {
    for (let i = 0; i < 4; i++) {
      await destinations.createDestination(h.deps, ada, { ...destinationA, title: `${destinationA.title} ${i}` });
    }
    const map = await getMap(h.deps, ada);
    expect(map.destinations).toHaveLength(4);
    expect(map.notices.map((n) => n.code)).toContain('too-many-active-destinations');
    expect(map.notices.filter((n) => n.code === 'too-few-skills')).toHaveLength(4);
  });

  it('reorders destinations and their skills, and refuses an order that leaves one out', async () => {
    const first = await destinations.createDestination(h.deps, ada, { ...destinationA, title: 'First of two destinations here' });
    const second = await destinations.createDestination(h.deps, ada, {
      ...destinationA,
      title: 'Second of two destinations here',
    });
    await destinations.reorderDestinations(h.deps, ada, [second.id, first.id]);
    expect((await getMap(h.deps, ada)).destinations.map((d) => d.id)).toEqual([second.id, first.id]);
    const error = await rejection(destinations.reorderDestinations(h.deps, ada, [second.id]));
    expect(error.details.fields?.ids).toBeDefined();

    const s1 = await skills.createSkill(h.deps, ada, first.id, {
      name: 'Tracing',
      currentLevel: 'novice',
      targetLevel: 'expert',
    });
    const s2 = await skills.createSkill(h.deps, ada, first.id, {
      name: 'Canaries',
      currentLevel: 'novice',
      targetLevel: 'practitioner',
    });
    await skills.reorderSkills(h.deps, ada, first.id, [s2.id, s1.id]);
    const reread = await destinations.getDestination(h.deps, ada, first.id);
    expect(reread.skills.map((s) => s.name)).toEqual(['Canaries', 'Tracing']);
  });

  it('records the starting level, then every change with its note; the current level follows the latest by date', async () => {
    const d = await destinations.createDestination(h.deps, ada, destinationA);
    const skill = await skills.createSkill(h.deps, ada, d.id, {
      name: 'Observability',
      currentLevel: 'novice',
      targetLevel: 'expert',
    });
    await skills.addLevelChange(h.deps, ada, skill.id, {
      to: 'practitioner',
      note: 'Ran the tracing rollout alone.',
      evidence: [{ kind: 'link', url: 'https://example.test/design-doc' }],
    });
    // An older entry added later does not override the newer one.
    await skills.addLevelChange(h.deps, ada, skill.id, { to: 'expert', note: 'Backdated by mistake', date: '2025-01-01' });
    let history = await skills.listLevelChanges(h.deps, ada, skill.id);
    expect(history.map((e) => e.to)).toEqual(['expert', 'novice', 'practitioner']);
    expect((await destinations.getDestination(h.deps, ada, d.id)).skills[0]?.currentLevel).toBe('practitioner');

    // Levels may go down.
    await skills.addLevelChange(h.deps, ada, skill.id, { to: 'novice', note: 'Six months away from the stack.' });
    history = await skills.listLevelChanges(h.deps, ada, skill.id);
    expect(history.at(-1)).toMatchObject({ from: 'practitioner', to: 'novice' });
    expect((await destinations.getDestination(h.deps, ada, d.id)).skills[0]?.currentLevel).toBe('novice');
  });

  it('refuses a level change dated after the user’s today', async () => {
    const d = await destinations.createDestination(h.deps, ada, destinationA);
    const skill = await skills.createSkill(h.deps, ada, d.id, { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' });
    const error = await rejection(
      skills.addLevelChange(h.deps, ada, skill.id, { to: 'expert', note: 'Too soon', date: '2026-03-03' }),
    );
    expect(error.details.fields?.date).toMatch(/after today/);
  });

  it('uses the user’s time zone for today: late evening in Honolulu is still yesterday there', async () => {
    const hawaii = await h.user('Kai', { timeZone: 'Pacific/Honolulu' });
    h.clock.set('2026-03-02T05:00:00.000Z'); // 2026-03-01 19:00 in Honolulu
    const d = await destinations.createDestination(h.deps, hawaii, destinationA);
    const skill = await skills.createSkill(h.deps, hawaii, d.id, {
      name: 'Tracing',
      currentLevel: 'novice',
      targetLevel: 'expert',
    });
    const [start] = await skills.listLevelChanges(h.deps, hawaii, skill.id);
    expect(start?.date).toBe('2026-03-01');
  });

  it('treats every record of another user as not found', async () => {
    const bob = await h.user('Bob');
    const d = await destinations.createDestination(h.deps, ada, destinationA);
    const skill = await skills.createSkill(h.deps, ada, d.id, { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' });
    for (const attempt of [
      () => destinations.getDestination(h.deps, bob, d.id),
      () => destinations.patchDestination(h.deps, bob, d.id, { version: 1, title: 'Mine now' }),
      () => destinations.deleteDestination(h.deps, bob, d.id),
      () => skills.createSkill(h.deps, bob, d.id, { name: 'X', currentLevel: 'novice', targetLevel: 'expert' }),
      () => skills.patchSkill(h.deps, bob, skill.id, { version: 1, name: 'Mine' }),
      () => skills.deleteSkill(h.deps, bob, skill.id),
      () => skills.listLevelChanges(h.deps, bob, skill.id),
      () => skills.addLevelChange(h.deps, bob, skill.id, { to: 'expert', note: 'x' }),
    ]) {
      expect((await rejection(attempt())).code).toBe('not_found');
    }
    expect((await getMap(h.deps, ada)).destinations[0]?.title).toBe(destinationA.title);
  });

  it('records a current level edited on the skill as a level change with its note', async () => {
    const d = await destinations.createDestination(h.deps, ada, destinationA);
    const skill = await skills.createSkill(h.deps, ada, d.id, { name: 'Tracing', currentLevel: 'novice', targetLevel: 'expert' });
    const edited = await skills.patchSkill(h.deps, ada, skill.id, {
      version: skill.version,
      currentLevel: 'practitioner',
      note: 'Owned the rollout.',
    });
    expect(edited.currentLevel).toBe('practitioner');
    const history = await skills.listLevelChanges(h.deps, ada, skill.id);
    expect(history.at(-1)).toMatchObject({ to: 'practitioner', note: 'Owned the rollout.' });
  });
});
