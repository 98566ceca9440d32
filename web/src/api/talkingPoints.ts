import { useQuery } from '@tanstack/react-query';
import { api } from './client.js';
import { mapKey } from './map.js';

/** Under the map's key: whatever refreshes the map (a level change, a new skill) refreshes this too. */
export const evidenceHealthKey = [...mapKey, 'evidence-health'] as const;
export const talkingPointsKey = ['talking-points'] as const;
export const talkingPointsDraftKey = ['talking-points', 'draft'] as const;
export const winsKey = ['wins'] as const;

export const useEvidenceHealth = () =>
  useQuery({ queryKey: evidenceHealthKey, queryFn: () => api('GET /api/v1/evidence-health') });

export const useTalkingPoints = () => useQuery({ queryKey: talkingPointsKey, queryFn: () => api('GET /api/v1/talking-points') });

export const useTalkingPointsDraft = () =>
  useQuery({ queryKey: talkingPointsDraftKey, queryFn: () => api('GET /api/v1/talking-points/draft') });

export const useWins = () => useQuery({ queryKey: winsKey, queryFn: () => api('GET /api/v1/wins') });
