import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import type { GrowthMap } from '../../../../src/schemas/map.js';
import { mapKey } from '../../api/map.js';
import { useAnnounce } from '../../components/announce.js';
import { focusLater } from '../../components/focusLater.js';

/** The list with the item at `from` taken out and put back at `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

interface Reorderable {
  id: string;
}

/**
 * Moves one item of an ordered list: shown at once (the cached map is updated), said to screen readers,
 * saved through the list's order route, and put back as saved when the save fails.
 */
export function useReorder<T extends Reorderable>({
  items,
  nameOf,
  apply,
  save,
  focusIdOf,
}: {
  items: readonly T[];
  nameOf: (item: T) => string;
  /** The map with the list in its new order. */
  apply: (map: GrowthMap, next: T[]) => GrowthMap;
  save: (next: T[]) => Promise<unknown>;
  /** Where focus goes once the list has re-rendered, e.g. the moved item's menu button. */
  focusIdOf: (item: T) => string;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);

  async function move(from: number, to: number) {
    const item = items[from];
    if (!item || to < 0 || to >= items.length || to === from) return;
    const next = moved(items, from, to);
    queryClient.setQueryData<GrowthMap>(mapKey, (map) => map && apply(map, next));
    announce(`Moved “${nameOf(item)}” to position ${to + 1} of ${items.length}.`);
    focusLater(focusIdOf(item));
    setError(null);
    try {
      await save(next);
    } catch (failure) {
      const why = failure instanceof Error ? failure.message : 'unknown error';
      setError(`Could not save the new order: ${why} The list shows the saved order again.`);
    } finally {
      await queryClient.invalidateQueries({ queryKey: mapKey });
    }
  }
  return { move: (from: number, to: number) => void move(from, to), error };
}

/**
 * Drag and drop with the browser's own drag events: a handle starts the drag, every item of the same
 * list is a drop target. Items of other lists ignore the drag, so skills never land among destinations.
 */
export function useDragReorder(onDrop: (from: number, to: number) => void) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const reset = () => {
    setDragging(null);
    setOver(null);
  };
  const handle = (index: number) => ({
    draggable: true,
    onDragStart: (event: DragEvent<HTMLElement>) => {
      event.stopPropagation();
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', String(index));
      const item = event.currentTarget.closest('li');
      if (item) event.dataTransfer.setDragImage(item, 16, 16);
      setDragging(index);
    },
    onDragEnd: reset,
  });
  const target = (index: number) => ({
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (dragging === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (over !== index) setOver(index);
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (dragging === null) return;
      event.preventDefault();
      if (dragging !== index) onDrop(dragging, index);
      reset();
    },
    'data-drop': dragging === null ? undefined : dragging === index ? 'dragging' : over === index ? 'over' : undefined,
  });
  return { handle, target };
}
