import { type OwnerScope, type Reader, ownScope, scopeOf } from './access.js';
import * as artifactsRepo from '../db/repositories/artifacts.js';
import * as portfolioRepo from '../db/repositories/portfolio.js';
import { portfolioNoticeFor, shareExpiry, shareStatusAt, suggestArtifacts } from '../domain/portfolio.js';
import type { Artifact } from '../schemas/artifacts.js';
import type {
  Portfolio,
  PortfolioPut,
  PortfolioShare,
  PortfolioShareExport,
  ShareCreate,
  ShareCreated,
  ShareView,
  SharedArtifact,
  SharedPortfolio,
} from '../schemas/portfolio.js';
import { type Actor, type ServiceDeps, newId, nowIso, withTransaction } from './context.js';
import { approvedEndorsementsForShare } from './endorsements.js';
import { invalid, linkNotFound, notFound } from './errors.js';
import { hashSecret, newSecret } from './secrets.js';
import { publicReads, takePublicAllowance } from './publicLimits.js';
import { updateOrConflict } from './versioned.js';

/** The owner's artifacts in the portfolio's order, and all of them (the suggestions read the rest). */
async function portfolioArtifacts(deps: ServiceDeps, scope: OwnerScope): Promise<{ chosen: Artifact[]; all: Artifact[] }> {
  const [all, ids] = await Promise.all([
    artifactsRepo.listArtifacts(deps.db, scope),
    portfolioRepo.portfolioArtifactIds(deps.db, scope),
  ]);
  const byId = new Map(all.map((artifact) => [artifact.id, artifact]));
  return { chosen: ids.flatMap((id) => byId.get(id) ?? []), all };
}

export async function getPortfolio(deps: ServiceDeps, reader: Reader): Promise<Portfolio> {
  const scope = scopeOf(reader);
  const [{ chosen, all }, version] = await Promise.all([
    portfolioArtifacts(deps, scope),
    portfolioRepo.portfolioVersion(deps.db, scope),
  ]);
  return {
    artifacts: chosen,
    notice: portfolioNoticeFor(chosen.length),
    suggestions: suggestArtifacts(all, new Set(chosen.map((artifact) => artifact.id))),
    version,
  };
}

/** Replaces the ordered list; each id must be one of the owner's artifacts (400 naming it otherwise). */
export async function putPortfolio(deps: ServiceDeps, actor: Actor, body: PortfolioPut): Promise<Portfolio> {
  const scope = ownScope(actor);
  const own = await artifactsRepo.ownArtifactIds(deps.db, scope, body.artifactIds);
  const fields = Object.fromEntries(
    body.artifactIds.flatMap((id, index) => (own.has(id) ? [] : [[`artifactIds.${index}`, 'Pick one of your own artifacts.']])),
  );
  if (Object.keys(fields).length > 0) throw invalid(fields);
  const now = nowIso(deps);
  await portfolioRepo.ensurePortfolio(deps.db, scope, now);
  await withTransaction(deps.db, async (trx) => {
    const { version } = body;
    if (version === undefined) await portfolioRepo.bumpPortfolio(trx, scope, now);
    else {
      await updateOrConflict(
        () => portfolioRepo.updatePortfolioVersioned(trx, scope, version, now),
        () => getPortfolio({ ...deps, db: trx }, actor),
      );
    }
    await portfolioRepo.setPortfolioArtifacts(trx, scope, body.artifactIds);
  });
  return getPortfolio(deps, actor);
}

/**
 * What the reader will see: names and words only, no ids, no files, nothing else of the account.
 * The share freezes it; the PDF and the web page are made from it too.
 */
export async function portfolioSnapshot(deps: ServiceDeps, actor: Actor, includeEndorsements: boolean): Promise<SharedPortfolio> {
  const scope = ownScope(actor);
  const { chosen } = await portfolioArtifacts(deps, scope);
  const skillNames = await portfolioRepo.skillNamesOf(
    deps.db,
    scope,
    chosen.flatMap((artifact) => artifact.skills.map((skill) => skill.skillId)),
  );
  const artifacts = chosen.map(
    (artifact): SharedArtifact => ({
      title: artifact.title,
      kind: artifact.kind,
      date: artifact.date,
      url: artifact.url,
      description: artifact.description,
      outcome: artifact.outcome,
      metric: artifact.metric,
      skills: artifact.skills.flatMap((skill) => {
        const name = skillNames.get(skill.skillId);
        return name === undefined ? [] : [{ name, level: skill.level }];
      }),
    }),
  );
  return {
    ownerName: actor.user.name,
    sharedAt: nowIso(deps),
    artifacts,
    endorsements: includeEndorsements ? await approvedEndorsementsForShare(deps, actor) : [],
  };
}

