import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.js';

export const mapKey = ['map'] as const;
/** Every skill's level history, refreshed at once when a review changes levels. */
export const allLevelChangesKey = ['level-changes'] as const;
export const levelChangesKey = (skillId: string) => ['level-changes', skillId] as const;

export function useMap() {
  return useQuery({ queryKey: mapKey, queryFn: () => api('GET /api/v1/map') });
}

export function useRefreshMap() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: mapKey });
}
