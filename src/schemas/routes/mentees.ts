import { z } from 'zod';
import { idParams } from '../common.js';
import { menteeSummary } from '../mentees.js';
import { defineRoute } from '../route.js';

const tags = ['mentoring'];

export const menteeRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/mentees',
    response: { 200: z.array(menteeSummary) },
    tags,
    summary:
      'The mentor’s dashboard: each mentee with what is due (next 1:1, a demonstrate week, a review date passed, open action items) and what changed since you last looked, from the shared sections only',
  }),
  seen: defineRoute({
    method: 'POST',
    path: '/api/v1/mentees/{id}/seen',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'You looked at this mentee’s map now: the dashboard counts changes from here',
  }),
};
