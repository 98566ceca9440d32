import { idParams } from '../common.js';
import { cycleReviewBody, cycleReviewed } from '../cycles.js';
import { defineRoute } from '../route.js';

export const cycleReviewRoutes = {
  review: defineRoute({
    method: 'POST',
    path: '/api/v1/cycles/{id}/review',
    params: idParams,
    body: cycleReviewBody,
    response: { 201: cycleReviewed },
    tags: ['cycles'],
    summary: 'Review a cycle: what went well, level changes, and a draft of the next cycle',
  }),
};
