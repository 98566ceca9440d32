import { z } from 'zod';
import { idParams, orderBody } from '../common.js';
import { levelChange, levelChangeCreate, skill, skillCreate, skillPatch } from '../map.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['skills'];

export const skillRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/destinations/{id}/skills',
    params: idParams,
    body: skillCreate,
    response: { 201: skill },
    tags,
    summary: 'Add a skill to a destination',
  }),
  reorder: defineRoute({
    method: 'PUT',
    path: '/api/v1/destinations/{id}/skills/order',
    params: idParams,
    body: orderBody,
    response: { 204: z.null() },
    tags,
    summary: 'Put a destination’s skills in this order',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/skills/{id}',
    params: idParams,
    body: skillPatch,
    response: { 200: skill },
    tags,
    summary: 'Change a skill',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/skills/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete a skill and its level history',
  }),
  listLevelChanges: defineRoute({
    method: 'GET',
    path: '/api/v1/skills/{id}/level-changes',
    params: idParams,
    query: ownerQuery,
    response: { 200: z.array(levelChange) },
    tags,
    summary: 'A skill’s level history, oldest first',
  }),
  addLevelChange: defineRoute({
    method: 'POST',
    path: '/api/v1/skills/{id}/level-changes',
    params: idParams,
    body: levelChangeCreate,
    response: { 201: levelChange },
    tags,
    summary: 'Record a new level for a skill, with its evidence',
  }),
};
