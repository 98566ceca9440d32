import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Cycle, ProgressEntry } from '../../../../src/schemas/cycles.js';
import { useArtifactsChanged } from '../../api/artifacts.js';
import { api } from '../../api/client.js';
import { FormMessage } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { EntryForm } from './EntryForm.js';
import { Hidden } from '../../components/text.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { formError } from '../../components/formError.js';
import { focusLater } from '../../components/focusLater.js';

/** One log entry: what was done, the evidence, and edit or delete. A backup switch says so. */
export function EntryItem({
  cycle,
  entry,
  which,
  onChanged,
}: {
  cycle: Cycle;
  entry: ProgressEntry;
  /** "from week 3", or "2 from week 3" when the week has several: tells the buttons apart. */
  which: string;
  onChanged: () => Promise<unknown>;
}) {
  const announce = useAnnounce();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const artifactsChanged = useArtifactsChanged();
  const hasLink = entry.evidence.some((evidence) => evidence.kind === 'link');
  const makeArtifact = useMutation({
    mutationFn: () => api('POST /api/v1/entries/{id}/artifact', { params: { id: entry.id } }),
    onSuccess: async ({ artifact }) => {
      await Promise.all([onChanged(), artifactsChanged()]);
      announce(`Made the artifact “${artifact.title}” from the entry’s link.`);
      focusLater(`entry-artifact-made-${entry.id}`);
    },
  });
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/entries/{id}', { params: { id: entry.id } }),
    onSuccess: async () => {
      await onChanged();
      announce(`Deleted the entry from week ${entry.week}.`);
      focusLater(`log-week-${entry.week}`);
    },
  });
  if (mode === 'edit') {
    return (
      <li>
        <EntryForm
          cycle={cycle}
          entry={entry}
          week={entry.week}
          onSaved={async (saved) => {
            setMode('view');
            await onChanged();
            announce(`Saved the entry${saved.week !== entry.week ? `; it is now under week ${saved.week}` : ''}.`);
            focusLater(`entry-edit-${entry.id}`);
          }}
          onCancel={() => {
            setMode('view');
            focusLater(`entry-edit-${entry.id}`);
          }}
        />
      </li>
    );
  }
  return (
    <li className={`entry kind-${entry.kind}`}>
      {entry.kind === 'backup-switch' ? <p className="tag">Backup switch</p> : null}
      <p className="prose entry-text">{entry.text}</p>
      {entry.evidence.length > 0 ? (
        <ul className="evidence">
          {entry.evidence.map((evidence) =>
            evidence.kind === 'artifact' ? (
              <li key={evidence.id}>
                Evidence: <a href={`/artifacts/${evidence.id}`}>an artifact</a>
              </li>
            ) : (
              <li key={evidence.url}>
                Evidence:{' '}
                <a href={evidence.url} rel="noopener noreferrer">
                  {evidence.url}
                </a>
              </li>
            ),
          )}
        </ul>
      ) : null}
      <div className="button-row compact">
        <button type="button" className="secondary" id={`entry-edit-${entry.id}`} onClick={() => setMode('edit')}>
          Edit entry <Hidden>{which}</Hidden>
        </button>
        {hasLink ? (
          <button
            type="button"
            className="secondary"
            id={`entry-artifact-${entry.id}`}
            disabled={makeArtifact.isPending}
            onClick={() => makeArtifact.mutate()}
          >
            Make an artifact <Hidden>from the link of the entry {which}</Hidden>
          </button>
        ) : null}
        <button type="button" className="secondary danger-text" id={`entry-delete-${entry.id}`} onClick={() => setMode('delete')}>
          Delete entry <Hidden>{which}</Hidden>
        </button>
      </div>
      {mode === 'delete' ? (
        <InlineConfirm
          message={`Delete this entry from week ${entry.week}? This cannot be undone.`}
          confirmLabel="Delete permanently"
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => {
            setMode('view');
            focusLater(`entry-delete-${entry.id}`);
          }}
        />
      ) : null}
      {makeArtifact.data ? (
        <p className="success">
          Made the artifact “{makeArtifact.data.artifact.title}”.{' '}
          <Link id={`entry-artifact-made-${entry.id}`} to={`/artifacts/${makeArtifact.data.artifact.id}`}>
            Open it to add its outcome and skills
          </Link>
        </p>
      ) : null}
      <FormMessage error={formError(remove.error ?? makeArtifact.error)} />
    </li>
  );
}
