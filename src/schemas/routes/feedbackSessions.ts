import { z } from 'zod';
import { idParams } from '../common.js';
import {
  actionItem,
  actionItemPatch,
  actionItemQuery,
  feedbackSession,
  feedbackSessionCreate,
  feedbackSessionPatch,
  feedbackSessionQuery,
  pairingRotation,
} from '../feedbackSessions.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['feedback'];

export const feedbackSessionRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/feedback-sessions',
    query: feedbackSessionQuery.extend(ownerQuery.shape),
    response: { 200: z.array(feedbackSession) },
    tags,
    summary: '1:1s, pairing sessions, roadmap reviews and workshops, newest first',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/feedback-sessions',
    query: ownerQuery,
    body: feedbackSessionCreate,
    response: { 201: feedbackSession },
    tags,
    summary:
      'Record a feedback session; open items with the same partner carry into it (`?owner=`: a mentor with `feedback` shared writes it with the mentee)',
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/feedback-sessions/{id}',
    params: idParams,
    query: ownerQuery,
    response: { 200: feedbackSession },
    tags,
    summary: 'One feedback session',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/feedback-sessions/{id}',
    params: idParams,
    query: ownerQuery,
    body: feedbackSessionPatch,
    response: { 200: feedbackSession },
    tags,
    summary: 'Change a feedback session (`?owner=`: a mentor changes one written with them)',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/feedback-sessions/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete a feedback session and the action items agreed in it',
  }),
  rotation: defineRoute({
    method: 'GET',
    path: '/api/v1/pairing-rotation',
    response: { 200: pairingRotation },
    tags,
    summary: 'Pairing partners and domains over the weeks, and domains not paired in a while',
  }),
};

export const actionItemRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/action-items',
    query: actionItemQuery.extend(ownerQuery.shape),
    response: { 200: z.array(actionItem) },
    tags,
    summary: 'Action items from feedback sessions',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/action-items/{id}',
    params: idParams,
    body: actionItemPatch,
    response: { 200: actionItem },
    tags,
    summary: 'Mark an action item done, dropped or open again',
  }),
};
