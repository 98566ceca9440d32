import { useEffect } from 'react';
import type { Cycle, ProgressEntry } from '../../../../src/schemas/cycles.js';
import { api } from '../../api/client.js';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../components/fields.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';
import { phaseLabels } from '../../components/cycleWords.js';
import { limits } from '../../../../src/schemas/limits.js';

interface Draft {
  week: string;
  text: string;
  link: string;
}
const labels: Record<keyof Draft, string> = { week: 'Week', text: 'What you did', link: 'Evidence link' };
const toDraft = (entry: ProgressEntry | undefined, week: number): Draft => ({
  week: String(entry?.week ?? week),
  text: entry?.text ?? '',
  link: firstLink(entry)?.url ?? '',
});

const firstLink = (entry: ProgressEntry | undefined) => entry?.evidence.find((evidence) => evidence.kind === 'link');

/** Adds a progress entry to a week, or edits one. The first evidence link is edited; any other evidence is kept. */
export function EntryForm({
  cycle,
  entry,
  week,
  onSaved,
  onCancel,
}: {
  cycle: Cycle;
  entry?: ProgressEntry;
  week: number;
  onSaved: (saved: ProgressEntry) => void;
  onCancel: () => void;
}) {
  const body = (draft: Draft) => ({
    week: Number(draft.week),
    text: draft.text,
    evidence: [
      ...(draft.link.trim() ? [{ kind: 'link' as const, url: draft.link.trim() }] : []),
      ...(entry?.evidence.filter((evidence) => evidence !== firstLink(entry)) ?? []),
    ],
  });
  const { form, draft, set, errors, save, submit, saveProblems } = useConflictSafeDraft({
    initial: () => toDraft(entry, week),
    version: entry?.version,
    labels,
    toDraft: (fresh: ProgressEntry) => toDraft(fresh, fresh.week),
    send: (draft, { version }) =>
      entry
        ? api('PATCH /api/v1/entries/{id}', {
            params: { id: entry.id },
            body: { version: version ?? entry.version, ...body(draft) },
          })
        : api('POST /api/v1/cycles/{id}/entries', { params: { id: cycle.id }, body: body(draft) }),
    onSaved,
    loadCurrent: async () => {
      const all = await api('GET /api/v1/cycles/{id}/entries', { params: { id: cycle.id } });
      const fresh = all.find((e) => e.id === entry?.id);
      if (!fresh) throw new Error('This entry was deleted elsewhere. Copy anything you want to keep, then cancel.');
      return fresh;
    },
  });
  useEffect(() => form.current?.querySelector('textarea')?.focus(), [form]);

  return (
    <form
      ref={form}
      className="card entry-form"
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <SelectField
        label={labels.week}
        value={draft.week}
        onChange={set('week')}
        error={errors.week}
        options={cycle.weeks.map((w) => ({ value: String(w.number), label: `Week ${w.number} — ${phaseLabels[w.phase]}` }))}
      />
      <TextAreaField
        label={labels.text}
        value={draft.text}
        maxLength={limits.entryText}
        onChange={set('text')}
        error={errors.text}
        required
        hint="What you did this week, e.g. “Added tracing to the checkout service and walked my mentor through a trace.”"
      />
      <TextField
        label={labels.link}
        type="url"
        inputMode="url"
        value={draft.link}
        onChange={set('link')}
        error={errors['evidence.0.url'] ?? errors['evidence.0'] ?? errors.evidence}
        hint="Optional. A design doc, pull request, code sample, talk or post that shows it (http or https)."
      />
      <SaveProblems {...saveProblems} />
      <div className="button-row">
        <SubmitButton busy={save.isPending}>{entry ? 'Save entry' : 'Add entry'}</SubmitButton>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
