import { z } from 'zod';
import { idParams } from '../common.js';
import {
  calendarFeed,
  compareQuery,
  preferences,
  preferencesPatch,
  quarterlyReview,
  quarterlyReviewCreate,
  snapshotComparison,
  thisWeek,
} from '../planning.js';
import { defineRoute } from '../route.js';

const tags = ['planning'];

export const icsParams = z.object({ file: z.string().regex(/^cal_[\w-]{20,100}\.ics$/, 'Not a calendar address.') });

export const planningRoutes = {
  thisWeek: defineRoute({
    method: 'GET',
    path: '/api/v1/this-week',
    response: { 200: thisWeek },
    tags,
    summary: 'The home screen: each running cycle’s week and what is due',
  }),
  preferences: defineRoute({
    method: 'GET',
    path: '/api/v1/preferences',
    response: { 200: preferences },
    tags,
    summary: 'Your rhythm: review cadence, feedback slot, digest, calendar feed',
  }),
  patchPreferences: defineRoute({
    method: 'PATCH',
    path: '/api/v1/preferences',
    body: preferencesPatch,
    response: { 200: preferences },
    tags,
    summary: 'Change your rhythm',
  }),
};

export const calendarRoutes = {
  renewFeed: defineRoute({
    method: 'POST',
    path: '/api/v1/calendar-feed',
    response: { 201: calendarFeed },
    answersSecret: true,
    tags,
    summary: 'Make a new secret calendar-feed address (the old one stops working)',
  }),
  revokeFeed: defineRoute({
    method: 'DELETE',
    path: '/api/v1/calendar-feed',
    response: { 204: z.null() },
    tags,
    summary: 'Stop the calendar feed',
  }),
  download: defineRoute({
    method: 'GET',
    path: '/api/v1/calendar.ics',
    response: { 200: z.string() },
    produces: 'text/calendar',
    tags,
    summary: 'Your cycles, reviews and feedback slots as an iCalendar file',
  }),
  feed: defineRoute({
    method: 'GET',
    path: '/api/v1/calendar/{file}',
    params: icsParams,
    response: { 200: z.string() },
    produces: 'text/calendar',
    public: true,
    tags,
    summary: 'The subscribed calendar feed; its secret address is the credential',
  }),
};

export const quarterlyReviewRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/quarterly-reviews',
    response: { 200: z.array(quarterlyReview) },
    tags,
    summary: 'Your quarterly reviews, newest first',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/quarterly-reviews',
    body: quarterlyReviewCreate,
    response: { 201: quarterlyReview },
    tags,
    summary: 'Review the quarter: snapshot the map and record a decision per destination',
  }),
  compare: defineRoute({
    method: 'GET',
    path: '/api/v1/quarterly-reviews/compare',
    query: compareQuery,
    response: { 200: snapshotComparison },
    tags,
    summary: 'Compare two quarterly reviews’ snapshots',
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/quarterly-reviews/{id}',
    params: idParams,
    response: { 200: quarterlyReview },
    tags,
    summary: 'One quarterly review',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/quarterly-reviews/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete a quarterly review',
  }),
};
