import { useQuery } from '@tanstack/react-query';
import { api } from './client.js';

export const tokensKey = ['tokens'] as const;
export const usersKey = ['users'] as const;
export const invitationsKey = ['invitations'] as const;

export const useTokens = () => useQuery({ queryKey: tokensKey, queryFn: () => api('GET /api/v1/tokens') });

/** Administrators only. */
export const useUsers = () => useQuery({ queryKey: usersKey, queryFn: () => api('GET /api/v1/users') });

/** Administrators only. */
export const useInvitations = () => useQuery({ queryKey: invitationsKey, queryFn: () => api('GET /api/v1/invitations') });