/** A new link to a frozen copy of the portfolio; the link is answered once and only its hash kept. */
export async function createShare(deps: ServiceDeps, actor: Actor, body: ShareCreate): Promise<ShareCreated> {
  const now = deps.clock.now();
  const expiry = shareExpiry(body.expiresAt, now);
  if (!expiry.ok) throw invalid({ expiresAt: expiry.reason });
  const token = newSecret();
  const id = newId();
  await portfolioRepo.insertShare(deps.db, ownScope(actor), {
    id,
    tokenHash: hashSecret(token),
    snapshot: await portfolioSnapshot(deps, actor, body.includeEndorsements),
    includeEndorsements: body.includeEndorsements,
    createdAt: now.toISOString(),
    expiresAt: expiry.expiresAt,
  });
  return { id, url: `${deps.baseUrl}/shared/portfolio/${token}`, expiresAt: expiry.expiresAt };
}

const toShare = (deps: ServiceDeps, share: portfolioRepo.ShareRecord): PortfolioShare => ({
  id: share.id,
  createdAt: share.createdAt,
  expiresAt: share.expiresAt,
  revokedAt: share.revokedAt,
  status: shareStatusAt(share, deps.clock.now()),
  viewCount: share.viewCount,
  includeEndorsements: share.includeEndorsements,
});

export async function listShares(deps: ServiceDeps, actor: Actor): Promise<PortfolioShare[]> {
  const shares = await portfolioRepo.listShares(deps.db, ownScope(actor));
  return shares.map((share) => toShare(deps, share));
}

async function ownShare(deps: ServiceDeps, actor: Actor, id: string): Promise<portfolioRepo.ShareRecord> {
  const share = await portfolioRepo.findOwnShare(deps.db, ownScope(actor), id);
  if (!share) throw notFound('That share');
  return share;
}

export async function listShareViews(deps: ServiceDeps, actor: Actor, id: string): Promise<ShareView[]> {
  const share = await ownShare(deps, actor, id);
  return (await portfolioRepo.listViews(deps.db, share.id)).map((viewedAt) => ({ viewedAt }));
}

/** The link stops working at once; the row stays so its view log does. */
export async function revokeShare(deps: ServiceDeps, actor: Actor, id: string): Promise<void> {
  await ownShare(deps, actor, id);
  await portfolioRepo.revokeShare(deps.db, ownScope(actor), id, nowIso(deps));
}

/** A reader without an account opens a link: counted per address, logged by time only. */
export async function readSharedPortfolio(deps: ServiceDeps, token: string, address: string): Promise<SharedPortfolio> {
  await takePublicAllowance(deps, 'portfolio', address, publicReads);
  const now = nowIso(deps);
  const share = await portfolioRepo.findLiveShare(deps.db, hashSecret(token), now);
  if (!share) throw linkNotFound();
  await portfolioRepo.insertView(deps.db, { id: newId(), shareId: share.id, viewedAt: now });
  return share.snapshot;
}

/** The portfolio and every share, without their secrets, with their snapshots and view logs. */
export async function exportPortfolio(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ portfolio: { artifactIds: string[] }; portfolioShares: PortfolioShareExport[] }> {
  const scope = ownScope(actor);
  const [artifactIds, shares, views] = await Promise.all([
    portfolioRepo.portfolioArtifactIds(deps.db, scope),
    portfolioRepo.listShares(deps.db, scope),
    portfolioRepo.listViewsOfUser(deps.db, scope),
  ]);
  return {
    portfolio: { artifactIds },
    portfolioShares: shares.map((share) => ({
      ...toShare(deps, share),
      snapshot: share.snapshot,
      views: (views.get(share.id) ?? []).map((viewedAt) => ({ viewedAt })),
    })),
  };
}
