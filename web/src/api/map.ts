import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.js';

export const mapKey = ['map'] as const;
export const levelChangesKey = (skillId: string) => ['level-changes', skillId] as const;

export function useMap() {
  return useQuery({ queryKey: mapKey, queryFn: () => api('GET /api/v1/map') });
}

export function useRefreshMap() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: mapKey });
}

/** The list with the items at positions a and b swapped. */
export function swapped<T>(list: readonly T[], a: number, b: number): T[] {
  const next = [...list];
  const [first, second] = [next[a], next[b]];
  if (first === undefined || second === undefined) return next;
  next[a] = second;
  next[b] = first;
  return next;
}

/**
 * After the list re-renders, put focus on the element with this id, or on the fallback when the
 * target is disabled (a move button at the end of the list). Query updates reach React a tick later,
 * so this waits a tick and a frame, then tries for a few frames while the element appears.
 */
export function focusLater(id: string, fallbackId?: string): void {
  let tries = 0;
  const attempt = () => {
    const target = document.getElementById(id) as HTMLButtonElement | null;
    const fallback = fallbackId ? document.getElementById(fallbackId) : null;
    if (target && !target.disabled) target.focus();
    else if (target && fallback) fallback.focus();
    else if (tries++ < 10) requestAnimationFrame(attempt);
  };
  window.setTimeout(() => requestAnimationFrame(attempt), 0);
}
