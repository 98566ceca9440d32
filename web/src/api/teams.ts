import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Category } from '../../../src/schemas/common.js';
import { api } from './client.js';

/** Teams, memberships, heatmaps and workshops sit under one key, so any change refreshes what shows them. */
export const teamsKey = ['teams'] as const;

export const useMemberships = () =>
  useQuery({ queryKey: [...teamsKey, 'memberships'], queryFn: () => api('GET /api/v1/memberships') });

export const useTeams = () => useQuery({ queryKey: [...teamsKey, 'list'], queryFn: () => api('GET /api/v1/teams') });

export const useTeam = (id: string) =>
  useQuery({ queryKey: [...teamsKey, 'team', id], queryFn: () => api('GET /api/v1/teams/{id}', { params: { id } }) });

export const useHeatmap = (id: string, category: Category | null, enabled: boolean) =>
  useQuery({
    queryKey: [...teamsKey, 'heatmap', id, category],
    enabled,
    queryFn: () => api('GET /api/v1/teams/{id}/heatmap', { params: { id }, query: category ? { category } : {} }),
  });

export const useWorkshops = (teamId: string) =>
  useQuery({
    queryKey: [...teamsKey, 'workshops', teamId],
    queryFn: () => api('GET /api/v1/teams/{id}/workshops', { params: { id: teamId } }),
  });

export const useWorkshop = (id: string) =>
  useQuery({ queryKey: [...teamsKey, 'workshop', id], queryFn: () => api('GET /api/v1/workshops/{id}', { params: { id } }) });

export function useTeamsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: teamsKey });
}
