import type { RouteDefinition, RouteKey } from './route.js';
import { accountRoutes } from './routes/account.js';
import { artifactRoutes } from './routes/artifacts.js';
import { adminRoutes } from './routes/admin.js';
import { cycleReviewRoutes } from './routes/cycleReview.js';
import { cycleRoutes } from './routes/cycles.js';
import { destinationRoutes } from './routes/destinations.js';
import { endorseRoutes, endorsementRequestRoutes, endorsementRoutes } from './routes/endorsements.js';
import { actionItemRoutes, feedbackSessionRoutes } from './routes/feedbackSessions.js';
import { frameworkRoutes, selfCheckRoutes, wizardRoutes } from './routes/framework.js';
import { healthRoutes } from './routes/health.js';
import { ladderRoutes, myLadderRoutes } from './routes/ladders.js';
import { mapRoutes } from './routes/map.js';
import { oidcRoutes } from './routes/oidc.js';
import { accessLogRoutes, mentorshipRoutes } from './routes/mentorships.js';
import { commentRoutes } from './routes/comments.js';
import { menteeRoutes } from './routes/mentees.js';
import { mentorRatingRoutes } from './routes/mentorRatings.js';
import { roadmapReviewRoutes } from './routes/roadmapReview.js';
import { calendarRoutes, planningRoutes, quarterlyReviewRoutes } from './routes/planning.js';
import { portfolioRoutes } from './routes/portfolio.js';
import { progressLogRoutes } from './routes/progressLog.js';
import { sessionRoutes } from './routes/session.js';
import { skillRoutes } from './routes/skills.js';
import { evidenceHealthRoutes, talkingPointRoutes, winRoutes } from './routes/talkingPoints.js';
import { membershipRoutes, teamRoutes, workshopRoutes } from './routes/teams.js';
import { tokenRoutes } from './routes/tokens.js';

/**
 * Every route of the API, once, grouped by feature. The server registers exactly these,
 * the OpenAPI document is generated from them, the security walk visits each, and the
 * client names them by `"METHOD /path"` (see `ApiRoutes`).
 */
export const routes = {
  health: healthRoutes,
  session: sessionRoutes,
  oidc: oidcRoutes,
  account: accountRoutes,
  tokens: tokenRoutes,
  admin: adminRoutes,
  map: mapRoutes,
  destinations: destinationRoutes,
  skills: skillRoutes,
  cycles: cycleRoutes,
  progressLog: progressLogRoutes,
  cycleReview: cycleReviewRoutes,
  planning: planningRoutes,
  calendar: calendarRoutes,
  quarterlyReviews: quarterlyReviewRoutes,
  framework: frameworkRoutes,
  selfChecks: selfCheckRoutes,
  wizard: wizardRoutes,
  feedbackSessions: feedbackSessionRoutes,
  actionItems: actionItemRoutes,
  artifacts: artifactRoutes,
  evidenceHealth: evidenceHealthRoutes,
  talkingPoints: talkingPointRoutes,
  wins: winRoutes,
  portfolio: portfolioRoutes,
  endorsementRequests: endorsementRequestRoutes,
  endorsements: endorsementRoutes,
  endorse: endorseRoutes,
  ladders: ladderRoutes,
  myLadder: myLadderRoutes,
  teams: teamRoutes,
  memberships: membershipRoutes,
  workshops: workshopRoutes,
  mentorships: mentorshipRoutes,
  accessLog: accessLogRoutes,
  comments: commentRoutes,
  mentorRatings: mentorRatingRoutes,
  mentees: menteeRoutes,
  roadmapReview: roadmapReviewRoutes,
};

export type Routes = typeof routes;
export type Feature = keyof Routes;

type AnyRoute = { [F in Feature]: Routes[F][keyof Routes[F]] }[Feature];

/** Every route by its `"METHOD /path"` key: what a client names, type-only so no schema ships to the browser. */
export type ApiRoutes = { [R in AnyRoute as RouteKey<R>]: R };
export type ApiRouteKey = keyof ApiRoutes;

/** The table flattened, in a stable order (the OpenAPI document and the security walk use it). */
export const allRoutes: readonly RouteDefinition[] = Object.values(routes).flatMap((feature) =>
  Object.values<RouteDefinition>(feature),
);
