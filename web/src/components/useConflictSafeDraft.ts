import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { fieldErrors, isConflict } from '../api/client.js';
import { type Difference, rebase, useFocusFirstInvalid } from './saveProblems.js';

export interface ConflictSafeDraftOptions<R extends { version: number }, D extends object> {
  /** What the form opens with: the record's values, or blank ones when creating. */
  initial: D | (() => D);
  /** The version the record was read at; undefined when creating. */
  version: number | undefined;
  /** Field names, for the list of fields both sides changed. */
  labels: Record<keyof D, string>;
  toDraft: (record: R) => D;
  /** Saves the draft: a PATCH carrying `version` when editing, a POST when creating. */
  send: (draft: D, from: { base: D; version: number | undefined }) => Promise<R>;
  /** After a save; the save stays busy until a returned promise settles. */
  onSaved?: (saved: R) => unknown;
  /** The latest saved record. `conflictCurrent` is what the 409 carried, unchecked: it may be absent or another record. */
  loadCurrent: (conflictCurrent: R | undefined) => Promise<R>;
  /** After a reload, e.g. to put the fresh record in the query cache. */
  onReloaded?: (fresh: R) => void;
  /** How a both-sides change shows the saved value (e.g. a level's name rather than its key). */
  showSaved?: (difference: Difference) => Difference;
}

/**
 * An edit form's draft under optimistic concurrency: saves send the version the draft started from, and a
 * 409 offers a reload that puts the user's edits on top of the saved version (see rebase in bits).
 */
export function useConflictSafeDraft<R extends { version: number }, D extends object>(options: ConflictSafeDraftOptions<R, D>) {
  const { labels, toDraft, send, onSaved, loadCurrent, onReloaded, showSaved } = options;
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(options.initial);
  const [base, setBase] = useState(options.initial);
  const [version, setVersion] = useState(options.version);
  const [reloaded, setReloaded] = useState<{ saved: D; differences: Difference[] } | null>(null);
  const save = useMutation({
    mutationFn: ({ sendNow }: { sendNow: () => Promise<R>; next: (saved: R) => D }) => sendNow(),
    onSuccess: async (saved, { next }) => {
      await onSaved?.(saved);
      // Forms that stay open carry on from what was saved.
      const shown = next(saved);
      setVersion(saved.version);
      setBase(shown);
      setDraft(shown);
      setReloaded(null);
    },
  });
  const reload = useMutation({
    mutationFn: () => loadCurrent(isConflict(save.error) ? (save.error.current as R | undefined) : undefined),
    onSuccess: (fresh) => {
      onReloaded?.(fresh);
      const saved = toDraft(fresh);
      const { merged, differences } = rebase(draft, base, saved, labels);
      setVersion(fresh.version);
      setBase(saved);
      setDraft(merged);
      setReloaded({ saved, differences: showSaved ? differences.map(showSaved) : differences });
      save.reset();
    },
  });
  useFocusFirstInvalid(form, save.error);

  /** Saves with a request of the caller's own; afterwards the form shows `next(saved)` (the draft as sent by default). */
  const saveWith = (sendNow: () => Promise<R>, next: (saved: R) => D = () => draft) => save.mutate({ sendNow, next });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saveWith(() => send(draft, { base, version }));
  };
  const set = (key: keyof D) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const adoptSaved = (saved: D) => {
    setDraft(saved);
    setReloaded(null);
  };
  return {
    form,
    draft,
    setDraft,
    /** An onChange for a text or select field. */
    set,
    errors: fieldErrors(save.error),
    save,
    reload,
    reloaded,
    submit,
    saveWith,
    adoptSaved,
    /** Spread into <SaveProblems />. */
    saveProblems: { saveError: save.error, reload, reloaded, onUseSaved: adoptSaved },
  };
}
