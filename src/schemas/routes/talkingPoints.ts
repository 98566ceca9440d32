import { z } from 'zod';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';
import {
  evidenceHealth,
  talkingPoints,
  talkingPointsDraft,
  talkingPointsDraftPut,
  win,
  winPost,
  winPosted,
} from '../talkingPoints.js';

const tags = ['talking points'];

export const evidenceHealthRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/evidence-health',
    query: ownerQuery,
    response: { 200: evidenceHealth },
    tags,
    summary: 'For every skill on your map: what backs its current level, and a warning where that is thin',
    description:
      'Skills in the map’s order. `sources` lists every record behind the current level: the evidence cited by ' +
      'the level changes up to it (a link is cited as `{kind: "link", id}` with the level change’s id), artifacts ' +
      'that show the skill at or above the level, feedback sessions that observed it and reviewed cycles on its ' +
      'destination; `kinds` are their distinct kinds. `warning` is `own-word` when a level above Novice rests on ' +
      'nothing, `one-kind` when it rests on one kind of evidence only, and null otherwise: a Novice is never warned, ' +
      'since it is the starting point. Never blocks anything.',
  }),
};

export const talkingPointRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/talking-points',
    response: { 200: talkingPoints },
    tags,
    summary: 'Talking points for a career conversation, computed from your data, each citing its records',
    description:
      'Sections in this order: `outcomes` (artifacts with a before/after metric, then outcome sentences), ' +
      '`progress` (level moves up with their evidence, closed cycles), `collaboration` (the next destination, ' +
      'support needed from your latest 1:1 with each partner, open action items, mentorship notes) and `risks` ' +
      '(levels above Novice resting on no evidence). Deterministic; `markdown` is the same as a Markdown list.',
  }),
  getDraft: defineRoute({
    method: 'GET',
    path: '/api/v1/talking-points/draft',
    response: { 200: talkingPointsDraft },
    tags,
    summary: 'Your edited talking points; the first read starts it from the computed Markdown',
  }),
  putDraft: defineRoute({
    method: 'PUT',
    path: '/api/v1/talking-points/draft',
    body: talkingPointsDraftPut,
    response: { 200: talkingPointsDraft },
    tags,
    summary: 'Keep your edited talking points (names the version it read; 409 with `current` when stale)',
    description: 'To start again from your data, put the `markdown` of `GET /api/v1/talking-points`.',
  }),
};

export const winRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/wins',
    response: { 200: z.array(win) },
    tags,
    summary: 'Recent wins (completed destinations, level ups, portfolio items), newest first, each with a Markdown snippet',
  }),
  post: defineRoute({
    method: 'POST',
    path: '/api/v1/wins/post',
    body: winPost,
    response: { 200: winPosted },
    tags,
    summary: 'Post a win to the team channel set in your preferences, as `{"text": …}`; answers exactly what was sent',
    description:
      'The webhook URL must be https and resolve to public addresses only (unless the administrator set ' +
      'WEBHOOK_ALLOW_PRIVATE); the server connects to the address it checked, waits at most 5 seconds and follows no ' +
      'redirect. 400 when no URL is set or it is refused; 502 when the channel cannot be reached or does not answer 2xx.',
  }),
};
