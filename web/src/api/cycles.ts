import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Cycle, NextCycleDraft } from '../../../src/schemas/cycles.js';
import { api } from './client.js';
import { thisWeekKey } from './planning.js';

export type NextCycle = NextCycleDraft;

export const cyclesKey = ['cycles'] as const;
export const cycleKey = (id: string) => ['cycle', id] as const;
/** Under the cycle's key, so refreshing the cycle refreshes its log too. */
export const entriesKey = (id: string) => ['cycle', id, 'entries'] as const;

/** Fresh for a few seconds, like mapQuery, for the copy preloadScreen asked for. */
export const cyclesQuery = queryOptions({ queryKey: cyclesKey, queryFn: () => api('GET /api/v1/cycles'), staleTime: 5_000 });
export const useCycles = () => useQuery(cyclesQuery);

export const useCycle = (id: string, enabled = true) =>
  useQuery({
    queryKey: cycleKey(id),
    queryFn: () => api('GET /api/v1/cycles/{id}', { params: { id } }),
    enabled: enabled && Boolean(id),
  });

export const useEntries = (cycleId: string, enabled = true) =>
  useQuery({
    queryKey: entriesKey(cycleId),
    queryFn: () => api('GET /api/v1/cycles/{id}/entries', { params: { id: cycleId } }),
    enabled: enabled && Boolean(cycleId),
  });

/** After a cycle changed: put the saved copy in place, and refresh the lists and the home screen. */
export function useCycleSaved() {
  const queryClient = useQueryClient();
  return async (saved: Cycle) => {
    queryClient.setQueryData(cycleKey(saved.id), saved);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: cyclesKey }),
      queryClient.invalidateQueries({ queryKey: thisWeekKey }),
    ]);
  };
}
