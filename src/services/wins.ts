import { ownScope } from './access.js';
import { listCompletedDestinations } from '../db/repositories/wins.js';
import { dateIn } from '../domain/time.js';
import { webhookBody, winsOf } from '../domain/wins.js';
import type { Win } from '../schemas/talkingPoints.js';
import type { Actor, ServiceDeps } from './context.js';
import { invalid } from './errors.js';
import { loadProof } from './evidenceHealth.js';
import { getPortfolio } from './portfolio.js';
import { getPreferences } from './preferences.js';
import { postToWebhook } from './webhook.js';

export async function listWins(deps: ServiceDeps, actor: Actor): Promise<Win[]> {
  const [completed, proof, { artifacts }] = await Promise.all([
    listCompletedDestinations(deps.db, ownScope(actor)),
    loadProof(deps, actor),
    getPortfolio(deps, actor),
  ]);
  const skillNames = new Map(proof.skills.map((s) => [s.id, s.name]));
  return winsOf({
    completedDestinations: completed.map((d) => ({
      id: d.id,
      title: d.title,
      measure: d.measure,
      completedOn: dateIn(actor.user.timeZone, new Date(d.updatedAt)),
    })),
    levelChanges: proof.levelChanges.map((change) => ({ ...change, skill: skillNames.get(change.skillId) ?? 'a skill' })),
    portfolioItems: artifacts.map((a) => ({ ...a, date: a.date ?? dateIn(actor.user.timeZone, new Date(a.createdAt)) })),
  });
}

/** Posts only what the user confirmed, to the channel in their settings; answers exactly what was sent. */
export async function postWin(deps: ServiceDeps, actor: Actor, text: string): Promise<{ sent: string }> {
  const { winsWebhookUrl } = await getPreferences(deps, actor);
  if (!winsWebhookUrl) {
    const message = 'Set your team channel’s webhook URL in Settings first.';
    throw invalid({ winsWebhookUrl: message }, message);
  }
  const sent = webhookBody(text);
  await postToWebhook(winsWebhookUrl, sent, { allowPrivate: deps.webhookAllowPrivate ?? false });
  return { sent };
}
