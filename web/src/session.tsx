import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, createContext, useContext } from 'react';
import type { SignedIn, User } from '../../src/schemas/accounts.js';
import { ApiError, api, setCsrfToken } from './api/client.js';

interface SessionState {
  user: User | null;
  /** False for an account made through single sign-on until its person sets a password. */
  hasPassword: boolean;
  loading: boolean;
  /** Call with what setup, sign-in or join answered. */
  signedIn(result: SignedIn): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

async function loadMe(): Promise<SignedIn | null> {
  try {
    const me = await api('GET /api/v1/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ['me'], queryFn: loadMe, staleTime: 60_000 });
  const state: SessionState = {
    user: me.data?.user ?? null,
    hasPassword: me.data?.hasPassword ?? false,
    loading: me.isPending,
    signedIn(result) {
      setCsrfToken(result.csrfToken);
      // Drop every other user's cached data, but keep the session query attached.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      queryClient.setQueryData(['me'], result);
    },
    async signOut() {
      await api('DELETE /api/v1/session').catch(() => undefined);
      setCsrfToken('');
      // Drop every other user's cached data, but keep the session query attached.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      queryClient.setQueryData(['me'], null);
    },
  };
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession needs a SessionProvider');
  return state;
}
