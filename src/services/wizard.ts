import { draftGrowthMap } from '../domain/wizard.js';
import type { WizardAccept, WizardAnswersBody, WizardDraft } from '../schemas/framework.js';
import { type Actor, type ServiceDeps, todayFor, withTransaction } from './context.js';
import { createCycle } from './cycles.js';
import { createDestination } from './destinations.js';
import { invalid } from './errors.js';
import { findOwnMap, patchMap } from './map.js';
import { latestSelfCheck } from './selfChecks.js';
import { createSkill } from './skills.js';

/** The tailored draft: computed, never stored; the same answers give the same draft. */
export async function draftMap(deps: ServiceDeps, actor: Actor, answers: WizardAnswersBody): Promise<WizardDraft> {
  const content = await deps.content.current(deps.db);
  const unknown = answers.goals.findIndex(
    (g) => g.templateId && !content.destinationTemplates.some((t) => t.id === g.templateId),
  );
  if (unknown >= 0) throw invalid({ [`goals.${unknown}.templateId`]: 'Pick one of the destination templates.' });
  const selfCheck = await latestSelfCheck(deps, actor, answers.stage);
  return draftGrowthMap(content, answers, selfCheck?.result ?? null, todayFor(deps, actor.user));
}

/**
 * Writes what the user accepted, all at once: an existing map is added to, never overwritten.
 * The cycle part becomes a planned cycle through the cycles capability.
 */
export async function acceptDraft(deps: ServiceDeps, actor: Actor, body: WizardAccept) {
  if (body.cycle) {
    const missing = body.cycle.destinationKeys.find((key) => !body.destinations.some((d) => d.key === key));
    if (missing)
      throw invalid({ 'cycle.destinationKeys': 'Accept the destinations this cycle works on, or leave the cycle out.' });
  }
  return withTransaction(deps.db, async (trx) => {
    const inner = { ...deps, db: trx };
    const map = await findOwnMap(inner, actor);
    if (body.role !== undefined || body.techStack !== undefined || body.stage !== undefined) {
      await patchMap(inner, actor, {
        version: map.version,
        ...(body.role !== undefined && !map.role && { role: body.role || null }),
        ...(body.techStack !== undefined && map.techStack.length === 0 && { techStack: body.techStack }),
        ...(body.stage !== undefined && !map.systemStage && { systemStage: body.stage }),
      });
    }
    const idsByKey = new Map<string, string>();
    for (const destination of body.destinations) {
      const created = await createDestination(inner, actor, {
        title: destination.title,
        category: destination.category,
        description: destination.description ?? null,
        measure: destination.measure ?? null,
        targetDate: destination.targetDate ?? null,
        businessImpact: destination.businessImpact ?? null,
      });
      idsByKey.set(destination.key, created.id);
      for (const skill of destination.skills) await createSkill(inner, actor, created.id, skill);
    }
    const cycle = body.cycle
      ? await createCycle(inner, actor, {
          destinationIds: body.cycle.destinationKeys.map((key) => idsByKey.get(key) as string),
          goal: body.cycle.goal,
          description: body.cycle.description ?? null,
          lengthWeeks: body.cycle.lengthWeeks,
          reviewWeeks: body.cycle.reviewWeeks,
          startDate: body.cycle.startDate,
          modes: body.cycle.modes,
          backupProject: body.cycle.backupProject ?? null,
        })
      : null;
    return { destinationIds: [...idsByKey.values()], cycleId: cycle?.id ?? null };
  });
}
