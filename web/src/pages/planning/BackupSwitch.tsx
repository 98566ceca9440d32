import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Cycle } from '../../../../src/schemas/cycles.js';
import { api, fieldErrors, isConflict } from '../../api/client.js';
import { FormMessage, SubmitButton, TextAreaField } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { cycleKey, useCycleSaved } from '../../api/cycles.js';
import { isOpen } from '../../components/cycleWords.js';
import { formError } from '../../components/formError.js';
import { focusLater } from '../../components/focusLater.js';
import { limits } from '../../../../src/schemas/limits.js';

/** The source's risk management: when the plan is blocked, go on with the backup project, and say why. */
export function BackupSwitch({ cycle }: { cycle: Cycle }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const cycleSaved = useCycleSaved();
  const form = useRef<HTMLFormElement>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const change = useMutation({
    mutationFn: () =>
      api('POST /api/v1/cycles/{id}/backup-switch', {
        params: { id: cycle.id },
        body: { version: cycle.version, reason: reason.trim() },
      }),
    onSuccess: async (saved) => {
      await cycleSaved(saved);
      await queryClient.invalidateQueries({ queryKey: cycleKey(cycle.id) });
      setOpen(false);
      announce(`Switched to the backup project “${saved.backupProject ?? ''}”. The log has an entry saying why.`);
      focusLater('log-heading');
    },
    onError: (error) => {
      if (isConflict(error) && error.current) queryClient.setQueryData(cycleKey(cycle.id), error.current);
    },
  });
  useEffect(() => {
    if (open) form.current?.querySelector('textarea')?.focus();
  }, [open]);
  if (!cycle.backupProject || !isOpen(cycle.status)) return null;
  if (cycle.usingBackup) {
    return (
      <p className="notice">
        This cycle runs on its backup project, “{cycle.backupProject}”. The log says when and why it switched.
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) change.mutate();
    else form.current?.querySelector('textarea')?.focus();
  };
  return (
    <section aria-labelledby="backup-heading" className="card backup">
      <h2 id="backup-heading">Backup project</h2>
      <p>
        If the plan gets blocked, go on with “{cycle.backupProject}” instead. The cycle keeps its weeks, and the log records the
        switch.
      </p>
      {open ? (
        <form ref={form} onSubmit={submit} noValidate>
          <TextAreaField
            label="Why switch?"
            value={reason}
            maxLength={limits.switchReason}
            onChange={(event) => setReason(event.target.value)}
            required
            error={missing ? 'Say why you switch, e.g. what blocked the plan.' : fieldErrors(change.error).reason}
          />
          {isConflict(change.error) ? (
            <p className="conflict" role="alert">
              This cycle changed elsewhere. The page now shows the latest version; switch again if it still applies.
            </p>
          ) : (
            <FormMessage error={formError(change.error)} />
          )}
          <div className="button-row">
            <SubmitButton busy={change.isPending} busyLabel="Switching…">
              Switch to backup project
            </SubmitButton>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setOpen(false);
                focusLater('open-backup-switch');
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="secondary" id="open-backup-switch" onClick={() => setOpen(true)}>
          Switch to the backup project
        </button>
      )}
    </section>
  );
}
