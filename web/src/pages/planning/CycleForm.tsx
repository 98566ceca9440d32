import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Cycle } from '../../../../src/schemas/cycles.js';
import { api } from '../../api/client.js';
import { SubmitButton, TextAreaField, TextField } from '../../components/fields.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';
import {
  type CycleDraft,
  bodyOf,
  cycleLabels,
  draftOfCycle,
  followsSchedule,
  listOf,
  onSchedule,
  patchOf,
  previewWeeks,
} from './cycleDraft.js';
import { CheckboxGroup, OptionSelect } from '../../components/choices.js';
import { PhasePlan } from './PhasePlan.js';
import { cycleKey } from '../../api/cycles.js';
import { modeLabels, modeOrder } from '../../components/cycleWords.js';
import { limits } from '../../../../src/schemas/limits.js';

const lengthOptions = ['4', '5', '6'].map((value) => ({ value, label: `${value} weeks` }));

/** Plans a new cycle, or edits one (sending only what changed, with the version it started from). */
export function CycleForm({
  initial,
  cycle,
  destinations,
  defaultStart,
  onSaved,
  onCancel,
}: {
  initial: CycleDraft;
  cycle?: Cycle;
  destinations: readonly { id: string; title: string }[];
  defaultStart: string;
  onSaved: (saved: Cycle) => void;
  onCancel?: () => void;
}) {
  const queryClient = useQueryClient();
  const { form, draft, setDraft, set, errors, save, submit, saveProblems } = useConflictSafeDraft({
    initial,
    version: cycle?.version,
    labels: cycleLabels,
    toDraft: draftOfCycle,
    send: (draft, { base, version }) =>
      cycle
        ? api('PATCH /api/v1/cycles/{id}', { params: { id: cycle.id }, body: { version, ...patchOf(draft, base) } })
        : api('POST /api/v1/cycles', { body: bodyOf(draft) }),
    onSaved,
    loadCurrent: async (current) => {
      if (current?.id === cycle?.id && current) return current;
      return api('GET /api/v1/cycles/{id}', { params: { id: cycle?.id ?? '' } });
    },
    onReloaded: (fresh) => queryClient.setQueryData(cycleKey(fresh.id), fresh),
  });
  // A review date typed by hand stays put; one left on the schedule's last day moves with the schedule as you edit.
  const reviewByHand = useRef(!followsSchedule(initial));
  const reschedule = (change: (d: CycleDraft) => CycleDraft) =>
    setDraft((d) => (reviewByHand.current ? change(d) : onSchedule(change(d))));
  const setSchedule = (key: 'startDate' | 'reviewWeeks') => (event: { target: { value: string } }) => {
    const value = event.target.value;
    reschedule((d) => ({ ...d, [key]: value }));
  };
  const setLength = (event: { target: { value: string } }) => {
    const lengthWeeks = event.target.value;
    // Two review weeks need at least five weeks: drop to one rather than leave an impossible plan.
    reschedule((d) => ({ ...d, lengthWeeks, reviewWeeks: Number(lengthWeeks) < 5 ? '1' : d.reviewWeeks }));
  };
  const setReviewDate = (event: { target: { value: string } }) => {
    const reviewDate = event.target.value;
    reviewByHand.current = reviewDate !== '';
    setDraft((d) => (reviewDate === '' ? onSchedule(d) : { ...d, reviewDate }));
  };
  const short = Number(draft.lengthWeeks) < 5;
  const heading = cycle ? 'Edit the cycle' : 'New learning cycle';

  return (
    <form ref={form} className="card cycle-form" onSubmit={submit} noValidate aria-label={heading}>
      <div className="cycle-form-grid">
        <div>
          <CheckboxGroup
            legend="Destinations"
            hint="Which destinations this cycle moves you towards."
            options={destinations.map((d) => ({ value: d.id, label: d.title }))}
            value={listOf(draft.destinationIds)}
            onChange={(ids) => setDraft((d) => ({ ...d, destinationIds: ids.join(' ') }))}
            error={errors.destinationIds}
          />
          <TextField
            label={cycleLabels.goal}
            value={draft.goal}
            maxLength={limits.cycleGoal}
            onChange={set('goal')}
            error={errors.goal}
            required
            hint="A short title for a concrete mini-goal, e.g. “Build a small service with distributed tracing and a circuit breaker.”"
          />
          <TextAreaField
            label={cycleLabels.description}
            value={draft.description}
            onChange={set('description')}
            error={errors.description}
            maxLength={limits.cycleDescription}
            hint="Optional. How you will approach it, or what you will show at the end."
          />
          <div className="field-row">
            <OptionSelect
              label={cycleLabels.lengthWeeks}
              value={draft.lengthWeeks}
              onChange={setLength}
              options={lengthOptions}
              error={errors.lengthWeeks}
            />
            <OptionSelect
              label={cycleLabels.reviewWeeks}
              value={draft.reviewWeeks}
              onChange={setSchedule('reviewWeeks')}
              options={[
                { value: '1', label: '1 week' },
                { value: '2', label: '2 weeks', disabled: short },
              ]}
              error={errors.reviewWeeks}
              hint={
                short ? 'Two review weeks need a cycle of at least 5 weeks.' : 'The last weeks, to reflect and adjust levels.'
              }
            />
          </div>
          <div className="field-row">
            <TextField
              label={cycleLabels.startDate}
              type="date"
              value={draft.startDate}
              onChange={setSchedule('startDate')}
              error={errors.startDate}
              hint="Cycles start at the top of a work week: next Monday by default."
            />
            <TextField
              label={cycleLabels.reviewDate}
              type="date"
              value={draft.reviewDate}
              onChange={setReviewDate}
              error={errors.reviewDate}
              hint="The cycle’s last day unless you pick another; it moves with the start date until you do."
            />
          </div>
          <CheckboxGroup
            legend={cycleLabels.modes}
            options={modeOrder.map((value) => ({ value, label: modeLabels[value] }))}
            value={listOf(draft.modes)}
            onChange={(modes) => setDraft((d) => ({ ...d, modes: modes.join(' ') }))}
            error={errors.modes}
          />
          <TextField
            label={cycleLabels.backupProject}
            value={draft.backupProject}
            maxLength={limits.backupProject}
            onChange={set('backupProject')}
            error={errors.backupProject}
            hint="Optional. What you switch to if the plan gets blocked."
          />
        </div>
        <PhasePlan weeks={previewWeeks(draft, defaultStart)} reviewDate={draft.reviewDate} />
      </div>
      <SaveProblems {...saveProblems} />
      <div className="button-row">
        <SubmitButton busy={save.isPending}>{cycle ? 'Save cycle' : 'Plan cycle'}</SubmitButton>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
