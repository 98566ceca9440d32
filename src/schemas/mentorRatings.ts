import { z } from 'zod';
import { id, instant, level, optionalText } from './common.js';
import { limits } from './limits.js';

export const mentorRatingCreate = z.object({ level, note: optionalText(limits.ratingNote) });
export type MentorRatingCreate = z.infer<typeof mentorRatingCreate>;

const person = z.object({ userId: id, name: z.string() });

export const mentorRating = z.object({
  id,
  skillId: id,
  mentor: person,
  level,
  note: z.string().nullable(),
  createdAt: instant,
});
export type MentorRating = z.infer<typeof mentorRating>;

export const ratingDifference = z.enum(['same', 'mentor-higher', 'mentor-lower', 'not-rated']);

/** One skill with the engineer's own level and each mentor's latest, differences marked. */
export const ratedSkill = z.object({
  skillId: id,
  name: z.string(),
  destinationId: id,
  destinationTitle: z.string(),
  selfLevel: level,
  targetLevel: level,
  mentors: z.array(mentorRating.extend({ difference: ratingDifference })),
});
export type RatedSkill = z.infer<typeof ratedSkill>;
