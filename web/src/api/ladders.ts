import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client.js';

/** Ladders, the user's choice and the next-level gaps sit under one key, so a change refreshes them all. */
export const laddersKey = ['ladders'] as const;
const listKey = ['ladders', 'list'] as const;
const choiceKey = ['ladders', 'mine'] as const;
const nextLevelKey = ['ladders', 'next-level'] as const;

export const useLadders = () => useQuery({ queryKey: listKey, queryFn: () => api('GET /api/v1/ladders') });

export const useLadderChoice = () => useQuery({ queryKey: choiceKey, queryFn: () => api('GET /api/v1/me/ladder') });

/** Null until a ladder and level are picked (the server answers 404 then). */
export const useNextLevel = (enabled: boolean) =>
  useQuery({
    queryKey: nextLevelKey,
    enabled,
    queryFn: () =>
      api('GET /api/v1/me/next-level').catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
  });

export function useLaddersChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: laddersKey });
}
