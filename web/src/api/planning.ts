import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ThisWeek as ThisWeekShape } from '../../../src/schemas/planning.js';
import { api } from './client.js';

export type ThisWeek = ThisWeekShape;

export const thisWeekKey = ['this-week'] as const;
export const preferencesKey = ['preferences'] as const;
export const quarterlyKey = ['quarterly-reviews'] as const;

/** Fresh for a few seconds, like mapQuery, for the copy preloadScreen asked for. */
export const thisWeekQuery = queryOptions({
  queryKey: thisWeekKey,
  queryFn: () => api('GET /api/v1/this-week'),
  staleTime: 5_000,
});
export const useThisWeek = () => useQuery(thisWeekQuery);

export const usePreferences = () => useQuery({ queryKey: preferencesKey, queryFn: () => api('GET /api/v1/preferences') });

export const useQuarterlyReviews = () =>
  useQuery({ queryKey: quarterlyKey, queryFn: () => api('GET /api/v1/quarterly-reviews') });
