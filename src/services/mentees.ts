import { listCyclesOf } from '../db/repositories/cycles.js';
import { listOpenItemsOf } from '../db/repositories/feedbackSessions.js';
import * as repo from '../db/repositories/mentees.js';
import { listPreferencesOf } from '../db/repositories/preferences.js';
import { listEntries } from '../db/repositories/progressLog.js';
import { sections } from '../domain/access.js';
import { changedSince, dueForMentee } from '../domain/mentorDashboard.js';
import type { Cycle } from '../schemas/cycles.js';
import type { MenteeSummary } from '../schemas/mentees.js';
import { OwnerScope, todayOf } from './access.js';
import { unreadOf } from './comments.js';
import { type Actor, type ServiceDeps, nowIso } from './context.js';
import { toCycle } from './cycles.js';
import { notFound } from './errors.js';
import { type Mentee, type Section, logReads, menteesOf } from './mentorAccess.js';

type Change = MenteeSummary['changes'][number];
type Changed = Awaited<ReturnType<typeof repo.mapChanges>>[number];

const changeReaders: Partial<Record<Section, typeof repo.mapChanges>> = {
  map: repo.mapChanges,
  cycles: repo.cycleChanges,
  evidence: repo.evidenceChanges,
  feedback: repo.feedbackChanges,
  'self-checks': repo.selfCheckChanges,
};

interface Scoped {
  scope: OwnerScope;
  targets: Section[];
}

const groupByOwner = <T extends { ownerId: string }>(rows: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.ownerId);
    if (group) group.push(row);
    else groups.set(row.ownerId, [row]);
  }
  return groups;
};

/** Every scoped mentee's cycles, as the mentee's today makes them: three queries whatever their number. */
async function cyclesOf(deps: ServiceDeps, scopes: readonly OwnerScope[]): Promise<Map<string, Cycle[]>> {
  const records = await listCyclesOf(deps.db, scopes);
  const entries = await listEntries(
    deps.db,
    records.map((r) => r.id),
  );
  const found = new Map<string, Cycle[]>();
  for (const scope of scopes) {
    const today = todayOf(deps, scope);
    const own = records.filter((r) => r.userId === scope.ownerId);
    found.set(
      scope.ownerId,
      own.map((r) =>
        toCycle(
          r,
          entries.filter((e) => e.cycleId === r.id),
          today,
        ),
      ),
    );
  }
  return found;
}

/** What changed in each section since each mentee's last look: one read per section for all mentees. */
async function changesOf(deps: ServiceDeps, scoped: readonly Scoped[], seen: Map<string, string>) {
  const bySection = new Map<Section, Map<string, Changed[]>>();
  await Promise.all(
    sections.map(async (section) => {
      const read = changeReaders[section];
      const looks = scoped
        .filter((s) => s.targets.includes(section))
        .map((s) => ({ scope: s.scope, since: seen.get(s.scope.ownerId) ?? null }));
      if (read && looks.length > 0) bySection.set(section, groupByOwner(await read(deps.db, looks)));
    }),
  );
  return (mentee: Mentee): Change[] =>
    mentee.sections.flatMap((section) =>
      (bySection.get(section)?.get(mentee.mentee.userId) ?? []).map(({ kind, id, title, at }) => ({
        section,
        kind,
        id,
        title,
        at,
      })),
    );
}

/**
 * The mentor's dashboard: each mentee with what is due and what changed since the mentor last looked.
 * Every read covers all the mentees at once, so the queries do not grow with their number.
 */
export async function listMentees(deps: ServiceDeps, actor: Actor): Promise<MenteeSummary[]> {
  const mentees = await menteesOf(deps, actor);
  const [scoped, seen] = await Promise.all([
    OwnerScope.grantedEach(
      deps,
      actor,
      mentees.map((m) => m.mentee.userId),
      sections,
      'read',
    ),
    repo.lastSeen(
      deps.db,
      actor.user.id,
      mentees.map((m) => m.mentee.userId),
    ),
  ]);
  const readers = (section: Section) => scoped.filter((s) => s.targets.includes(section)).map((s) => s.scope);
  const [preferences, items, cycles, changes, unread] = await Promise.all([
    listPreferencesOf(deps.db, readers('feedback')),
    listOpenItemsOf(deps.db, readers('feedback')).then(groupByOwner),
    cyclesOf(deps, readers('cycles')),
    changesOf(deps, scoped, seen),
    unreadOf(deps, actor, mentees),
  ]);
  // The dashboard shows titles and dates from every shared section: the engineer sees that it was read.
  await logReads(
    deps,
    actor,
    scoped.flatMap((s) => s.targets.map((section) => ({ ownerId: s.scope.ownerId, section, via: s.scope.via }))),
  );
  const scopeOf = new Map(scoped.map((s) => [s.scope.ownerId, s]));
  const summaries = mentees.flatMap((mentee): MenteeSummary[] => {
    const ownerId = mentee.mentee.userId;
    const found = scopeOf.get(ownerId);
    if (!found) return [];
    const granted = (section: Section) => found.targets.includes(section);
    const lastSeen = seen.get(ownerId) ?? null;
    const due = dueForMentee(
      {
        ...(granted('feedback') && {
          cadence: preferences.get(ownerId)?.feedbackCadence ?? null,
          actionItems: items.get(ownerId) ?? [],
        }),
        ...(granted('cycles') && { cycles: cycles.get(ownerId) ?? [] }),
      },
      todayOf(deps, found.scope),
    );
    return [
      {
        mentee: mentee.mentee,
        mentorshipId: mentee.mentorshipId,
        sections: [...mentee.sections],
        lastSeen,
        due,
        changes: changedSince(changes(mentee), lastSeen),
        unreadComments: unread.threads.filter((t) => t.owner.userId === ownerId).reduce((sum, t) => sum + t.unread, 0),
      },
    ];
  });
  return summaries.sort((a, b) => a.mentee.name.localeCompare(b.mentee.name));
}

/** The mentor looked at the mentee's map now: later changes are the new ones. */
export async function markMenteeSeen(deps: ServiceDeps, actor: Actor, ownerId: string): Promise<void> {
  const mentees = await menteesOf(deps, actor);
  if (!mentees.some((m) => m.mentee.userId === ownerId)) throw notFound('That person');
  await repo.markSeen(deps.db, actor.user.id, ownerId, nowIso(deps));
}
