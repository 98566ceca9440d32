import { useQueryClient } from '@tanstack/react-query';
import type { Mentorship } from '../../../../src/schemas/mentorships.js';
import { api } from '../../api/client.js';
import { mentorshipsKey } from '../../api/mentorships.js';
import { CheckboxGroup } from '../../components/choices.js';
import { SubmitButton } from '../../components/fields.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';
import { inOrder, sectionOptions } from './words.js';

/** The draft keeps the sections as one comma-joined value, so a reload after a 409 compares them as one field. */
interface Draft {
  sections: string;
}
const labels: Record<keyof Draft, string> = { sections: 'Shared sections' };
const toDraft = (m: Mentorship): Draft => ({ sections: inOrder(m.sections).join(',') });
const listOf = (draft: Draft) => inOrder(draft.sections.split(',').filter(Boolean));

/** What this mentor may read: changed under optimistic concurrency, counted from their next request. */
export function SectionsForm({ mentorship, who }: { mentorship: Mentorship; who: string }) {
  const client = useQueryClient();
  const { form, draft, setDraft, save, submit, saveProblems } = useConflictSafeDraft({
    initial: () => toDraft(mentorship),
    version: mentorship.version,
    labels,
    toDraft,
    send: (d, { version }) =>
      api('PATCH /api/v1/mentorships/{id}', {
        params: { id: mentorship.id },
        body: { version: version ?? mentorship.version, sections: listOf(d) },
      }),
    onSaved: () => client.invalidateQueries({ queryKey: mentorshipsKey }),
    loadCurrent: async () => {
      const all = await api('GET /api/v1/mentorships');
      const fresh = all.find((m) => m.id === mentorship.id);
      if (!fresh) throw new Error('This mentorship has ended.');
      return fresh;
    },
  });
  return (
    <form ref={form} onSubmit={submit} noValidate className="sections-form">
      <CheckboxGroup
        legend={`What ${who} may read`}
        options={sectionOptions}
        value={listOf(draft)}
        onChange={(picked) => setDraft({ sections: inOrder(picked).join(',') })}
      />
      <SaveProblems {...saveProblems} />
      <div className="button-row compact">
        <SubmitButton busy={save.isPending} busyLabel="Saving…">
          Save sections<span className="visually-hidden"> for {who}</span>
        </SubmitButton>
        {save.isSuccess ? (
          <span role="status" className="muted">
            Saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}
