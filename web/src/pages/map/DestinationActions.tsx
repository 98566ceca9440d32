import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ComponentProps, useState } from 'react';
import type { DestinationStatus } from '../../../../src/schemas/common.js';
import type { Destination } from '../../../../src/schemas/map.js';
import { api, isConflict } from '../../api/client.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { useAnnounce } from '../../components/announce.js';
import { ConflictNotice } from '../../components/saveProblems.js';
import { Hidden } from '../../components/text.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import type { DragHandle } from './DragHandle.js';
import { focusLater } from '../../components/focusLater.js';
import { mapKey } from '../../api/map.js';

export interface MoveControls {
  position: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  /** Drag-and-drop props for the item's grip. */
  handle: ComponentProps<typeof DragHandle>;
}

const statusActions: Record<DestinationStatus, { to: DestinationStatus; label: string; done: string }[]> = {
  active: [
    { to: 'completed', label: 'Mark completed', done: 'marked completed. It is now under Completed and retired' },
    { to: 'retired', label: 'Retire', done: 'retired. It is now under Completed and retired' },
  ],
  completed: [{ to: 'active', label: 'Reactivate', done: 'reactivated. It is back among the active destinations' }],
  retired: [{ to: 'active', label: 'Reactivate', done: 'reactivated. It is back among the active destinations' }],
};

/** Edit, move, change status and delete, for one destination, in one menu by its title. Focus lands somewhere sensible after each. */
export function DestinationActions({
  destination,
  onEdit,
  move,
}: {
  destination: Destination;
  onEdit: () => void;
  move?: MoveControls;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const { id, title } = destination;
  const afterLeaving = (message: string) => {
    announce(message);
    focusLater('active-destinations-heading');
  };
  const status = useMutation({
    mutationFn: (to: DestinationStatus) =>
      api('PATCH /api/v1/destinations/{id}', { params: { id }, body: { version: destination.version, status: to } }),
    onSuccess: async (_saved, to) => {
      await queryClient.invalidateQueries({ queryKey: mapKey });
      const action = statusActions[destination.status].find((a) => a.to === to);
      afterLeaving(`“${title}” ${action?.done ?? 'updated'}.`);
    },
  });
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/destinations/{id}', { params: { id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: mapKey });
      afterLeaving(`Deleted “${title}”.`);
    },
  });
  const error = status.error ?? remove.error;

  const items: MenuItem[] = [
    { key: 'edit', label: 'Edit', onSelect: onEdit },
    ...(move && move.position > 1 ? [{ key: 'up', label: 'Move up', onSelect: () => move.onMove(-1) }] : []),
    ...(move && move.position < move.count ? [{ key: 'down', label: 'Move down', onSelect: () => move.onMove(1) }] : []),
    ...statusActions[destination.status].map((action) => ({
      key: action.to,
      label: action.label,
      onSelect: () => status.mutate(action.to),
    })),
    { key: 'delete', label: 'Delete…', danger: true, onSelect: () => setConfirming(true) },
  ];

  return (
    <>
      <Menu
        id={`actions-${id}`}
        label={
          <>
            Actions <Hidden>for “{title}”</Hidden>
          </>
        }
        items={items}
      />
      {confirming || error ? (
        <div className="destination-feedback">
          {confirming ? (
            <InlineConfirm
              message={
                <>
                  Delete “{title}”
                  {destination.skills.length > 0
                    ? ` with its ${destination.skills.length} skill${destination.skills.length === 1 ? '' : 's'} and their level history`
                    : ''}
                  ? This cannot be undone. To keep it on record, retire it instead.
                </>
              }
              confirmLabel="Delete permanently"
              busy={remove.isPending}
              onConfirm={() => remove.mutate()}
              onCancel={() => {
                setConfirming(false);
                focusLater(`actions-${id}`);
              }}
            />
          ) : null}
          {isConflict(error) ? (
            <ConflictNotice
              onReload={() => {
                status.reset();
                void queryClient.invalidateQueries({ queryKey: mapKey });
              }}
            />
          ) : error ? (
            <p className="form-error" role="alert">
              {error.message}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
