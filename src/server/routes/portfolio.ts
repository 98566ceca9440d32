import type { FastifyReply } from 'fastify';
import type { Routes } from '../../schemas/routes.js';
import * as portfolio from '../../services/portfolio.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

/** A shared portfolio is reached by a secret link: never indexed, cached or passed on as a referrer. */
export const markSecretLinkAnswer = (reply: FastifyReply): FastifyReply =>
  reply.header('X-Robots-Tag', 'noindex, nofollow').header('Referrer-Policy', 'no-referrer').header('Cache-Control', 'no-store');

export const portfolioHandlers = ({ deps }: RouteContext): Handlers<Routes['portfolio']> => ({
  get: async (request) => portfolio.getPortfolio(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'evidence')),
  put: async (request) => portfolio.putPortfolio(deps, actorOf(request), request.body),
  createShare: async (request) => portfolio.createShare(deps, actorOf(request), request.body),
  listShares: async (request) => portfolio.listShares(deps, actorOf(request)),
  shareViews: async (request) => portfolio.listShareViews(deps, actorOf(request), request.params.id),
  revokeShare: async (request) => {
    await portfolio.revokeShare(deps, actorOf(request), request.params.id);
    return null;
  },
  // The headers go on before the work, so the 404 and 429 carry them too.
  readShared: async (request, reply) => {
    markSecretLinkAnswer(reply);
    return portfolio.readSharedPortfolio(deps, request.params.token, request.ip);
  },
});
