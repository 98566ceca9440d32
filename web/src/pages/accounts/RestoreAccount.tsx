import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { AccountImport, AccountImported } from '../../../../src/schemas/export.js';
import { api, fieldErrors } from '../../api/client.js';
import { useAnnounce } from '../../components/announce.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { focusLater } from '../../components/focusLater.js';

/** What the file holds in the reader's words, one and many, table by table (tables not named here are counted in the total). */
const recordWords: Record<string, readonly [string, string]> = {
  growth_maps: ['map', 'maps'],
  destinations: ['destination', 'destinations'],
  skills: ['skill', 'skills'],
  level_changes: ['level change', 'level changes'],
  cycles: ['learning cycle', 'learning cycles'],
  progress_entries: ['progress log entry', 'progress log entries'],
  quarterly_reviews: ['quarterly review', 'quarterly reviews'],
  self_checks: ['self-check', 'self-checks'],
  feedback_sessions: ['feedback session', 'feedback sessions'],
  action_items: ['action item', 'action items'],
  artifacts: ['artifact', 'artifacts'],
  artifact_files: ['artifact file', 'artifact files'],
  portfolio_shares: ['portfolio share', 'portfolio shares'],
  endorsement_requests: ['endorsement request', 'endorsement requests'],
  endorsements: ['endorsement', 'endorsements'],
};

const total = (result: AccountImported) => Object.values(result.counts).reduce((sum, n) => sum + n, 0);

/** A file read as an account export's envelope; the server checks the rest. */
function exportEnvelope(value: unknown): AccountImport | null {
  if (typeof value !== 'object' || value === null || !('format' in value) || !('formatVersion' in value)) return null;
  const { format, formatVersion } = value;
  if (format !== 'growth-map-export' || typeof formatVersion !== 'number') return null;
  return { ...value, format, formatVersion };
}

/**
 * "Restore from a file": a file from "Download everything" (this instance or another) into this
 * account while it is still empty. The file is checked and counted first; nothing is written before
 * the confirmation.
 */
export function RestoreAccount() {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [file, setFile] = useState<File | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ body: AccountImport; result: AccountImported } | null>(null);
  const [restored, setRestored] = useState<number | null>(null);

  const previewing = useMutation({
    mutationFn: (body: AccountImport) => api('POST /api/v1/me/import', { query: { dryRun: 'true' }, body }),
    onSuccess: (result, body) => {
      setPreview({ body, result });
      focusLater('restore-preview-heading');
    },
  });
  const applying = useMutation({
    mutationFn: (body: AccountImport) => api('POST /api/v1/me/import', { query: { dryRun: 'false' }, body }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries();
      setPreview(null);
      setRestored(total(result));
      announce(`Restored ${total(result)} records.`);
      focusLater('restore-heading');
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    previewing.reset();
    if (!file) return setUnreadable('Choose the JSON file you downloaded with “Download everything”.');
    let body: AccountImport | null = null;
    try {
      body = exportEnvelope(JSON.parse(await file.text()));
    } catch {
      body = null;
    }
    if (!body) return setUnreadable('This file is not a Growth Map account export (a .json file from “Download everything”).');
    setUnreadable(null);
    previewing.mutate(body);
  };

  const problems = Object.entries(fieldErrors(previewing.error)).map(([field, message]) =>
    field === 'formatVersion' || field === '_' ? message : `${field}: ${message}`,
  );
  const fileError = unreadable ?? (problems.length > 0 ? problems.slice(0, 5).join(' · ') : undefined);

  return (
    <section className="card narrow" aria-labelledby="restore-heading">
      <h2 id="restore-heading" className="section-heading" tabIndex={-1}>
        Restore from a file
      </h2>
      {restored !== null ? (
        <p className="notice" role="status">
          Restored {restored} records. Your map, cycles and everything else are back.
        </p>
      ) : preview ? (
        <RestorePreview
          result={preview.result}
          error={applying.error instanceof Error ? applying.error.message : null}
          busy={applying.isPending}
          onApply={() => applying.mutate(preview.body)}
          onBack={() => {
            setPreview(null);
            applying.reset();
            focusLater('restore-heading');
          }}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <p>
            Bring back a file from “Download everything”, from this Growth Map or another one. It goes into this account, which
            must still be empty: a new account with nothing added yet.
          </p>
          <FormMessage error={problems.length > 0 || unreadable ? null : previewing.error?.message} />
          <TextField
            label="Account export (JSON)"
            type="file"
            accept=".json,application/json"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            error={fileError}
            hint="You see what it holds before anything is restored."
          />
          <SubmitButton busy={previewing.isPending} busyLabel="Reading…">
            Check the file
          </SubmitButton>
        </form>
      )}
    </section>
  );
}

function RestorePreview(props: {
  result: AccountImported;
  error: string | null;
  busy: boolean;
  onApply: () => void;
  onBack: () => void;
}) {
  const { result } = props;
  const held = Object.entries(result.counts).filter(([table, count]) => count > 0 && table in recordWords);
  return (
    <div className="restore-preview">
      <h3 id="restore-preview-heading" tabIndex={-1}>
        The file holds {total(result)} records
      </h3>
      <ul>
        {held.map(([table, count]) => (
          <li key={table}>
            {count} {recordWords[table]?.[count === 1 ? 0 : 1]}
          </li>
        ))}
      </ul>
      {result.formatVersion < 2 ? (
        <p>It was written by an older Growth Map and is brought up to date as it is restored.</p>
      ) : null}
      {result.renumbered > 0 ? (
        <p>{result.renumbered} records get new ids, because records with theirs already exist on this Growth Map.</p>
      ) : null}
      <p>Your name, email and password stay as they are. Links you shared before do not open the restored copies.</p>
      <FormMessage error={props.error} />
      <div className="button-row">
        <button type="button" onClick={props.onApply} disabled={props.busy} aria-busy={props.busy || undefined}>
          {props.busy ? 'Restoring…' : `Restore ${total(result)} records`}
        </button>
        <button type="button" className="secondary" onClick={props.onBack}>
          Cancel
        </button>
      </div>
    </div>
  );
}
