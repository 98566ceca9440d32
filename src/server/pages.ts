import type { FastifyReply } from 'fastify';
import { AppError } from '../services/errors.js';
import { registerEndorsePages } from './pages/endorse.js';
import { type PublicPage, sendLinkNotFound, sendPage, tooManyRequestsPage } from './pages/page.js';
import { registerPortfolioPage } from './pages/portfolio.js';
import type { App, RouteContext } from './routeContext.js';

/**
 * Pages served as HTML to people without an account (`/shared/portfolio/{token}`,
 * `/endorse/{token}`): outside the API's scope, so no session and no CSRF header, and each one
 * counts its visitors' requests itself. Each feature adds its registration to this list.
 */
const pages: ((app: App, context: RouteContext) => void)[] = [registerPortfolioPage, registerEndorsePages];

export function registerPages(app: App, context: RouteContext): void {
  for (const register of pages) register(app, context);
}

/**
 * Runs a page's work and answers its page; a link that leads nowhere and a spent allowance
 * get their own pages, anything else is the app's error.
 */
export async function answerPage(
  reply: FastifyReply,
  work: () => Promise<{ status: number; page: PublicPage }>,
): Promise<FastifyReply> {
  try {
    const { status, page } = await work();
    return sendPage(reply, status, page);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'not_found') return sendLinkNotFound(reply);
    if (error.code === 'rate_limited') {
      reply.header('Retry-After', String(error.details.retryAfterSeconds ?? 60));
      return sendPage(reply, 429, tooManyRequestsPage);
    }
    throw error;
  }
}
