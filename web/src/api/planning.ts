import { useQuery } from '@tanstack/react-query';
import type { ThisWeek as ThisWeekShape } from '../../../src/schemas/planning.js';
import { api } from './client.js';

export type ThisWeek = ThisWeekShape;

export const thisWeekKey = ['this-week'] as const;
export const preferencesKey = ['preferences'] as const;
export const quarterlyKey = ['quarterly-reviews'] as const;

export const useThisWeek = () => useQuery({ queryKey: thisWeekKey, queryFn: () => api('GET /api/v1/this-week') });

export const usePreferences = () => useQuery({ queryKey: preferencesKey, queryFn: () => api('GET /api/v1/preferences') });

export const useQuarterlyReviews = () =>
  useQuery({ queryKey: quarterlyKey, queryFn: () => api('GET /api/v1/quarterly-reviews') });
