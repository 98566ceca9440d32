import { z } from 'zod';
import { defineRoute } from '../route.js';

const tags = ['meta'];

export const health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgresql']),
  version: z.string(),
});

export const healthRoutes = {
  check: defineRoute({
    method: 'GET',
    path: '/api/health',
    response: { 200: health },
    public: true,
    neverCompressed: true,
    tags,
    summary: 'Whether the server and its database answer',
  }),
  openapi: defineRoute({
    method: 'GET',
    path: '/api/openapi.json',
    response: { 200: z.unknown() },
    public: true,
    hidden: true,
    tags,
    summary: 'This document',
  }),
};
