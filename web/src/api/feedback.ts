import { useQuery } from '@tanstack/react-query';
import type { FeedbackKind } from '../../../src/schemas/feedbackSessions.js';
import { api } from './client.js';

export const feedbackKey = ['feedback-sessions'] as const;
export const actionItemsKey = ['action-items'] as const;
export const rotationKey = ['pairing-rotation'] as const;

export const useFeedbackSessions = (filter: { kind?: FeedbackKind | ''; partner?: string }) => {
  const query = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.partner?.trim() ? { partner: filter.partner.trim() } : {}),
  };
  return useQuery({
    queryKey: [...feedbackKey, query],
    queryFn: () => api('GET /api/v1/feedback-sessions', { query }),
  });
};

export const useFeedbackSession = (id: string | undefined) =>
  useQuery({
    queryKey: [...feedbackKey, 'one', id],
    queryFn: () => api('GET /api/v1/feedback-sessions/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });

export const useActionItems = (status?: 'open' | 'done' | 'dropped') =>
  useQuery({
    queryKey: [...actionItemsKey, status ?? 'all'],
    queryFn: () => api('GET /api/v1/action-items', { query: status ? { status } : {} }),
  });

export const usePairingRotation = () => useQuery({ queryKey: rotationKey, queryFn: () => api('GET /api/v1/pairing-rotation') });
