import { z } from 'zod';
import {
  artifact,
  artifactCreate,
  artifactFile,
  artifactFilter,
  artifactPatch,
  fileBytes,
  fileQuery,
  maxFileBytes,
} from '../artifacts.js';
import { idParams } from '../common.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['artifacts'];

export const artifactRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/artifacts',
    query: artifactFilter.extend(ownerQuery.shape),
    response: { 200: z.array(artifact) },
    tags,
    summary: 'Your artifacts, newest first; filter by kind, skill, destination or whether they have an outcome',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/artifacts',
    body: artifactCreate,
    response: { 201: artifact },
    tags,
    summary: 'Record an artifact: a design doc, decision record, diagram, code sample, talk or piece of writing',
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/artifacts/{id}',
    params: idParams,
    query: ownerQuery,
    response: { 200: artifact },
    tags,
    summary: 'One artifact',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/artifacts/{id}',
    params: idParams,
    body: artifactPatch,
    response: { 200: artifact },
    tags,
    summary: 'Change an artifact (names the version it read; 409 with `current` when stale)',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/artifacts/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete an artifact and its file',
  }),
  putFile: defineRoute({
    method: 'PUT',
    path: '/api/v1/artifacts/{id}/file',
    params: idParams,
    query: fileQuery,
    body: fileBytes,
    consumes: 'application/octet-stream',
    bodyLimit: maxFileBytes,
    response: { 200: artifactFile },
    tags,
    summary: 'Attach a file (replaces any earlier one): the raw bytes as the body, up to 10 MB',
    description:
      'PDF, PNG, JPEG, WebP, plain text or Markdown, recognised from the bytes whatever the name or Content-Type ' +
      'says; SVG and HTML are refused (400). Over 10 MB answers 413 and stores nothing. `name` is the file name to keep.',
  }),
  getFile: defineRoute({
    method: 'GET',
    path: '/api/v1/artifacts/{id}/file',
    params: idParams,
    query: ownerQuery,
    response: { 200: fileBytes },
    produces: 'application/octet-stream',
    tags,
    summary: 'The artifact’s file, as a download (images inline), sandboxed; 404 when it has none',
  }),
  deleteFile: defineRoute({
    method: 'DELETE',
    path: '/api/v1/artifacts/{id}/file',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Remove the artifact’s file',
  }),
};
