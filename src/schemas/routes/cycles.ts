import { z } from 'zod';
import { idParams } from '../common.js';
import { backupSwitchBody, cycle, cycleCreate, cyclePatch } from '../cycles.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['cycles'];

export const cycleRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/cycles',
    query: ownerQuery,
    response: { 200: z.array(cycle) },
    tags,
    summary: 'Your learning cycles, newest first',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/cycles',
    body: cycleCreate,
    response: { 201: cycle },
    tags,
    summary: 'Plan a learning cycle of 4–6 weeks',
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/cycles/{id}',
    params: idParams,
    query: ownerQuery,
    response: { 200: cycle },
    tags,
    summary: 'One learning cycle with its schedule and status',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/cycles/{id}',
    params: idParams,
    body: cyclePatch,
    response: { 200: cycle },
    tags,
    summary: 'Change, start, pause, resume or cancel a cycle',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/cycles/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete a cycle with its log and review',
  }),
  switchToBackup: defineRoute({
    method: 'POST',
    path: '/api/v1/cycles/{id}/backup-switch',
    params: idParams,
    body: backupSwitchBody,
    response: { 200: cycle },
    tags,
    summary: 'Switch a blocked cycle to its backup project',
  }),
};
