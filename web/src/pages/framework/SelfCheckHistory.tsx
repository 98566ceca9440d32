import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SelfCheck } from '../../../../src/schemas/framework.js';
import { api } from '../../api/client.js';
import { formatDate } from '../../components/format.js';
import { useSession } from '../../session.js';
import { CompareSelfChecks } from './CompareSelfChecks.js';
import { selfChecksKey } from '../../api/framework.js';
import { percent } from './words.js';
import { DateText, Hidden } from '../../components/text.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { focusLater } from '../../components/focusLater.js';

/** The time of day in the user's own zone, like every other time the app shows. */
function timeIn(instant: string, timeZone: string | undefined): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone }).format(new Date(instant));
  } catch {
    return new Date(instant).toLocaleTimeString(undefined, options);
  }
}

/** Earlier self-checks of one stage, newest first: show one, delete one, or set two side by side. */
export function SelfCheckHistory({
  checks,
  shownId,
  onShow,
}: {
  checks: SelfCheck[];
  shownId: string | null;
  onShow: (check: SelfCheck | null) => void;
}) {
  const queryClient = useQueryClient();
  const { user } = useSession();
  const time = (instant: string) => timeIn(instant, user?.timeZone);
  const [confirming, setConfirming] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE /api/v1/self-checks/{id}', { params: { id } }),
    onSuccess: async (_, id) => {
      setConfirming(null);
      if (id === shownId) onShow(null);
      await queryClient.invalidateQueries({ queryKey: selfChecksKey });
      document.getElementById('history-heading')?.focus();
    },
  });
  const sameDay = (check: SelfCheck) => checks.filter((c) => c.takenOn === check.takenOn).length > 1;
  const when = (check: SelfCheck) => `${formatDate(check.takenOn)}${sameDay(check) ? ` at ${time(check.createdAt)}` : ''}`;
  return (
    <section aria-labelledby="history-heading" className="self-check-history">
      <h2 id="history-heading" tabIndex={-1}>
        Self-check history
      </h2>
      {checks.length === 0 ? <p className="muted">None yet. Once you save one, it is listed here with its date.</p> : null}
      <ul className="history-list">
        {checks.map((check) => (
          <li key={check.id}>
            <span>
              <DateText date={check.takenOn} />
              {sameDay(check) ? ` at ${time(check.createdAt)}` : ''} — overall {percent(check.result.overall)}
            </span>
            <span className="button-row compact">
              <button type="button" className="secondary" onClick={() => onShow(check)}>
                Show results<Hidden> of {when(check)}</Hidden>
              </button>
              <button
                type="button"
                id={`delete-${check.id}`}
                className="secondary danger-text"
                onClick={() => setConfirming(check.id)}
              >
                Delete<Hidden> the self-check of {when(check)}</Hidden>
              </button>
            </span>
            {confirming === check.id ? (
              <InlineConfirm
                message={`Delete the self-check of ${when(check)}? Its answers are gone for good.`}
                confirmLabel="Delete self-check"
                busy={remove.isPending}
                onConfirm={() => remove.mutate(check.id)}
                onCancel={() => {
                  setConfirming(null);
                  focusLater(`delete-${check.id}`);
                }}
              />
            ) : null}
            {confirming === check.id && remove.error ? (
              <p className="form-error" role="alert">
                {remove.error.message}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {checks.length >= 2 ? (
        <CompareSelfChecks
          key={checks[0]?.id}
          checks={checks}
          optionLabel={(check) => `${when(check)} — overall ${percent(check.result.overall)}`}
        />
      ) : checks.length === 1 ? (
        <p className="muted">Take it again later to compare two self-checks side by side.</p>
      ) : null}
    </section>
  );
}
