import { type ReactNode, createContext, useCallback, useContext, useRef, useState } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/** One polite live region per screen: moves, deletions and status changes are said once, in words. */
export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((next: string) => {
    // Clear first, so the same sentence twice in a row is still read out.
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(next), 60);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
