import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';
import { roadmapReview } from '../roadmapReview.js';

const tags = ['mentoring'];

export const roadmapReviewRoutes = {
  outline: defineRoute({
    method: 'GET',
    path: '/api/v1/roadmap-review',
    query: ownerQuery,
    response: { 200: roadmapReview },
    tags,
    summary:
      'The growth roadmap review’s steps: stage fit from the latest self-check, each destination’s SMART result and relevance, the cycle plan; save its outcomes as a `roadmap-review` feedback session',
  }),
};
