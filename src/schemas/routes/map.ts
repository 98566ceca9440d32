import { growthMap, mapPatch } from '../map.js';
import { mapImportQuery, mapImportResult, mapMarkdownBody } from '../mapMarkdown.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';
import { z } from 'zod';

const tags = ['map'];

export const mapRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/map',
    query: ownerQuery,
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
  exportMarkdown: defineRoute({
    method: 'GET',
    path: '/api/v1/map/export.md',
    response: { 200: z.string() },
    produces: 'text/markdown',
    tags,
    summary: 'Your Growth Map as the guide’s Markdown template (growth-map.md)',
  }),
  importMarkdown: defineRoute({
    method: 'POST',
    path: '/api/v1/map/import',
    query: mapImportQuery,
    body: mapMarkdownBody,
    consumes: 'text/*',
    // A map is a few kilobytes; the Markdown parser's time grows faster than the size of some
    // crafted texts (unclosed links), so the import takes less than the app's 1 MB.
    bodyLimit: 50_000,
    response: { 200: mapImportResult },
    tags,
    summary: 'Add and update destinations and skills from the Markdown template; `dryRun=true` previews',
    description:
      'Send the Markdown as the body, as text/markdown, text/plain or any text type. Matches destinations by title and skills by name (any case); never deletes. Lines it cannot read come back as warnings with their line numbers; a file without a destination is refused.',
  }),
};
