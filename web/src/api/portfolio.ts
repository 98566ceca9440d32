import { useQuery } from '@tanstack/react-query';
import { api } from './client.js';

/** The portfolio, its shares and their view logs sit under one key, so a change refreshes them all. */
export const portfolioKey = ['portfolio'] as const;
export const portfolioOwnKey = ['portfolio', 'own'] as const;
export const sharesKey = ['portfolio', 'shares'] as const;
export const shareViewsKey = (id: string) => ['portfolio', 'shares', id, 'views'] as const;

export const usePortfolio = () => useQuery({ queryKey: portfolioOwnKey, queryFn: () => api('GET /api/v1/portfolio') });

export const useShares = () => useQuery({ queryKey: sharesKey, queryFn: () => api('GET /api/v1/portfolio/shares') });

export const useShareViews = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: shareViewsKey(id),
    queryFn: () => api('GET /api/v1/portfolio/shares/{id}/views', { params: { id } }),
    enabled,
  });
