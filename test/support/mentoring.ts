import type { Kysely } from 'kysely';
import type { Tables } from '../../src/db/tables.js';
import { artifactCreate } from '../../src/schemas/artifacts.js';
import type { CommentSubject } from '../../src/schemas/comments.js';
import { cycleCreate } from '../../src/schemas/cycles.js';
import { feedbackSessionCreate } from '../../src/schemas/feedbackSessions.js';
import { destinationCreate } from '../../src/schemas/map.js';
import type { Section } from '../../src/domain/access.js';
import { createArtifact } from '../../src/services/artifacts.js';
import { createComment } from '../../src/services/comments.js';
import type { Actor, ServiceDeps } from '../../src/services/context.js';
import { createCycle } from '../../src/services/cycles.js';
import { createDestination } from '../../src/services/destinations.js';
import { createSession } from '../../src/services/feedbackSessions.js';
import { acceptMentorship, createMentorship } from '../../src/services/mentorships.js';
import { addEntry } from '../../src/services/progressLog.js';
import type { ServiceHarness } from './engines.js';

/** The same database and connections, counting every query compiled for it (transactions included). */
export function countingQueries(db: Kysely<Tables>): { db: Kysely<Tables>; count: () => number } {
  let queries = 0;
  const counted = db.withPlugin({
    transformQuery: (args) => {
      queries++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  return { db: counted, count: () => queries };
}

export interface SeededMentee {
  actor: Actor;
  destinationId: string;
  entryId: string;
  artifactId: string;
}

export const allSections: readonly Section[] = ['map', 'cycles', 'evidence', 'feedback', 'self-checks'];

/**
 * A new engineer who asks `mentor` to mentor them (accepted), with a record in each section: a
 * destination, a running cycle with a log entry, an artifact and a 1:1 with an open action item.
 * The engineer then comments on the destination, the entry and the artifact, unread by the mentor.
 */
export async function seedMentee(
  harness: ServiceHarness,
  mentor: Actor,
  name: string,
  sections: readonly Section[] = allSections,
): Promise<SeededMentee> {
  const deps: ServiceDeps = harness.deps;
  const actor = await harness.user(name);
  const destination = await createDestination(
    deps,
    actor,
    destinationCreate.parse({ title: `${name} ships faster`, category: 'technical-specialization' }),
  );
  const cycle = await createCycle(
    deps,
    actor,
    cycleCreate.parse({ destinationIds: [destination.id], goal: `${name} traces checkout`, startDate: '2026-03-02' }),
  );
  const entry = await addEntry(deps, actor, cycle.id, { week: 1, text: 'Set up spans' });
  const artifact = await createArtifact(deps, actor, artifactCreate.parse({ title: `${name}'s design doc`, kind: 'design-doc' }));
  await createSession(
    deps,
    actor,
    feedbackSessionCreate.parse({
      kind: 'one-on-one',
      partner: mentor.user.name,
      actionItems: [{ text: 'Write the runbook', owner: 'me', due: '2026-03-20' }],
    }),
  );
  const mentorship = await createMentorship(deps, actor, { email: mentor.user.email, sections: [...sections] });
  await acceptMentorship(deps, mentor, mentorship.id);
  const subjects: CommentSubject[] = [
    { subjectKind: 'destination', subjectId: destination.id },
    { subjectKind: 'progress-entry', subjectId: entry.id },
    { subjectKind: 'artifact', subjectId: artifact.id },
  ];
  for (const subject of subjects) await createComment(deps, actor, { ...subject, body: 'What do you think?' });
  return { actor, destinationId: destination.id, entryId: entry.id, artifactId: artifact.id };
}
