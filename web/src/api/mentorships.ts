import { useQuery } from '@tanstack/react-query';
import { api } from './client.js';

/** Mentorships and the access log sit under one key, so any change refreshes both. */
export const mentorshipsKey = ['mentorships'] as const;

export const useMentorships = () =>
  useQuery({ queryKey: [...mentorshipsKey, 'list'], queryFn: () => api('GET /api/v1/mentorships') });

export const useAccessLog = () =>
  useQuery({
    queryKey: [...mentorshipsKey, 'access-log'],
    queryFn: () => api('GET /api/v1/access-log', { query: { limit: '200' } }),
  });
