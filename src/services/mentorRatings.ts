import * as repo from '../db/repositories/mentorRatings.js';
import { compareLevels, latestRatings } from '../domain/mentorRatings.js';
import type { MentorRating, MentorRatingCreate, RatedSkill } from '../schemas/mentorRatings.js';
import { type Actor, type ServiceDeps, newId, nowIso } from './context.js';
import { invalid, notFound } from './errors.js';
import { requireAct } from './mentorAccess.js';

/** The skill on `ownerId`'s map (the caller's own without `?owner=`), or the same 404 as an unknown one. */
async function skillOf(deps: ServiceDeps, actor: Actor, skillId: string, owner: string | undefined): Promise<string> {
  const ownerId = owner ?? actor.user.id;
  const found = await repo.findSkillOwner(deps.db, skillId);
  if (found?.ownerId !== ownerId) throw notFound('That skill');
  return ownerId;
}

/** A mentor's rating of a mentee's skill, kept beside the earlier ones. */
export async function rateSkill(
  deps: ServiceDeps,
  actor: Actor,
  skillId: string,
  body: MentorRatingCreate,
  owner?: string,
): Promise<MentorRating> {
  const ownerId = await skillOf(deps, actor, skillId, owner);
  await requireAct(deps, actor, ownerId, 'map', 'rate', 'That skill');
  if (ownerId === actor.user.id) {
    throw invalid({ level: 'Your own level is the one on your map; a mentor’s rating sits beside it.' });
  }
  const id = newId();
  await repo.insertRating(deps.db, {
    id,
    ownerId,
    mentorId: actor.user.id,
    skillId,
    level: body.level,
    note: body.note ?? null,
    createdAt: nowIso(deps),
  });
  const [created] = (await repo.listRatings(deps.db, ownerId, { skillId, mentorId: actor.user.id })).filter((r) => r.id === id);
  if (!created) throw notFound('That rating');
  return created;
}

/** The owner sees every mentor's ratings; a mentor sees their own. */
const mentorFilter = (actor: Actor, ownerId: string) => (actor.user.id === ownerId ? {} : { mentorId: actor.user.id });

/** A skill's mentor ratings, newest first. */
export async function listSkillRatings(
  deps: ServiceDeps,
  actor: Actor,
  skillId: string,
  owner?: string,
): Promise<MentorRating[]> {
  const ownerId = await skillOf(deps, actor, skillId, owner);
  await requireAct(deps, actor, ownerId, 'map', 'read', 'That skill');
  return repo.listRatings(deps.db, ownerId, { skillId, ...mentorFilter(actor, ownerId) });
}

/** Each skill of the map with the engineer's own level and each mentor's latest, differences marked. */
export async function ratingsSideBySide(deps: ServiceDeps, actor: Actor, owner?: string): Promise<RatedSkill[]> {
  const ownerId = owner ?? actor.user.id;
  await requireAct(deps, actor, ownerId, 'map', 'read', 'That map');
  const [skills, ratings] = await Promise.all([
    repo.listOwnerSkills(deps.db, ownerId),
    repo.listRatings(deps.db, ownerId, mentorFilter(actor, ownerId)),
  ]);
  const latest = latestRatings(ratings.map((r) => ({ ...r, mentorId: r.mentor.userId })));
  return skills.map((skill) => ({
    ...skill,
    mentors: latest
      .filter((r) => r.skillId === skill.skillId)
      .map(({ mentorId: _mentorId, ...rating }) => ({ ...rating, difference: compareLevels(skill.selfLevel, rating.level) })),
  }));
}
