import { z } from 'zod';
import { comment, commentCreate, commentSubject, commentThread, unreadComments } from '../comments.js';
import { defineRoute } from '../route.js';

const tags = ['mentoring'];

export const commentRoutes = {
  thread: defineRoute({
    method: 'GET',
    path: '/api/v1/comments',
    query: commentSubject,
    response: { 200: commentThread },
    tags,
    summary:
      'The comments on a destination, a progress entry or an artifact, oldest first: the owner’s, or a mentee’s where the section is shared',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/comments',
    body: commentCreate,
    response: { 201: comment },
    tags,
    summary: 'Comment on a mentee’s record (the section shared with you) or reply on your own',
  }),
  unread: defineRoute({
    method: 'GET',
    path: '/api/v1/comments/unread',
    response: { 200: unreadComments },
    tags,
    summary: 'Comments by others you have not read yet, by record: on your own records and on your mentees’ shared ones',
  }),
  read: defineRoute({
    method: 'POST',
    path: '/api/v1/comments/read',
    body: commentSubject,
    response: { 204: z.null() },
    tags,
    summary: 'Mark every comment on one record as read',
  }),
};
