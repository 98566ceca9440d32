/**
 * Self and mentor ratings side by side. The guide's mastery levels (Novice, Practitioner, Expert) are
 * the engineer's own call; a mentor's rating is a second opinion shown next to it, never replacing it.
 */
import type { Level } from '../schemas/common.js';
import { levelRank } from './levels.js';

export type RatingDifference = 'same' | 'mentor-higher' | 'mentor-lower' | 'not-rated';

export function compareLevels(self: Level, mentor: Level | null): RatingDifference {
  if (mentor === null) return 'not-rated';
  const delta = levelRank(mentor) - levelRank(self);
  return delta === 0 ? 'same' : delta > 0 ? 'mentor-higher' : 'mentor-lower';
}

interface Rated {
  mentorId: string;
  skillId: string;
  createdAt: string;
  id: string;
}

/** The latest rating of each mentor for each skill: history is kept, the newest counts. */
export function latestRatings<T extends Rated>(ratings: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const rating of ratings) {
    const key = `${rating.mentorId} ${rating.skillId}`;
    const seen = latest.get(key);
    // UUIDv7 ids order ratings made within one millisecond.
    if (!seen || rating.createdAt > seen.createdAt || (rating.createdAt === seen.createdAt && rating.id > seen.id)) {
      latest.set(key, rating);
    }
  }
  return [...latest.values()];
}
