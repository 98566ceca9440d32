import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.js';

export const mapKey = ['map'] as const;
/** Every skill's level history, refreshed at once when a review changes levels. */
export const allLevelChangesKey = ['level-changes'] as const;
export const levelChangesKey = (skillId: string) => ['level-changes', skillId] as const;

/**
 * Fresh for a few seconds, so the copy asked for with the app's start (preloadScreen) is used by
 * the screen that mounts a moment later instead of asked for again. Edits invalidate it at once.
 */
export const mapQuery = queryOptions({ queryKey: mapKey, queryFn: () => api('GET /api/v1/map'), staleTime: 5_000 });

export function useMap() {
  return useQuery(mapQuery);
}

export function useRefreshMap() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: mapKey });
}
