import * as repo from '../db/repositories/mentees.js';
import { listItems } from '../db/repositories/feedbackSessions.js';
import { type ChangedRecord, changedSince, dueForMentee } from '../domain/mentorDashboard.js';
import type { MenteeSummary } from '../schemas/mentees.js';
import { ownScope } from './access.js';
import { countUnread } from './comments.js';
import { type Actor, type ServiceDeps, nowIso, todayFor } from './context.js';
import { listCycles } from './cycles.js';
import { notFound } from './errors.js';
import { type Mentee, type Section, logRead, menteesOf, ownerActor } from './mentorAccess.js';
import { getPreferences } from './preferences.js';

type Change = MenteeSummary['changes'][number];

const changeReaders: Partial<Record<Section, typeof repo.mapChanges>> = {
  map: repo.mapChanges,
  cycles: repo.cycleChanges,
  evidence: repo.evidenceChanges,
  feedback: repo.feedbackChanges,
  'self-checks': repo.selfCheckChanges,
};

async function summaryOf(deps: ServiceDeps, actor: Actor, mentee: Mentee, lastSeen: string | null): Promise<MenteeSummary> {
  const owner = await ownerActor(deps, actor, mentee.mentee.userId);
  const granted = (section: Section) => mentee.sections.includes(section);
  const [preferences, items, cycles] = await Promise.all([
    granted('feedback') ? getPreferences(deps, owner) : null,
    granted('feedback') ? listItems(deps.db, ownScope(owner), { status: 'open' }) : null,
    granted('cycles') ? listCycles(deps, owner) : null,
  ]);
  const due = dueForMentee(
    {
      ...(preferences && { cadence: preferences.feedbackCadence }),
      ...(items && { actionItems: items }),
      ...(cycles && { cycles }),
    },
    todayFor(deps, owner.user),
  );
  const changes: (ChangedRecord & Change)[] = [];
  for (const section of mentee.sections) {
    const read = changeReaders[section];
    if (read) changes.push(...(await read(deps.db, owner.user.id, lastSeen)).map((c) => ({ ...c, section })));
  }
  const unread = await countUnread(deps, actor, owner.user.id);
  // The dashboard shows titles and dates from every shared section: the engineer sees that it was read.
  for (const section of mentee.sections) await logRead(deps, actor, owner.user.id, section, 'mentorship');
  return {
    mentee: mentee.mentee,
    mentorshipId: mentee.mentorshipId,
    sections: [...mentee.sections],
    lastSeen,
    due,
    changes: changedSince(changes, lastSeen),
    unreadComments: unread.total,
  };
}

/** The mentor's dashboard: each mentee with what is due and what changed since the mentor last looked. */
export async function listMentees(deps: ServiceDeps, actor: Actor): Promise<MenteeSummary[]> {
  const mentees = await menteesOf(deps, actor);
  const seen = await repo.lastSeen(
    deps.db,
    actor.user.id,
    mentees.map((m) => m.mentee.userId),
  );
  const summaries: MenteeSummary[] = [];
  for (const mentee of mentees) summaries.push(await summaryOf(deps, actor, mentee, seen.get(mentee.mentee.userId) ?? null));
  return summaries.sort((a, b) => a.mentee.name.localeCompare(b.mentee.name));
}

/** The mentor looked at the mentee's map now: later changes are the new ones. */
export async function markMenteeSeen(deps: ServiceDeps, actor: Actor, ownerId: string): Promise<void> {
  const mentees = await menteesOf(deps, actor);
  if (!mentees.some((m) => m.mentee.userId === ownerId)) throw notFound('That person');
  await repo.markSeen(deps.db, actor.user.id, ownerId, nowIso(deps));
}
