import { listTokens } from '../db/repositories/tokens.js';
import { listLevelChangesOfUser } from '../db/repositories/levelChanges.js';
import type { AccountExport } from '../schemas/export.js';
import { exportArtifacts } from './artifacts.js';
import { type Actor, type ServiceDeps, nowIso } from './context.js';
import { listCyclesWithEntries } from './cycles.js';
import { exportEndorsements } from './endorsements.js';
import { listActionItems, listSessions } from './feedbackSessions.js';
import { exportChoice } from './ladders.js';
import { getMap } from './map.js';
import { exportMentorNotes } from './mentorNotes.js';
import { exportMentorships } from './mentorships.js';
import { exportPortfolio } from './portfolio.js';
import { getPreferences } from './preferences.js';
import { listQuarterlyReviews } from './quarterlyReviews.js';
import { listSelfChecks } from './selfChecks.js';
import { exportDraft } from './talkingPoints.js';

/** Everything the user put in, as one JSON document they can keep or take elsewhere. */
export async function exportAccount(deps: ServiceDeps, actor: Actor): Promise<AccountExport> {
  const [map, levelChanges, tokens, preferences, { cycles, entries: progressEntries }, quarterlyReviews, selfChecks, artifacts] =
    await Promise.all([
      getMap(deps, actor),
      listLevelChangesOfUser(deps.db, actor.user.id),
      listTokens(deps.db, actor.user.id),
      getPreferences(deps, actor),
      listCyclesWithEntries(deps, actor),
      listQuarterlyReviews(deps, actor),
      listSelfChecks(deps, actor),
      exportArtifacts(deps, actor),
    ]);
  const [
    feedbackSessions,
    actionItems,
    talkingPointsDraft,
    { portfolio, portfolioShares },
    { endorsementRequests, endorsements },
  ] = await Promise.all([
    listSessions(deps, actor),
    listActionItems(deps, actor),
    exportDraft(deps, actor),
    exportPortfolio(deps, actor),
    exportEndorsements(deps, actor),
  ]);
  const [ladder, { mentorships, accessLog }, mentorNotes] = await Promise.all([
    exportChoice(deps, actor),
    exportMentorships(deps, actor),
    exportMentorNotes(deps, actor),
  ]);
  return {
    format: 'growth-map-export',
    formatVersion: 1,
    exportedAt: nowIso(deps),
    user: actor.user,
    map,
    levelChanges,
    tokens,
    preferences,
    cycles,
    progressEntries,
    quarterlyReviews,
    selfChecks,
    feedbackSessions,
    actionItems,
    artifacts,
    talkingPointsDraft,
    portfolio,
    portfolioShares,
    endorsementRequests,
    endorsements,
    ladder,
    mentorships,
    accessLog,
    mentorNotes,
  };
}
