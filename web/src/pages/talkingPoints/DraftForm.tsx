import { useQueryClient } from '@tanstack/react-query';
import { maxDraftLength, type TalkingPointsDraft } from '../../../../src/schemas/talkingPoints.js';
import { api } from '../../api/client.js';
import { talkingPointsDraftKey } from '../../api/talkingPoints.js';
import { useAnnounce } from '../../components/announce.js';
import { SubmitButton, TextAreaField } from '../../components/fields.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';

interface Draft {
  markdown: string;
}

/** The user's own version of the points: edited here, kept on save, copied as Markdown. */
export function DraftForm({ saved, computed }: { saved: TalkingPointsDraft; computed: string }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const f = useConflictSafeDraft<TalkingPointsDraft, Draft>({
    initial: { markdown: saved.markdown },
    version: saved.version,
    labels: { markdown: 'Draft' },
    toDraft: (record) => ({ markdown: record.markdown }),
    send: (draft, { version }) =>
      api('PUT /api/v1/talking-points/draft', { body: { version: version ?? saved.version, markdown: draft.markdown } }),
    onSaved: (next) => {
      queryClient.setQueryData(talkingPointsDraftKey, next);
      announce('Draft saved.');
    },
    loadCurrent: async (current) => current ?? api('GET /api/v1/talking-points/draft'),
    onReloaded: (fresh) => queryClient.setQueryData(talkingPointsDraftKey, fresh),
  });

  async function copy() {
    try {
      await navigator.clipboard.writeText(f.draft.markdown);
      announce('Copied the draft as Markdown.');
    } catch {
      announce('Could not copy automatically: select the draft and press Ctrl+C (⌘C on a Mac).');
    }
  }

  function startAgain() {
    f.setDraft({ markdown: computed });
    announce('The draft now holds the points from your data. Save it to keep it.');
  }

  return (
    <section aria-labelledby="draft-heading" className="card">
      <h2 id="draft-heading">Your draft</h2>
      <form ref={f.form} onSubmit={f.submit} noValidate>
        <TextAreaField
          label="Talking points (Markdown)"
          hint="Edit freely: your version is kept when you save. Copy it into your review notes or the meeting agenda."
          value={f.draft.markdown}
          onChange={f.set('markdown')}
          maxLength={maxDraftLength}
          rows={14}
          className="tp-draft"
          error={f.errors.markdown}
        />
        <SaveProblems {...f.saveProblems} />
        <div className="button-row">
          <SubmitButton busy={f.save.isPending}>Save draft</SubmitButton>
          <button type="button" className="secondary" onClick={copy}>
            Copy as Markdown
          </button>
          <button type="button" className="secondary" onClick={startAgain}>
            Start again from my data
          </button>
        </div>
      </form>
    </section>
  );
}
