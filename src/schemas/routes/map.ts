import { growthMap, mapPatch } from '../map.js';
import { defineRoute } from '../route.js';

const tags = ['map'];

export const mapRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/map',
    response: { 200: growthMap },
    tags,
    summary: 'Your Growth Map: destinations, skills, SMART checks, notices and the onboarding checklist',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/map',
    body: mapPatch,
    response: { 200: growthMap },
    tags,
    summary: 'Change the map’s title, role or system stage',
  }),
};
