import { z } from 'zod';
import { tokenParams } from '../accounts.js';
import { idParams } from '../common.js';
import { portfolio, portfolioPut, portfolioShare, shareCreate, shareCreated, shareView, sharedPortfolio } from '../portfolio.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['portfolio'];

export const portfolioRoutes = {
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/portfolio',
    query: ownerQuery,
    response: { 200: portfolio },
    tags,
    summary: 'Your Portfolio of Impact: the chosen artifacts in order, the 3–5 notice, and ranked suggestions',
  }),
  put: defineRoute({
    method: 'PUT',
    path: '/api/v1/portfolio',
    body: portfolioPut,
    response: { 200: portfolio },
    tags,
    summary: 'Choose and order the portfolio’s artifacts (your own only; with `version`, 409 with `current` when stale)',
  }),
  createShare: defineRoute({
    method: 'POST',
    path: '/api/v1/portfolio/shares',
    body: shareCreate,
    response: { 201: shareCreated },
    answersSecret: true,
    tags,
    summary: 'Share a frozen copy of the portfolio by link (30 days unless chosen, at most a year); the link is shown once',
  }),
  listShares: defineRoute({
    method: 'GET',
    path: '/api/v1/portfolio/shares',
    response: { 200: z.array(portfolioShare) },
    tags,
    summary: 'Your shares with their status and view counts (never their links)',
  }),
  shareViews: defineRoute({
    method: 'GET',
    path: '/api/v1/portfolio/shares/{id}/views',
    params: idParams,
    response: { 200: z.array(shareView) },
    tags,
    summary: 'When a share was opened, newest first (times only)',
  }),
  revokeShare: defineRoute({
    method: 'DELETE',
    path: '/api/v1/portfolio/shares/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Revoke a share: its link stops working at once; its view log stays',
  }),
  readShared: defineRoute({
    method: 'GET',
    path: '/api/v1/shared/portfolio/{token}',
    params: tokenParams,
    response: { 200: sharedPortfolio },
    public: true,
    tags,
    summary: 'A shared portfolio as its reader sees it, without an account (the page is `/shared/portfolio/{token}`)',
    description:
      'Unknown, expired and revoked links answer the same 404. Each answer is logged by time only; ' +
      'requests are limited per address (429).',
  }),
};
