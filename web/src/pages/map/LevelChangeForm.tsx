import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Level } from '../../../../src/schemas/common.js';
import type { Skill } from '../../../../src/schemas/map.js';
import { api, fieldErrors } from '../../api/client.js';
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { formError } from '../../components/formError.js';
import { useFocusFirstInvalid } from '../../components/saveProblems.js';
import { levelDefinitions, levels, levelRankOf, useToday } from '../../components/format.js';
import { levelChoices } from './LevelPair.js';
import { levelChangesKey, mapKey } from '../../api/map.js';
import { limits } from '../../../../src/schemas/limits.js';

const levelMeanings = levels.map((l) => `${levelDefinitions[l].label}: ${levelDefinitions[l].meaning}.`).join(' ');

/** The next level up, or the same when already Expert: the usual reason to record a change. */
const nextLevel = (level: Level): Level => levels[Math.min(levelRankOf(level) + 1, levels.length - 1)] ?? level;

/** Records where a skill is now and why, with optional evidence and date. Levels may go down. */
export function LevelChangeForm({
  skill,
  onDone,
  onCancel,
  autoFocus = true,
  bare = false,
}: {
  skill: Skill;
  onDone?: () => void;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** Inside a section that already has the heading: no frame, and the legend only for screen readers. */
  bare?: boolean;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const today = useToday();
  const form = useRef<HTMLFormElement>(null);
  const [to, setTo] = useState<Level>(() => nextLevel(skill.currentLevel));
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [date, setDate] = useState('');
  const record = useMutation({
    mutationFn: () =>
      api('POST /api/v1/skills/{id}/level-changes', {
        params: { id: skill.id },
        body: {
          to,
          note,
          ...(link.trim() ? { evidence: [{ kind: 'link', url: link.trim() }] } : {}),
          ...(date ? { date } : {}),
        },
      }),
    onSuccess: async (change) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: mapKey }),
        queryClient.invalidateQueries({ queryKey: levelChangesKey(skill.id) }),
      ]);
      const direction = change.from && levelRankOf(change.to) < levelRankOf(change.from) ? ' (down)' : '';
      announce(
        `Recorded a level change for “${skill.name}”: ${levelDefinitions[change.to].label}${direction} on ${change.date}.`,
      );
      setNote('');
      setLink('');
      setDate('');
      onDone?.();
    },
  });
  useFocusFirstInvalid(form, record.error);
  useEffect(() => {
    if (autoFocus) form.current?.querySelector('select')?.focus();
  }, [autoFocus]);
  const errors = fieldErrors(record.error);
  const evidenceError = errors['evidence.0.url'] ?? errors['evidence.0'] ?? errors.evidence;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  const current = levelDefinitions[skill.currentLevel];
  return (
    <form ref={form} className={bare ? 'level-change-form bare' : 'level-change-form'} onSubmit={submit} noValidate>
      <fieldset>
        <legend className={bare ? 'visually-hidden' : undefined}>
          Record a level change <span className="visually-hidden">for “{skill.name}”</span>
        </legend>
        <p className="field-hint">
          Now: {current.label} ({current.letter}). A level can go down as well as up. {levelMeanings}
        </p>
        <SelectField
          label="New level"
          value={to}
          onChange={(e) => setTo(e.target.value as Level)}
          options={levelChoices}
          error={errors.to}
        />
        <TextAreaField
          label="Why did it change?"
          value={note}
          maxLength={limits.levelNote}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
          required
          hint="Required. What you did or saw that shows the new level, e.g. “Ran the canary release on my own for two sprints.”"
        />
        <TextField
          label="Evidence link"
          type="url"
          inputMode="url"
          value={link}
          onChange={(e) => setLink(e.target.value)}
          error={evidenceError}
          hint="Optional. A design doc, pull request, talk or post that shows it (http or https)."
        />
        <TextField
          label="Date"
          type="date"
          max={today}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errors.date}
          hint={`Optional. Leave empty for today; it cannot be after today (${today}).`}
        />
        <FormMessage error={formError(record.error)} />
        <div className="button-row">
          <SubmitButton busy={record.isPending} busyLabel="Recording…">
            Record level change
          </SubmitButton>
          {onCancel ? (
            <button type="button" className="secondary" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
