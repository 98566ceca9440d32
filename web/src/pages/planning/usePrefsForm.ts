import { useQueryClient } from '@tanstack/react-query';
import type { Preferences } from '../../../../src/schemas/planning.js';
import { api } from '../../api/client.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';
import { usePreferencesPatch } from './usePreferencesPatch.js';
import { preferencesKey } from '../../api/planning.js';

type Changes = Parameters<ReturnType<typeof usePreferencesPatch>['mutate']>[0]['changes'];

/**
 * One settings form over the shared preferences (useConflictSafeDraft, staying open after a save). It saves
 * with the version this tab last read, so saving one settings form does not make the others stale.
 */
export function usePrefsForm<D extends object>(
  prefs: Preferences,
  toDraft: (p: Preferences) => D,
  labels: Record<keyof D, string>,
  toChanges: (draft: D) => Changes,
  onSaved: (saved: Preferences) => void,
) {
  const queryClient = useQueryClient();
  const patch = usePreferencesPatch();
  const f = useConflictSafeDraft({
    initial: () => toDraft(prefs),
    version: prefs.version,
    labels,
    toDraft,
    send: (draft) => patch.mutateAsync({ changes: toChanges(draft) }),
    onSaved,
    loadCurrent: async (current) => current ?? api('GET /api/v1/preferences'),
    onReloaded: (fresh) => queryClient.setQueryData(preferencesKey, fresh),
  });
  /** Saves `changes`; on success the form shows `after(saved)` (the draft itself by default). */
  const apply = (changes: Changes, after?: (saved: Preferences) => D) => f.saveWith(() => patch.mutateAsync({ changes }), after);
  return { ...f, apply };
}
