import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { destinationsToReview } from '../../../../src/domain/quarterly.js';
import type { Destination } from '../../../../src/schemas/map.js';
import type { QuarterlyReview, destinationDecision } from '../../../../src/schemas/planning.js';
import { api, fieldErrors } from '../../api/client.js';
import { FormMessage, SubmitButton, TextAreaField, TextField } from '../../components/fields.js';
import { useFocusFirstInvalid } from '../../components/saveProblems.js';
import { mapKey } from '../../api/map.js';
import { RadioGroup } from '../../components/choices.js';
import { formError } from '../../components/formError.js';
import { preferencesKey, quarterlyKey, thisWeekKey } from '../../api/planning.js';

type Decision = z.infer<typeof destinationDecision>['decision'];
const choices: { value: Decision; label: string }[] = [
  { value: 'keep', label: 'Keep' },
  { value: 'refresh', label: 'Refresh' },
  { value: 'complete', label: 'Complete' },
  { value: 'retire', label: 'Retire' },
];

/** The quarterly review: walk every active destination, keep, refresh, complete or retire it, and note the quarter. */
export function QuarterlyReviewForm({
  destinations,
  onSaved,
  onCancel,
}: {
  destinations: Destination[];
  onSaved: (r: QuarterlyReview) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const ordered = destinationsToReview(destinations);
  const [decisions, setDecisions] = useState<Record<string, { decision: Decision; note: string }>>({});
  const [notes, setNotes] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api('POST /api/v1/quarterly-reviews', {
        body: {
          decisions: ordered.map((d) => {
            const entry = decisions[d.id];
            return {
              destinationId: d.id,
              decision: entry?.decision ?? 'keep',
              ...(entry?.note.trim() ? { note: entry.note.trim() } : {}),
            };
          }),
          ...(notes.trim() ? { notes: notes.trim() } : {}),
        },
      }),
    onSuccess: async (saved) => {
      await Promise.all(
        [quarterlyKey, mapKey, preferencesKey, thisWeekKey].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      onSaved(saved);
    },
  });
  useFocusFirstInvalid(form, save.error);
  useEffect(() => form.current?.querySelector<HTMLInputElement>('input')?.focus(), []);
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form ref={form} className="card quarterly-form" onSubmit={submit} noValidate aria-labelledby="quarterly-form-heading">
      <h2 id="quarterly-form-heading">Quarterly review</h2>
      <p>
        Go through every destination. Keep what still pulls you, refresh what needs a sharper title or measure, complete what you
        reached and retire what no longer matters. Then add what is next.
      </p>
      {ordered.length === 0 ? (
        <p className="notice">Your map has no active destinations. Add one or reactivate one on the map, then review it here.</p>
      ) : null}
      {ordered.map((destination, index) => {
        const entry = decisions[destination.id] ?? { decision: 'keep' as Decision, note: '' };
        const set = (patch: Partial<typeof entry>) =>
          setDecisions((all) => ({ ...all, [destination.id]: { ...entry, ...patch } }));
        return (
          <div key={destination.id} className="decision">
            <RadioGroup
              inline
              legend={destination.title}
              name={`decision-${destination.id}`}
              options={choices}
              value={entry.decision}
              onChange={(decision) => set({ decision: decision as Decision })}
              error={errors[`decisions.${index}.decision`] ?? errors[`decisions.${index}.destinationId`]}
            />
            {entry.decision === 'refresh' ? (
              <p className="field-hint">
                <a href={`/map#dest-${destination.id}`} target="_blank" rel="noopener">
                  Edit “{destination.title}” on the map (opens in a new tab)
                </a>
                , then come back to save this review.
              </p>
            ) : null}
            <TextField
              label={`Note on “${destination.title}”`}
              value={entry.note}
              onChange={(event) => set({ note: event.target.value })}
              error={errors[`decisions.${index}.note`]}
              hint="Optional."
            />
          </div>
        );
      })}
      <p>
        <a href="/map" target="_blank" rel="noopener">
          Add a new destination (opens the map editor in a new tab)
        </a>
      </p>
      <TextAreaField
        label="Notes"
        value={notes}
        onChange={(event) => setNotes(event.target.value)}
        error={errors.notes}
        hint="Optional. What the quarter taught you."
      />
      <FormMessage error={formError(save.error)} />
      <div className="button-row">
        <SubmitButton busy={save.isPending}>Save quarterly review</SubmitButton>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
