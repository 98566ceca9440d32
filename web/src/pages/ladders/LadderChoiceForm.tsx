import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { LadderChoice, LadderSummary } from '../../../../src/schemas/ladders.js';
import { api, fieldErrors } from '../../api/client.js';
import { useLaddersChanged } from '../../api/ladders.js';
import { FormMessage, SelectField, SubmitButton } from '../../components/fields.js';

/** Pick a ladder, then your current level on it; changing the ladder starts at its first level. */
export function LadderChoiceForm({
  ladders,
  choice,
  onSaved,
}: {
  ladders: readonly LadderSummary[];
  choice: LadderChoice;
  onSaved: () => void;
}) {
  const [ladderId, setLadderId] = useState(choice?.ladder.id ?? ladders[0]?.id ?? '');
  const ladder = ladders.find((l) => l.id === ladderId);
  const [levelId, setLevelId] = useState(choice?.level.id ?? ladder?.levels[0]?.id ?? '');
  const changed = useLaddersChanged();
  const save = useMutation({
    mutationFn: () => api('PUT /api/v1/me/ladder', { body: { ladderId, levelId } }),
    onSuccess: async () => {
      await changed();
      onSaved();
    },
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="card ladder-choice" onSubmit={submit} noValidate aria-labelledby="ladder-choice-heading">
      <h2 id="ladder-choice-heading" tabIndex={-1}>
        {choice ? 'Your ladder and level' : 'Pick your ladder and current level'}
      </h2>
      <div className="ladder-choice-fields">
        <SelectField
          label="Ladder"
          value={ladderId}
          error={errors.ladderId}
          options={ladders.map((l) => ({ value: l.id, label: l.name }))}
          onChange={(event) => {
            setLadderId(event.target.value);
            setLevelId(ladders.find((l) => l.id === event.target.value)?.levels[0]?.id ?? '');
          }}
        />
        <SelectField
          label="Your current level"
          value={levelId}
          error={errors.levelId}
          options={(ladder?.levels ?? []).map((l) => ({ value: l.id, label: l.name }))}
          onChange={(event) => setLevelId(event.target.value)}
        />
      </div>
      <FormMessage error={save.error && Object.keys(errors).length === 0 ? save.error.message : null} />
      <SubmitButton busy={save.isPending}>{choice ? 'Change ladder or level' : 'Show the next level'}</SubmitButton>
    </form>
  );
}
