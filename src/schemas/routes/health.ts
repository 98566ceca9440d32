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
    description:
      'The database is asked at most once a second: a probe within a second of a successful round trip gets the same answer without another. A failed round trip is not remembered, so the next probe asks again.',
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
