import { z } from 'zod';
import { idParams } from '../common.js';
import { contentShape } from '../content.js';
import {
  contentUpload,
  csvUpload,
  selfCheck,
  selfCheckComparison,
  selfCheckCreate,
  uploadSummary,
  wizardAccept,
  wizardAccepted,
  wizardAnswers,
  wizardDraft,
} from '../framework.js';
import { compareQuery } from '../planning.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['framework'];
const adminTags = ['administration'];

export const frameworkRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/framework',
    response: { 200: contentShape },
    tags,
    summary: 'The System Evolution Framework in force: stages, self-check, readings, catalogue, templates',
  }),
  listUploads: defineRoute({
    method: 'GET',
    path: '/api/v1/framework/uploads',
    response: { 200: z.array(uploadSummary) },
    tags: adminTags,
    summary: 'Uploaded content files (administrators)',
  }),
  upload: defineRoute({
    method: 'POST',
    path: '/api/v1/framework/uploads',
    body: contentUpload,
    response: { 201: z.object({ id: z.string() }) },
    tags: adminTags,
    summary: 'Upload a content YAML file that extends or replaces the shipped one (administrators)',
  }),
  importSkillsCsv: defineRoute({
    method: 'POST',
    path: '/api/v1/framework/skills-csv',
    body: csvUpload,
    response: { 201: z.object({ added: z.number().int() }) },
    tags: adminTags,
    summary: 'Add catalogue skills from CSV text (administrators)',
  }),
  deleteUpload: defineRoute({
    method: 'DELETE',
    path: '/api/v1/framework/uploads/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags: adminTags,
    summary: 'Remove an uploaded content file (administrators)',
  }),
};

export const selfCheckRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/self-checks',
    query: ownerQuery,
    response: { 200: z.array(selfCheck) },
    tags,
    summary: 'Your stage self-checks, newest first',
  }),
  take: defineRoute({
    method: 'POST',
    path: '/api/v1/self-checks',
    body: selfCheckCreate,
    response: { 201: selfCheck },
    tags,
    summary: 'Check yourself against a stage: scores by area and what to work on',
  }),
  compare: defineRoute({
    method: 'GET',
    path: '/api/v1/self-checks/compare',
    query: compareQuery.extend(ownerQuery.shape),
    response: { 200: selfCheckComparison },
    tags,
    summary: 'Compare two of your self-checks',
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/self-checks/{id}',
    params: idParams,
    query: ownerQuery,
    response: { 200: selfCheck },
    tags,
    summary: 'One self-check',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/self-checks/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete a self-check',
  }),
};

export const wizardRoutes = {
  draft: defineRoute({
    method: 'POST',
    path: '/api/v1/wizard/draft',
    body: wizardAnswers,
    response: { 200: wizardDraft },
    tags,
    summary: 'A tailored first Growth Map from your answers; writes nothing (POST because the answers are a body)',
  }),
  accept: defineRoute({
    method: 'POST',
    path: '/api/v1/wizard/accept',
    body: wizardAccept,
    response: { 201: wizardAccepted },
    tags,
    summary: 'Put the accepted parts of a draft on your map',
  }),
};
