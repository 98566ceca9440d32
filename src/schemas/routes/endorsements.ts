import { z } from 'zod';
import { idParams } from '../common.js';
import {
  endorseParams,
  endorsement,
  endorsementInvitation,
  endorsementPatch,
  endorsementRequest,
  endorsementRequestCreate,
  endorsementRequestCreated,
  endorsementSheet,
  endorsementSubmit,
  endorsementSubmitted,
} from '../endorsements.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['endorsements'];

export const endorsementRequestRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/endorsement-requests',
    response: { 200: z.array(endorsementRequest) },
    tags,
    summary: 'Your endorsement requests, newest first, with their status (never their links)',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/endorsement-requests',
    body: endorsementRequestCreate,
    response: { 201: endorsementRequestCreated },
    tags,
    summary: 'Ask someone for an endorsement: answers the link once (14 days), mailed when SMTP_URL is set and an email given',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/endorsement-requests/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Withdraw a request: its link stops working at once',
  }),
};

export const endorsementRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/endorsements',
    query: ownerQuery,
    response: { 200: z.array(endorsement) },
    tags,
    summary: 'Endorsements you received, newest first, each with the request it answers',
  }),
  sheet: defineRoute({
    method: 'GET',
    path: '/api/v1/endorsements/sheet',
    response: { 200: endorsementSheet },
    tags,
    summary: 'The endorsement sheet: approved quotes grouped by skill, names only where allowed',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/endorsements/{id}',
    params: idParams,
    body: endorsementPatch,
    response: { 200: endorsement },
    tags,
    summary: 'Approve or hide an endorsement (names the version it read; 409 with `current` when stale)',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/endorsements/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete an endorsement',
  }),
};

/** The endorser's side, reached by the secret link without an account. */
export const endorseRoutes = {
  describe: defineRoute({
    method: 'GET',
    path: '/api/v1/endorse/{token}',
    params: endorseParams,
    response: { 200: endorsementInvitation },
    public: true,
    tags,
    summary: 'What an endorsement link asks: who, about which skills or artifact, and the level words',
    description: 'Unknown, expired and withdrawn links answer the same 404; an answered one 410. Rate-limited per address.',
  }),
  submit: defineRoute({
    method: 'POST',
    path: '/api/v1/endorse/{token}',
    params: endorseParams,
    body: endorsementSubmit,
    response: { 201: endorsementSubmitted },
    public: true,
    tags,
    summary: 'Answer an endorsement request, once: a second answer gets 410',
    description: 'Unknown, expired and withdrawn links answer the same 404. Rate-limited per address.',
  }),
};
