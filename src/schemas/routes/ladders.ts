import { z } from 'zod';
import { idParams } from '../common.js';
import {
  ladder,
  ladderChoice,
  ladderChoiceInput,
  ladderCreated,
  ladderSummary,
  ladderText,
  ladderUploadQuery,
  nextLevel,
} from '../ladders.js';
import { defineRoute } from '../route.js';

const tags = ['ladders'];
const adminTags = ['administration'];

export const ladderRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/ladders',
    response: { 200: z.array(ladderSummary) },
    tags,
    summary: 'The career ladders of this instance: the shipped example first, then those administrators added, oldest first',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/ladders',
    query: ladderUploadQuery,
    body: ladderText,
    consumes: 'text/*',
    response: { 201: ladderCreated },
    tags: adminTags,
    summary: 'Add a career ladder from its file (administrators)',
    description:
      'The file’s text as the body (`Content-Type: text/yaml` or `text/markdown`; any text type is taken). The format ' +
      'is recognised from the content: an FT job family (YAML with `levels`, `themes`, `competencies`), Monzo ' +
      'framework Markdown (front matter with `levels` and `topics`) or a Growth Map ladder (YAML with `ladder` and ' +
      '`levels`). `name` is the file name the errors cite: a 400 lists every problem as "file:line: field: problem".',
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/ladders/{id}',
    params: idParams,
    response: { 200: ladder },
    tags,
    summary: 'One ladder: its levels in order, each with its expectations',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/ladders/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags: adminTags,
    summary: 'Remove a ladder and everyone’s choice of it (administrators); the shipped example answers 409',
  }),
};

export const myLadderRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/me/ladder',
    response: { 200: ladderChoice },
    tags,
    summary: 'Your ladder and current level; null until you pick them',
  }),
  put: defineRoute({
    method: 'PUT',
    path: '/api/v1/me/ladder',
    body: ladderChoiceInput,
    response: { 200: ladderChoice },
    tags,
    summary: 'Pick your ladder and current level',
  }),
  nextLevel: defineRoute({
    method: 'GET',
    path: '/api/v1/me/next-level',
    response: { 200: nextLevel },
    tags,
    summary: 'What am I missing for the next level: its expectations that differ from yours, with the evidence you have',
    description:
      'Each gap lists the artifacts, feedback sessions and cycles that already speak to its skill; where there are none, ' +
      'start a cycle on it. At the top level `next` is null. A ladder is a guide for conversations, not a checklist. ' +
      '404 until you pick a ladder and level.',
  }),
};
