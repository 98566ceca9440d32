import { z } from 'zod';
import { artifact } from '../artifacts.js';
import { idParams } from '../common.js';
import { entryCreate, entryPatch, progressEntry } from '../cycles.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['cycles'];

export const progressLogRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/cycles/{id}/entries',
    params: idParams,
    query: ownerQuery,
    response: { 200: z.array(progressEntry) },
    tags,
    summary: 'A cycle’s weekly progress log',
  }),
  add: defineRoute({
    method: 'POST',
    path: '/api/v1/cycles/{id}/entries',
    params: idParams,
    body: entryCreate,
    response: { 201: progressEntry },
    tags,
    summary: 'Log progress for a week of a cycle',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/entries/{id}',
    params: idParams,
    body: entryPatch,
    response: { 200: progressEntry },
    tags,
    summary: 'Change a log entry',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/entries/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete a log entry',
  }),
  makeArtifact: defineRoute({
    method: 'POST',
    path: '/api/v1/entries/{id}/artifact',
    params: idParams,
    response: { 201: z.object({ artifact, entry: progressEntry }) },
    tags,
    summary: 'Turn a log entry’s link into an artifact',
    description:
      'Creates an artifact from the entry’s first link (title from the entry, its cycle and the cycle’s destinations, the day it was written) and cites it in the entry’s evidence, keeping the link; 400 when the entry has no link.',
  }),
};
