import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { Cycle, cycleReviewed } from '../../../../src/schemas/cycles.js';
import type { Destination } from '../../../../src/schemas/map.js';
import { api, fieldErrors, isConflict } from '../../api/client.js';
import { FormMessage, SubmitButton, TextAreaField } from '../../components/fields.js';
import { useFocusFirstInvalid } from '../../components/saveProblems.js';
import { allLevelChangesKey, mapKey } from '../../api/map.js';
import { type Adjustments, LevelAdjustments } from './LevelAdjustments.js';
import { cycleKey, useCycleSaved } from '../../api/cycles.js';
import { formError } from '../../components/formError.js';
import { quarterlyKey } from '../../api/planning.js';
import { limits } from '../../../../src/schemas/limits.js';

export type Reviewed = z.infer<typeof cycleReviewed>;

/** Reflect: what went well and what did not, level adjustments backed by this cycle, and the next mini-goal. */
export function CycleReviewForm({
  cycle,
  destinations,
  onReviewed,
}: {
  cycle: Cycle;
  destinations: Destination[];
  onReviewed: (r: Reviewed) => void;
}) {
  const queryClient = useQueryClient();
  const cycleSaved = useCycleSaved();
  const form = useRef<HTMLFormElement>(null);
  const [wentWell, setWentWell] = useState('');
  const [didNotGoWell, setDidNotGoWell] = useState('');
  const [nextGoal, setNextGoal] = useState('');
  const [adjustments, setAdjustments] = useState<Adjustments>({});
  const [missing, setMissing] = useState<Record<string, string>>({});
  const sent = useRef<string[]>([]);
  const mine = destinations.filter((d) => cycle.destinationIds.includes(d.id));
  const skills = mine.flatMap((d) => d.skills);
  const changes = skills.flatMap((skill) => {
    const entry = adjustments[skill.id];
    return entry?.to && entry.to !== skill.currentLevel ? [{ skillId: skill.id, to: entry.to, note: entry.note.trim() }] : [];
  });
  const review = useMutation({
    mutationFn: () => {
      sent.current = changes.map((c) => c.skillId);
      return api('POST /api/v1/cycles/{id}/review', {
        params: { id: cycle.id },
        body: {
          wentWell,
          didNotGoWell,
          levelChanges: changes,
          nextGoal,
        },
      });
    },
    onSuccess: async (reviewed) => {
      await cycleSaved(reviewed.cycle);
      // Level changes move the map and the skills' histories; the next quarterly review's wins count them.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: mapKey }),
        queryClient.invalidateQueries({ queryKey: allLevelChangesKey }),
        queryClient.invalidateQueries({ queryKey: quarterlyKey }),
      ]);
      onReviewed(reviewed);
    },
    onError: (error) => {
      // Reviewed or cancelled in another tab: show the cycle as it is now.
      if (isConflict(error) && error.current) queryClient.setQueryData(cycleKey(cycle.id), error.current);
    },
  });
  useFocusFirstInvalid(form, review.error);
  const [focusMissing, setFocusMissing] = useState(0);
  useEffect(() => {
    if (focusMissing) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusMissing]);

  const server = fieldErrors(review.error);
  const errors: Record<string, string> = { ...missing };
  for (const [key, message] of Object.entries(server)) {
    const match = /^levelChanges\.(\d+)\.(\w+)$/.exec(key);
    const skillId = match ? sent.current[Number(match[1])] : undefined;
    if (skillId && match) errors[`${skillId}.${match[2] === 'skillId' ? 'to' : match[2]}`] = message;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const need = Object.fromEntries(
      changes.filter((c) => !c.note).map((c) => [`${c.skillId}.note`, 'Say why the level changed.']),
    );
    setMissing(need);
    if (Object.keys(need).length > 0) setFocusMissing((n) => n + 1);
    else review.mutate();
  };
  return (
    <form ref={form} className="card review-form" onSubmit={submit} noValidate aria-label="Cycle review">
      <TextAreaField
        label="What went well"
        value={wentWell}
        maxLength={limits.reviewText}
        onChange={(e) => setWentWell(e.target.value)}
        error={server.wentWell}
        required
      />
      <TextAreaField
        label="What did not go well"
        value={didNotGoWell}
        maxLength={limits.reviewText}
        onChange={(e) => setDidNotGoWell(e.target.value)}
        error={server.didNotGoWell}
        required
      />
      <LevelAdjustments destinations={mine} value={adjustments} onChange={setAdjustments} errors={errors} />
      <TextAreaField
        label="Next mini-goal"
        value={nextGoal}
        maxLength={limits.nextGoal}
        onChange={(e) => setNextGoal(e.target.value)}
        error={server.nextGoal}
        required
        hint="It becomes the goal of the next cycle, which you can plan right after this review."
      />
      <FormMessage
        error={
          Object.keys(missing).length
            ? 'Some level changes need a reason. See the messages below them.'
            : isConflict(review.error)
              ? `${review.error.message} The page now shows the cycle as it is.`
              : formError(review.error)
        }
      />
      <div className="button-row">
        <SubmitButton busy={review.isPending}>Complete review</SubmitButton>
      </div>
    </form>
  );
}
