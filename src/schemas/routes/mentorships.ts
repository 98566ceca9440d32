import { z } from 'zod';
import { idParams } from '../common.js';
import {
  accessLogEntry,
  accessLogQuery,
  mentorship,
  mentorshipCreate,
  mentorshipCreated,
  mentorshipPatch,
} from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['mentorships'];

export const mentorshipRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/mentorships',
    response: { 200: z.array(mentorship) },
    tags,
    summary: 'Your mentors and your mentees, each saying which side you are on',
    description:
      'As the engineer you see every mentor you invited; as a mentor, every mentorship offered to your account or to its email.',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/mentorships',
    body: mentorshipCreate,
    response: { 201: mentorshipCreated },
    answersSecret: true,
    tags,
    summary: 'Invite a mentor by email and pick the sections they may read',
    description:
      'An existing account accepts with `POST /api/v1/mentorships/{id}/accept`. An email without an account gets a link ' +
      'to join the instance (shown once as `invitationUrl`, and mailed when SMTP_URL is set), even when sign-up needs an invitation.',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/mentorships/{id}',
    params: idParams,
    body: mentorshipPatch,
    response: { 200: mentorship },
    tags,
    summary: 'Change the shared sections (the engineer only; 409 with `current` when stale); counts from the next request',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/mentorships/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'End a mentorship, from either side; the mentor’s next request is refused',
  }),
  accept: defineRoute({
    method: 'POST',
    path: '/api/v1/mentorships/{id}/accept',
    params: idParams,
    response: { 200: mentorship },
    tags,
    summary: 'Accept a mentorship offered to your account or your email',
  }),
};

export const accessLogRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/access-log',
    query: accessLogQuery,
    response: { 200: z.array(accessLogEntry) },
    tags,
    summary: 'Who read which of your sections, and when: newest first, 50 a page (`limit` up to 200, `before` an instant)',
    description:
      'One row per look someone other than you took with `?owner=`: reads of one section by one person within ten minutes of a logged one are that look (a reload is no new look). The next page: `before` = the last row’s `at`.',
  }),
};
