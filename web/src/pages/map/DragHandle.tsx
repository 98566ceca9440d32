import type { DragEvent } from 'react';

/**
 * The grip a pointer drags an item by. Hidden from assistive technology and out of the tab order:
 * keyboards move items with "Move up" and "Move down" in the item's menu.
 */
export function DragHandle(props: {
  draggable: boolean;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}) {
  return (
    <span className="drag-handle" aria-hidden="true" title="Drag to reorder" {...props}>
      ⠿
    </span>
  );
}
