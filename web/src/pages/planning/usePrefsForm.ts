import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import type { Preferences } from '../../../../src/schemas/planning.js';
import { api, fieldErrors, isConflict } from '../../api/client.js';
import { type Difference, rebase, useFocusFirstInvalid } from '../map/bits.js';
import { preferencesKey } from './queries.js';
import { usePreferencesPatch } from './usePreferencesPatch.js';

type Changes = Parameters<ReturnType<typeof usePreferencesPatch>['mutate']>[0]['changes'];

/**
 * One settings form over the shared preferences: it saves with the version this tab last read, and a
 * 409 from another tab reloads the saved values under the user's edits (as the map forms do).
 */
export function usePrefsForm<D extends object>(
  prefs: Preferences,
  toDraft: (p: Preferences) => D,
  labels: Record<keyof D, string>,
  toChanges: (draft: D) => Changes,
  onSaved: (saved: Preferences) => void,
) {
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => toDraft(prefs));
  const [base, setBase] = useState(() => toDraft(prefs));
  const [reloaded, setReloaded] = useState<{ saved: D; differences: Difference[] } | null>(null);
  const save = usePreferencesPatch();
  const reload = useMutation({
    mutationFn: async () =>
      (isConflict(save.error) ? (save.error.current as Preferences | undefined) : undefined) ??
      api<Preferences>('GET', '/api/v1/preferences'),
    onSuccess: (fresh) => {
      queryClient.setQueryData(preferencesKey, fresh);
      const saved = toDraft(fresh);
      const { merged, differences } = rebase(draft, base, saved, labels);
      setBase(saved);
      setDraft(merged);
      setReloaded({ saved, differences });
      save.reset();
    },
  });
  useFocusFirstInvalid(form, save.error);
  /** Saves `changes`; on success the form shows `after(saved)` (the draft itself by default). */
  const apply = (changes: Changes, after?: (saved: Preferences) => D) =>
    save.mutate(
      { changes },
      {
        onSuccess: (saved) => {
          const next = after ? after(saved) : draft;
          setBase(next);
          setDraft(next);
          setReloaded(null);
          onSaved(saved);
        },
      },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(toChanges(draft));
  };
  return {
    form,
    draft,
    setDraft,
    save,
    reload,
    reloaded,
    errors: fieldErrors(save.error),
    submit,
    apply,
    useSaved: (saved: D) => {
      setDraft(saved);
      setReloaded(null);
    },
  };
}
