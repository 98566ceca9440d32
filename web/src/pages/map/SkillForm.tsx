import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Level } from '../../../../src/schemas/common.js';
import type { Destination, Skill } from '../../../../src/schemas/map.js';
import { api, fieldErrors } from '../../api/client.js';
import { FormMessage, SelectField, SubmitButton, TextField } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { SaveProblems, useFocusFirstInvalid } from '../../components/saveProblems.js';
import { formError } from '../../components/formError.js';
import { levelDefinitions } from '../../components/format.js';
import { levelChoices } from './LevelPair.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';
import { mapKey } from '../../api/map.js';
import { limits } from '../../../../src/schemas/limits.js';

const levelHint =
  'N, P and E are the mastery levels: Novice can perform with guidance, Practitioner can execute independently, Expert can design and teach others.';

/** Adds a skill with where you are (current) and where you want to be (target). */
export function SkillAddForm({ destination, onDone }: { destination: Destination; onDone: () => void }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [currentLevel, setCurrent] = useState<Level>('novice');
  const [targetLevel, setTarget] = useState<Level>('practitioner');
  const add = useMutation({
    mutationFn: () =>
      api('POST /api/v1/destinations/{id}/skills', { params: { id: destination.id }, body: { name, currentLevel, targetLevel } }),
    onSuccess: async (skill) => {
      await queryClient.invalidateQueries({ queryKey: mapKey });
      announce(`Added skill “${skill.name}” to “${destination.title}”.`);
      onDone();
    },
  });
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  useFocusFirstInvalid(form, add.error);
  const errors = fieldErrors(add.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form
      ref={form}
      className="skill-form"
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <fieldset>
        <legend>
          Add a skill <span className="visually-hidden">to “{destination.title}”</span>
        </legend>
        <p className="field-hint">{levelHint}</p>
        <div className="skill-form-row">
          <TextField
            label="Skill name"
            value={name}
            maxLength={limits.skillName}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
            required
          />
          <SelectField
            label="Current level"
            value={currentLevel}
            onChange={(e) => setCurrent(e.target.value as Level)}
            options={levelChoices}
            error={errors.currentLevel}
          />
          <SelectField
            label="Target level"
            value={targetLevel}
            onChange={(e) => setTarget(e.target.value as Level)}
            options={levelChoices}
            error={errors.targetLevel}
          />
        </div>
        <FormMessage error={formError(add.error)} />
        <div className="button-row">
          <SubmitButton busy={add.isPending} busyLabel="Adding…">
            Add skill
          </SubmitButton>
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}

interface SkillDraft {
  name: string;
  targetLevel: Level;
}
const draftOf = (skill: Skill): SkillDraft => ({ name: skill.name, targetLevel: skill.targetLevel });
const draftLabels = { name: 'Skill name', targetLevel: 'Target level' };
const levelLabel = (value: string) => (value in levelDefinitions ? levelDefinitions[value as Level].label : value);

/** Renames a skill or moves its target. The current level changes only through a recorded level change. */
export function SkillEditForm({ skill, onDone }: { skill: Skill; onDone: () => void }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { form, draft, set, errors, save, submit, saveProblems } = useConflictSafeDraft({
    initial: () => draftOf(skill),
    version: skill.version,
    labels: draftLabels,
    toDraft: draftOf,
    send: (draft, { version }) =>
      api('PATCH /api/v1/skills/{id}', { params: { id: skill.id }, body: { version: version ?? skill.version, ...draft } }),
    onSaved: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: mapKey });
      announce(`Saved skill “${saved.name}”.`);
      onDone();
    },
    loadCurrent: async (current) => {
      if (current?.id === skill.id) return current;
      const map = await queryClient.fetchQuery({
        queryKey: mapKey,
        queryFn: () => api('GET /api/v1/map'),
        staleTime: 0,
      });
      const fresh = map.destinations.flatMap((d) => d.skills).find((s) => s.id === skill.id);
      if (!fresh) throw new Error('This skill was deleted elsewhere.');
      return fresh;
    },
    onReloaded: () => void queryClient.invalidateQueries({ queryKey: mapKey }),
    showSaved: (d) => ({ ...d, saved: levelLabel(d.saved) }),
  });
  useEffect(() => form.current?.querySelector('input')?.focus(), [form]);
  return (
    <form ref={form} className="skill-form inline" onSubmit={submit} noValidate>
      <fieldset>
        <legend>Edit skill “{skill.name}”</legend>
        <div className="skill-form-row">
          <TextField
            label="Skill name"
            value={draft.name}
            maxLength={limits.skillName}
            onChange={set('name')}
            error={errors.name}
          />
          <SelectField
            label="Target level"
            value={draft.targetLevel}
            onChange={set('targetLevel')}
            options={levelChoices}
            error={errors.targetLevel}
            hint="To change the current level, record a level change with the reason."
          />
        </div>
        <SaveProblems {...saveProblems} />
        <div className="button-row">
          <SubmitButton busy={save.isPending}>Save skill</SubmitButton>
          <button type="button" className="secondary" onClick={onDone}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
