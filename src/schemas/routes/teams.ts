import { z } from 'zod';
import { idParams } from '../common.js';
import { defineRoute } from '../route.js';
import {
  heatmap,
  heatmapQuery,
  membership,
  membershipPatch,
  team,
  teamCreate,
  teamInvitation,
  teamInvitationCreate,
  teamPatch,
  teamSummary,
  workshop,
  workshopCreate,
  workshopPatch,
  workshopRecord,
} from '../teams.js';

const tags = ['teams'];

export const teamRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/teams',
    response: { 200: z.array(teamSummary) },
    tags,
    summary: 'The teams you lead or belong to',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/teams',
    body: teamCreate,
    response: { 201: team },
    tags,
    summary: 'Create a team; you are its lead (and its first member, sharing skills and levels)',
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/{id}',
    params: idParams,
    response: { 200: team },
    tags,
    summary: 'One team: its lead and members (a member sees the active members’ names only)',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/teams/{id}',
    params: idParams,
    body: teamPatch,
    response: { 200: team },
    tags,
    summary: 'Rename a team or let members see its heatmap (lead only; names the version it read, 409 when stale)',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/teams/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete a team with its memberships and workshops (lead only)',
  }),
  invite: defineRoute({
    method: 'POST',
    path: '/api/v1/teams/{id}/invitations',
    params: idParams,
    body: teamInvitationCreate,
    response: { 201: teamInvitation },
    answersSecret: true,
    tags,
    summary:
      'Invite someone by email (lead only): an account finds it under My teams; an address without one gets a link to join',
    description:
      'The join link works even when sign-up is `invite`, once, for 7 days; it is mailed when SMTP_URL is set and shown once here. ' +
      'The invitation waits until the person accepts it with `PATCH /api/v1/memberships/{id}`.',
  }),
  heatmap: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/{id}/heatmap',
    params: idParams,
    query: heatmapQuery,
    response: { 200: heatmap },
    tags,
    summary: 'Skills × members with current and target levels, thin spots and pairing suggestions',
    description:
      'The lead, and members when the lead allows it (403 otherwise); anyone outside the team gets 404. Only active ' +
      'members are in it; every consent allows skills and levels. `category` narrows the skills to those under ' +
      'destinations of that category, counting only members who shared their goals.',
  }),
  heatmapCsv: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/{id}/heatmap.csv',
    params: idParams,
    query: heatmapQuery,
    response: { 200: z.string() },
    produces: 'text/csv',
    tags,
    summary: 'The heatmap as CSV (RFC 4180; cells that would start a formula are prefixed with an apostrophe)',
  }),
};

export const membershipRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/memberships',
    response: { 200: z.array(membership) },
    tags,
    summary: 'Your team invitations (`invited`) and memberships (`active`), with what you consented to',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/memberships/{id}',
    params: idParams,
    body: membershipPatch,
    response: { 200: membership },
    tags,
    summary: 'Accept an invitation (`{status: "active", consent}`) or change what the lead may see',
    description:
      '`consent`: `levels` (skills and levels only), `goals` (also destinations and cycles), `everything` (also evidence). ' +
      'Takes effect on the next request. Names the version it read; 409 when stale.',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/memberships/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Leave a team or decline an invitation; the team’s lead removes a member or withdraws an invitation the same way',
    description: 'The data leaves the team view at once. The lead’s own membership stays (409): delete the team instead.',
  }),
};

export const workshopRoutes = {
  list: defineRoute({
    method: 'GET',
    path: '/api/v1/teams/{id}/workshops',
    params: idParams,
    response: { 200: z.array(workshop) },
    tags,
    summary: 'The team’s workshops, newest first (lead and members)',
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/v1/teams/{id}/workshops',
    params: idParams,
    body: workshopCreate,
    response: { 201: workshop },
    tags,
    summary: 'Draft a workshop on a skill (a thin spot): a practice task, readings and an agenda from the framework (lead only)',
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/v1/workshops/{id}',
    params: idParams,
    response: { 200: workshop },
    tags,
    summary: 'One workshop (its team’s lead and members)',
  }),
  patch: defineRoute({
    method: 'PATCH',
    path: '/api/v1/workshops/{id}',
    params: idParams,
    body: workshopPatch,
    response: { 200: workshop },
    tags,
    summary: 'Edit the draft or schedule it: date, start time (the lead’s time zone) and length (lead only; 409 when stale)',
  }),
  delete: defineRoute({
    method: 'DELETE',
    path: '/api/v1/workshops/{id}',
    params: idParams,
    response: { 204: z.null() },
    tags,
    summary: 'Delete a workshop (lead only); feedback sessions already recorded stay with their owners',
  }),
  invite: defineRoute({
    method: 'GET',
    path: '/api/v1/workshops/{id}/invite.ics',
    params: idParams,
    response: { 200: z.string() },
    produces: 'text/calendar',
    tags,
    summary: 'The scheduled workshop as an iCalendar invitation for the members (404 until it has a date and time)',
  }),
  record: defineRoute({
    method: 'POST',
    path: '/api/v1/workshops/{id}/record',
    params: idParams,
    body: workshopRecord,
    response: { 200: workshop },
    tags,
    summary: 'Record the workshop as held: each attendee gets a `workshop` feedback session (lead only, once)',
  }),
};
