import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ServiceHarness, engines, serviceHarness } from '../../test/support/engines.js';
import { rejection } from '../../test/support/rejection.js';
import * as accounts from './accounts.js';
import * as admin from './admin.js';
import type { Actor, ServiceDeps } from './context.js';
import * as cycles from './cycles.js';
import { reviewCycle } from './cycleReview.js';
import * as destinations from './destinations.js';
import * as preferences from './preferences.js';
import * as progressLog from './progressLog.js';
import * as skills from './skills.js';

/** Counts the SELECTs that read the cycles table, to hold a use case to the one rule for 409. */
function countingCycleReads(deps: ServiceDeps) {
  const counter = { reads: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (node.kind === 'SelectQueryNode' && JSON.stringify(node.from).includes('"name":"cycles"')) counter.reads++;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { deps: { ...deps, db: deps.db.withPlugin(plugin) }, counter };
}

describe.each(engines)('the one rule for 409 on %s', (engine) => {
  let h: ServiceHarness;
  let ada: Actor;
  beforeEach(async () => {
    h = await serviceHarness(engine);
    ada = await h.user('Ada');
  });
  afterEach(() => h.dispose());

  async function cycleOf(actor: Actor, extra: { backupProject?: string } = {}) {
    const destination = await destinations.createDestination(h.deps, actor, {
      title: 'Publish two internal talks per quarter',
      category: 'personal-reputation',
    });
    return cycles.createCycle(h.deps, actor, {
      destinationIds: [destination.id],
      goal: 'Outline the first talk',
      lengthWeeks: 6,
      reviewWeeks: 1,
      modes: [],
      ...extra,
    });
  }

  it('answers a stale edit of every versioned record with 409 and the record as it is now', async () => {
    const destination = await destinations.createDestination(h.deps, ada, {
      title: 'Lead a project',
      category: 'leadership-impact',
    });
    await destinations.patchDestination(h.deps, ada, destination.id, {
      version: destination.version,
      title: 'Lead two projects',
    });
    const staleDestination = await rejection(
      destinations.patchDestination(h.deps, ada, destination.id, { version: destination.version, title: 'Lost' }),
    );
    expect(staleDestination.code).toBe('conflict');
    expect(staleDestination.details.current).toMatchObject({ title: 'Lead two projects', version: destination.version + 1 });

    const skill = await skills.createSkill(h.deps, ada, destination.id, {
      name: 'Stakeholder communication',
      currentLevel: 'novice',
      targetLevel: 'practitioner',
    });
    await skills.patchSkill(h.deps, ada, skill.id, { version: skill.version, targetLevel: 'expert' });
    const staleSkill = await rejection(skills.patchSkill(h.deps, ada, skill.id, { version: skill.version, name: 'Lost' }));
    expect(staleSkill.details.current).toMatchObject({ name: 'Stakeholder communication', targetLevel: 'expert' });

    const cycle = await cycleOf(ada);
    const entry = await progressLog.addEntry(h.deps, ada, cycle.id, { week: 1, text: 'Drafted the outline' });
    await progressLog.patchEntry(h.deps, ada, entry.id, { version: entry.version, text: 'Drafted and shared the outline' });
    const staleEntry = await rejection(progressLog.patchEntry(h.deps, ada, entry.id, { version: entry.version, text: 'Lost' }));
    expect(staleEntry.details.current).toMatchObject({ text: 'Drafted and shared the outline' });

    const prefs = await preferences.getPreferences(h.deps, ada);
    await preferences.patchPreferences(h.deps, ada, { version: prefs.version, reviewCadenceMonths: 6 });
    const stalePrefs = await rejection(
      preferences.patchPreferences(h.deps, ada, { version: prefs.version, digestEnabled: true }),
    );
    expect(stalePrefs.details.current).toMatchObject({ reviewCadenceMonths: 6, digestEnabled: false });

    const bob = await h.user('Bob');
    await admin.updateUser(h.deps, ada, bob.user.id, { version: bob.user.version, role: 'admin' });
    const staleUser = await rejection(admin.updateUser(h.deps, ada, bob.user.id, { version: bob.user.version, disabled: true }));
    expect(staleUser.details.current).toMatchObject({ role: 'admin', disabled: false });
    const staleAccount = await rejection(accounts.updateAccount(h.deps, bob, { version: bob.user.version, name: 'Robert' }));
    expect(staleAccount.details.current).toMatchObject({ name: 'Bob', role: 'admin' });
  });

  it('reads a cycle once to check an edit and once to answer, and once more only when it is stale', async () => {
    const cycle = await cycleOf(ada, { backupProject: 'A lightning talk instead' });
    const { deps, counter } = countingCycleReads(h.deps);

    const edited = await cycles.patchCycle(deps, ada, cycle.id, { version: cycle.version, goal: 'Outline two talks' });
    expect(edited).toMatchObject({ goal: 'Outline two talks', version: cycle.version + 1 });
    expect(counter.reads).toBe(2);

    counter.reads = 0;
    const stale = await rejection(cycles.patchCycle(deps, ada, cycle.id, { version: cycle.version, goal: 'Lost' }));
    expect(stale.details.current).toMatchObject({ goal: 'Outline two talks', version: edited.version });
    expect(counter.reads).toBe(2);

    counter.reads = 0;
    const switched = await progressLog.switchToBackup(deps, ada, cycle.id, {
      version: edited.version,
      reason: 'The conference moved',
    });
    expect(switched.usingBackup).toBe(true);
    expect(counter.reads).toBe(2);

    counter.reads = 0;
    const staleSwitch = await rejection(
      progressLog.switchToBackup(deps, ada, cycle.id, { version: edited.version, reason: 'Again' }),
    );
    expect(staleSwitch.code).toBe('conflict');
    expect(counter.reads).toBe(2);
  });

  it('keeps a stale review from writing anything, level changes included', async () => {
    const cycle = await cycleOf(ada);
    const skill = await skills.createSkill(h.deps, ada, cycle.destinationIds[0] ?? '', {
      name: 'Public speaking',
      currentLevel: 'novice',
      targetLevel: 'practitioner',
    });
    const moved = await cycles.patchCycle(h.deps, ada, cycle.id, { version: cycle.version, goal: 'Outline two talks' });
    const stale = await rejection(
      reviewCycle(h.deps, ada, cycle.id, {
        version: cycle.version,
        wentWell: 'The outline',
        didNotGoWell: 'Time',
        nextGoal: 'Give the talk',
        levelChanges: [{ skillId: skill.id, to: 'practitioner', note: 'Gave the talk' }],
      }),
    );
    expect(stale.code).toBe('conflict');
    expect(stale.details.current).toMatchObject({ version: moved.version, review: null });
    expect(await skills.listLevelChanges(h.deps, ada, skill.id)).toHaveLength(1);
    const reviewed = await reviewCycle(h.deps, ada, cycle.id, {
      version: moved.version,
      wentWell: 'The outline',
      didNotGoWell: 'Time',
      nextGoal: 'Give the talk',
      levelChanges: [],
    });
    expect(reviewed.cycle.review).toMatchObject({ wentWell: 'The outline' });
  });

  it('answers not found, not conflict, when another user names a version of a record that is not theirs', async () => {
    const cycle = await cycleOf(ada);
    const eve = await h.user('Eve');
    const error = await rejection(cycles.patchCycle(h.deps, eve, cycle.id, { version: cycle.version, goal: 'Mine now' }));
    expect(error.code).toBe('not_found');
  });
});
