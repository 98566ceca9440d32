import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Cycle } from '../../../../src/schemas/cycles.js';
import { api, fieldErrors, isConflict } from '../../api/client.js';
import { FormMessage, SubmitButton, TextAreaField } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { cycleKey, cyclesKey, useCycleSaved } from '../../api/cycles.js';
import { isOpen } from '../../components/cycleWords.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { formError } from '../../components/formError.js';
import { focusLater } from '../../components/focusLater.js';
import { thisWeekKey } from '../../api/planning.js';
import { limits } from '../../../../src/schemas/limits.js';
import { formatDate } from '../../components/format.js';

type Action = { action: 'start' | 'pause' | 'resume' } | { action: 'cancel'; cancelReason: string } | { lengthWeeks: number };

const doneMessage = (body: Action, saved: Cycle) =>
  'lengthWeeks' in body
    ? `Extended the cycle to ${saved.lengthWeeks} weeks.`
    : body.action === 'start'
      ? `Started the cycle today. Week 1 runs until ${formatDate(saved.weeks[0]?.endDate ?? saved.startDate)}; the review is on ${formatDate(saved.reviewDate)}.`
      : body.action === 'pause'
        ? 'Paused the cycle. Its weeks move on by each paused day, so you resume where you left off.'
        : body.action === 'resume'
          ? 'Resumed the cycle.'
          : 'Cancelled the cycle. Its log stays on record.';

/** Edit, extend, pause or resume, cancel with a reason, delete: each says what it did. */
export function CycleActions({ cycle, entryCount, onEdit }: { cycle: Cycle; entryCount: number; onEdit: () => void }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const cycleSaved = useCycleSaved();
  const [open, setOpen] = useState<'cancel' | 'delete' | null>(null);
  const change = useMutation({
    mutationFn: (body: Action) =>
      api('PATCH /api/v1/cycles/{id}', { params: { id: cycle.id }, body: { version: cycle.version, ...body } }),
    onSuccess: async (saved, body) => {
      await cycleSaved(saved);
      setOpen(null);
      announce(doneMessage(body, saved));
      focusLater('cycle-status');
    },
    onError: (error) => {
      if (isConflict(error) && error.current) queryClient.setQueryData(cycleKey(cycle.id), error.current);
    },
  });
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/cycles/{id}', { params: { id: cycle.id } }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: cycleKey(cycle.id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: cyclesKey }),
        queryClient.invalidateQueries({ queryKey: thisWeekKey }),
      ]);
      navigate('/cycles');
    },
  });
  const running = isOpen(cycle.status);
  return (
    <>
      <div className="button-row">
        {running ? (
          <>
            {cycle.status === 'planned' ? (
              <button type="button" disabled={change.isPending} onClick={() => change.mutate({ action: 'start' })}>
                Start today
              </button>
            ) : null}
            <button type="button" className="secondary" id="edit-cycle" onClick={onEdit}>
              Edit cycle
            </button>
            {cycle.lengthWeeks < 6 ? (
              <button
                type="button"
                className="secondary"
                disabled={change.isPending}
                onClick={() => change.mutate({ lengthWeeks: cycle.lengthWeeks + 1 })}
              >
                Extend by a week
              </button>
            ) : null}
            <button
              type="button"
              className="secondary"
              disabled={change.isPending}
              onClick={() => change.mutate({ action: cycle.pausedSince ? 'resume' : 'pause' })}
            >
              {cycle.pausedSince ? 'Resume cycle' : 'Pause cycle'}
            </button>
            <button type="button" className="secondary danger-text" id="cancel-cycle" onClick={() => setOpen('cancel')}>
              Cancel this cycle
            </button>
          </>
        ) : null}
        <button type="button" className="secondary danger-text" id="delete-cycle" onClick={() => setOpen('delete')}>
          Delete cycle
        </button>
      </div>
      {open === 'cancel' ? (
        <CancelForm
          busy={change.isPending}
          error={change.error}
          onSubmit={(cancelReason) => change.mutate({ action: 'cancel', cancelReason })}
          onClose={() => {
            setOpen(null);
            change.reset();
            focusLater('cancel-cycle');
          }}
        />
      ) : null}
      {open === 'delete' ? (
        <InlineConfirm
          message={`Delete “${cycle.goal}”${entryCount ? ` and its ${entryCount} log entr${entryCount === 1 ? 'y' : 'ies'}` : ''}? This cannot be undone. To keep it on record, cancel it instead.`}
          confirmLabel="Delete permanently"
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => {
            setOpen(null);
            focusLater('delete-cycle');
          }}
        />
      ) : null}
      {isConflict(change.error) ? (
        <p className="conflict" role="alert">
          This cycle changed elsewhere (perhaps in another tab). The page now shows the latest version: check it and try again.
        </p>
      ) : open !== 'cancel' ? (
        <FormMessage error={formError(change.error ?? remove.error)} />
      ) : null}
    </>
  );
}

function CancelForm({
  busy,
  error,
  onSubmit,
  onClose,
}: {
  busy: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('textarea')?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) onSubmit(reason.trim());
    else form.current?.querySelector('textarea')?.focus();
  };
  return (
    <form
      ref={form}
      className="confirm cancel-form"
      onSubmit={submit}
      noValidate
      aria-label="Cancel the cycle"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <TextAreaField
        label="Reason for cancelling"
        value={reason}
        maxLength={limits.cancelReason}
        onChange={(event) => setReason(event.target.value)}
        required
        error={missing ? 'Say why the cycle is cancelled.' : fieldErrors(error).cancelReason}
        hint="Kept with the cycle, e.g. “The team moved me to another project.”"
      />
      {isConflict(error) ? null : <FormMessage error={formError(error)} />}
      <div className="button-row">
        <SubmitButton busy={busy} busyLabel="Cancelling…">
          Cancel cycle
        </SubmitButton>
        <button type="button" className="secondary" onClick={onClose}>
          Keep the cycle
        </button>
      </div>
    </form>
  );
}
