import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, type ApiHarness, type Caller, startApi } from '../support/api.js';
import { engines } from '../support/engines.js';

// Writes that race: every request below is in flight at once (Promise.all over inject), so
// the database, not the event loop's turn order, decides who wins.
const UPDATES = 200;
const CREATES = 100;

const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort((a, b) => a - b);
const times = <T>(n: number, make: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => make(i)));

describe.each(engines)('concurrent writes on %s', (engine) => {
  let api: ApiHarness;
  let owner: Caller;
  let destinationId: string;
  let cycleId: string;
  beforeAll(async () => {
    api = await startApi(engine);
    owner = await api.admin();
    destinationId = (
      await owner.post('/api/v1/destinations', {
        title: 'Publish two internal talks per quarter',
        category: 'personal-reputation',
      })
    ).body.id;
    cycleId = (await owner.post('/api/v1/cycles', { destinationIds: [destinationId], goal: 'Give a talk', lengthWeeks: 6 })).body
      .id;
  });
  afterAll(() => api.close());

  /** Sends UPDATES patches of a record at version 1 that all name that version. */
  async function raceOn(url: string, change: (i: number) => Record<string, unknown>) {
    const version = 1;
    const answers = await times(UPDATES, (i) => owner.patch(url, { version, ...change(i) }));
    const expected = [200, ...Array.from({ length: UPDATES - 1 }, () => 409)];
    expect(statuses(answers)).toEqual(expected);
    const winner = answers.find((a) => a.status === 200);
    expect(winner?.body.version).toBe(version + 1);
    for (const loser of answers.filter((a) => a.status === 409)) {
      expect(loser.body.error.code).toBe('conflict');
      expect(loser.body.error.current.version).toBeGreaterThan(version);
    }
    return winner?.body;
  }

  it(`gives one 200 and ${UPDATES - 1} × 409 to ${UPDATES} PATCHes of one destination naming the same version`, async () => {
    const won = await raceOn(`/api/v1/destinations/${destinationId}`, (i) => ({ title: `Title number ${i}` }));
    expect((await owner.get(`/api/v1/destinations/${destinationId}`)).body.title).toBe(won.title);
  });

  it('does the same for a skill, a cycle, a progress entry and the map', async () => {
    const skill = await owner.post(`/api/v1/destinations/${destinationId}/skills`, {
      name: 'Raced skill',
      currentLevel: 'novice',
      targetLevel: 'expert',
    });
    const entry = await owner.post(`/api/v1/cycles/${cycleId}/entries`, { week: 1, text: 'Raced entry' });
    await raceOn(`/api/v1/skills/${skill.body.id}`, (i) => ({ name: `Skill name ${i}` }));
    await raceOn(`/api/v1/cycles/${cycleId}`, (i) => ({ goal: `Goal number ${i}` }));
    await raceOn(`/api/v1/entries/${entry.body.id}`, (i) => ({ text: `Entry text ${i}` }));
    await raceOn('/api/v1/map', (i) => ({ title: `Map title ${i}` }));
  });

  it(`lands ${CREATES} concurrent skill creates with distinct names once each, at distinct positions`, async () => {
    const target = await owner.post('/api/v1/destinations', { title: 'Speak at a conference', category: 'personal-reputation' });
    const answers = await times(CREATES, (i) =>
      owner.post(`/api/v1/destinations/${target.body.id}/skills`, {
        name: `Concurrent skill ${i}`,
        currentLevel: 'novice',
        targetLevel: 'practitioner',
      }),
    );
    expect(statuses(answers)).toEqual(Array.from({ length: CREATES }, () => 201));
    const rows = await api.runtime.database.db
      .selectFrom('skills')
      .select(['name', 'position'])
      .where('destination_id', '=', target.body.id)
      .execute();
    expect(rows.map((r) => r.name).sort()).toEqual(Array.from({ length: CREATES }, (_, i) => `Concurrent skill ${i}`).sort());
    expect(new Set(rows.map((r) => r.position)).size).toBe(CREATES);
  });

  it(`lands ${CREATES} concurrent destination creates once each, at distinct positions`, async () => {
    const answers = await times(CREATES, (i) =>
      owner.post('/api/v1/destinations', { title: `Concurrent destination ${i}`, category: 'craft-and-process' }),
    );
    expect(statuses(answers)).toEqual(Array.from({ length: CREATES }, () => 201));
    const rows = await api.runtime.database.db
      .selectFrom('destinations')
      .select(['title', 'position'])
      .where('title', 'like', 'Concurrent destination %')
      .execute();
    expect(rows).toHaveLength(CREATES);
    expect(new Set(rows.map((r) => r.title)).size).toBe(CREATES);
    expect(new Set(rows.map((r) => r.position)).size).toBe(CREATES);
  });

  it(`lands ${CREATES} concurrent progress entries once each`, async () => {
    const answers = await times(CREATES, (i) =>
      owner.post(`/api/v1/cycles/${cycleId}/entries`, { week: (i % 6) + 1, text: `Concurrent entry ${i}` }),
    );
    expect(statuses(answers)).toEqual(Array.from({ length: CREATES }, () => 201));
    const listed = (await owner.get(`/api/v1/cycles/${cycleId}/entries`)).body;
    const texts: string[] = listed.map((e: { text: string }) => e.text).filter((t: string) => t.startsWith('Concurrent entry '));
    expect(texts.sort()).toEqual(Array.from({ length: CREATES }, (_, i) => `Concurrent entry ${i}`).sort());
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(CREATES);
  });
});
