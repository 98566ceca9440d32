import type { Routes } from '../../schemas/routes.js';
import { getEvidenceHealth } from '../../services/evidenceHealth.js';
import * as talkingPoints from '../../services/talkingPoints.js';
import * as wins from '../../services/wins.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const evidenceHealthHandlers = ({ deps }: RouteContext): Handlers<Routes['evidenceHealth']> => ({
  // It reads levels, artifacts, feedback and reviewed cycles: someone else needs every one of those sections.
  get: async (request) =>
    getEvidenceHealth(
      deps,
      await scopeFor(deps, actorOf(request), request.query.owner, ['evidence', 'map', 'cycles', 'feedback']),
    ),
});

export const talkingPointHandlers = ({ deps }: RouteContext): Handlers<Routes['talkingPoints']> => ({
  get: async (request) => talkingPoints.getTalkingPoints(deps, actorOf(request)),
  getDraft: async (request) => talkingPoints.getDraft(deps, actorOf(request)),
  putDraft: async (request) => talkingPoints.putDraft(deps, actorOf(request), request.body),
});

export const winHandlers = ({ deps }: RouteContext): Handlers<Routes['wins']> => ({
  list: async (request) => wins.listWins(deps, actorOf(request)),
  post: async (request) => wins.postWin(deps, actorOf(request), request.body.text),
});
