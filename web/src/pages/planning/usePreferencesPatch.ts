import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Preferences, PreferencesPatch } from '../../../../src/schemas/planning.js';
import { api, currentOf } from '../../api/client.js';
import { preferencesKey, thisWeekKey } from '../../api/planning.js';

type Changes = Omit<PreferencesPatch, 'version'>;

/**
 * Saves preferences with the version last read. With `retryOnConflict` (one-click toggles whose
 * intent cannot go stale), a 409 retries once on the version the server sent back.
 */
export function usePreferencesPatch({ retryOnConflict = false } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ changes, version }: { changes: Changes; version?: number }) => {
      const current = version ?? queryClient.getQueryData<Preferences>(preferencesKey)?.version ?? 1;
      try {
        return await api('PATCH /api/v1/preferences', { body: { version: current, ...changes } });
      } catch (error) {
        const fresh = currentOf('PATCH /api/v1/preferences', error);
        if (!retryOnConflict || !fresh) throw error;
        return api('PATCH /api/v1/preferences', { body: { version: fresh.version, ...changes } });
      }
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(preferencesKey, saved);
      await queryClient.invalidateQueries({ queryKey: thisWeekKey });
    },
  });
}
