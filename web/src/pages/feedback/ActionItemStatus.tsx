import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActionItem } from '../../../../src/schemas/feedbackSessions.js';
import { api } from '../../api/client.js';
import { actionItemsKey, feedbackKey } from '../../api/feedback.js';
import { formError } from '../../components/formError.js';

/** Done or dropped, or open again: one click, with the version the list was read at. */
export function ActionItemStatus({ item }: { item: ActionItem }) {
  const client = useQueryClient();
  const change = useMutation({
    mutationFn: (status: ActionItem['status']) =>
      api('PATCH /api/v1/action-items/{id}', { params: { id: item.id }, body: { version: item.version, status } }),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: actionItemsKey });
      await client.invalidateQueries({ queryKey: feedbackKey });
      await client.invalidateQueries({ queryKey: ['this-week'] });
    },
  });
  const hidden = <span className="visually-hidden">: {item.text}</span>;
  return (
    <>
      <div className="button-row">
        {item.status === 'open' ? (
          <>
            <button type="button" onClick={() => change.mutate('done')} disabled={change.isPending}>
              Done{hidden}
            </button>
            <button type="button" className="secondary" onClick={() => change.mutate('dropped')} disabled={change.isPending}>
              Drop{hidden}
            </button>
          </>
        ) : (
          <button type="button" className="secondary" onClick={() => change.mutate('open')} disabled={change.isPending}>
            Reopen{hidden}
          </button>
        )}
      </div>
      {change.error ? (
        <p className="form-error" role="alert">
          {formError(change.error)}
        </p>
      ) : null}
    </>
  );
}
