import { useQuery } from '@tanstack/react-query';
import { api } from './client.js';

/** Requests, endorsements and the sheet sit under one key, so any change refreshes all three. */
export const endorsementsKey = ['endorsements'] as const;

export const useEndorsementRequests = () =>
  useQuery({ queryKey: [...endorsementsKey, 'requests'], queryFn: () => api('GET /api/v1/endorsement-requests') });

export const useEndorsements = () =>
  useQuery({ queryKey: [...endorsementsKey, 'received'], queryFn: () => api('GET /api/v1/endorsements') });

export const useEndorsementSheet = () =>
  useQuery({ queryKey: [...endorsementsKey, 'sheet'], queryFn: () => api('GET /api/v1/endorsements/sheet') });
