import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client.js';

export const frameworkKey = ['framework'] as const;
export const selfChecksKey = ['self-checks'] as const;
/** Under the framework's key, so refreshing the content refreshes the list of uploads too. */
export const uploadsKey = ['framework', 'uploads'] as const;

export interface Upload {
  id: string;
  file: string;
  sourceName: string;
  createdAt: string;
  uploadedBy: string | null;
}

/** The framework changes only when an administrator uploads, so it is kept for a while. */
export const frameworkQuery = queryOptions({
  queryKey: frameworkKey,
  queryFn: () => api('GET /api/v1/framework'),
  staleTime: 5 * 60_000,
});
export const useFramework = () => useQuery(frameworkQuery);

/** Newest first. */
export const useSelfChecks = () => useQuery({ queryKey: selfChecksKey, queryFn: () => api('GET /api/v1/self-checks') });

export const useUploads = (enabled: boolean) =>
  useQuery({ queryKey: uploadsKey, queryFn: () => api('GET /api/v1/framework/uploads'), enabled });
