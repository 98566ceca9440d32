import { z } from 'zod';
import { idParams } from '../common.js';
import { mentorRating, mentorRatingCreate, ratedSkill } from '../mentorRatings.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['mentoring'];

export const mentorRatingRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/skills/{id}/mentor-ratings',
    params: idParams,
    query: ownerQuery,
    body: mentorRatingCreate,
    response: { 201: mentorRating },
    tags,
    summary:
      'As a mentor with the map shared (`?owner=` the mentee), rate their skill (N/P/E and a note); earlier ratings are kept',
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/skills/{id}/mentor-ratings',
    params: idParams,
    query: ownerQuery,
    response: { 200: z.array(mentorRating) },
    tags,
    summary: 'A skill’s mentor ratings, newest first (a mentor, with `?owner=`, sees their own)',
  }),
  sideBySide: defineRoute({
    method: 'GET',
    path: '/api/v1/mentor-ratings',
    query: ownerQuery,
    response: { 200: z.array(ratedSkill) },
    tags,
    summary: 'Each skill with your own level and each mentor’s latest rating, differences marked (`?owner=` as a mentor)',
  }),
};
