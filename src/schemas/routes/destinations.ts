import { z } from 'zod';
import { idParams, orderBody } from '../common.js';
import { destination, destinationCreate, destinationPatch, smart, smartCheckBody } from '../map.js';
import { ownerQuery } from '../mentorships.js';
import { defineRoute } from '../route.js';

const tags = ['destinations'];

export const destinationRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/destinations',
    body: destinationCreate,
    response: { 201: destination },
    tags,
    summary: 'Add a destination to your map',
  }),
  reorder: defineRoute({
    method: 'PUT',
    path: '/api/v1/destinations/order',
    body: orderBody,
    response: { 204: z.null() },
    tags,
    summary: 'Put your destinations in this order',
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/destinations/{id}',
    params: idParams,
    query: ownerQuery,
    response: { 200: destination },
    tags,
    summary: 'One destination with its skills',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/destinations/{id}',
    params: idParams,
    body: destinationPatch,
    response: { 200: destination },
    tags,
    summary: 'Change a destination, or complete or retire it',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/destinations/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete a destination and its skills',
  }),
  smartCheck: defineRoute({
    method: 'POST',
    path: '/api/v1/smart-check',
    body: smartCheckBody,
    response: { 200: smart },
    tags,
    summary: 'The SMART check of a draft destination against your own “today”; writes nothing',
  }),
};
