import { type RefObject, useEffect } from 'react';
import { isConflict } from '../api/client.js';
import { FormMessage } from './fields.js';
import { formError } from './formError.js';

/** After a failed save, put the cursor in the first field the server complained about. */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, error: unknown) {
  useEffect(() => {
    if (error) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, form]);
}

/** Shown when a save met a newer version (409): reloading keeps the draft. */
export function ConflictNotice({ onReload, busy }: { onReload: () => void; busy?: boolean }) {
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>This changed elsewhere.</strong> A newer version was saved (perhaps in another tab) since you opened it. Reload to
        get it — what you typed stays in the form, so you can apply it again.
      </p>
      <button type="button" onClick={onReload} disabled={busy}>
        Reload
      </button>
    </div>
  );
}

export interface Difference {
  label: string;
  saved: string;
}

/**
 * A three-way merge after a conflict: fields the user changed since `base` keep the draft, the rest take
 * the saved version. `differences` lists the fields both sides changed differently, with the saved value.
 */
export function rebase<T extends object>(draft: T, base: T, saved: T, labels: Record<keyof T, string>) {
  const merged = { ...saved };
  const differences: Difference[] = [];
  for (const key of Object.keys(labels) as (keyof T)[]) {
    if (draft[key] === base[key]) continue;
    merged[key] = draft[key];
    if (saved[key] !== base[key] && saved[key] !== draft[key])
      differences.push({ label: labels[key], saved: String(saved[key] ?? '') });
  }
  return { merged, differences };
}

/** After a reload: the user's edits sit on top of the saved version; both-sides changes are listed. */
export function ReloadedNote({ differences, onUseSaved }: { differences: Difference[]; onUseSaved: () => void }) {
  return (
    <div className="notice reloaded" role="status">
      <p>
        Reloaded the latest version. Fields you had not touched now show what was saved; your own edits are kept. Save to apply
        them.
        {differences.length > 0 ? ' These fields were also changed elsewhere, where the saved version says:' : ''}
      </p>
      {differences.length > 0 ? (
        <ul>
          {differences.map((d) => (
            <li key={d.label}>
              <strong>{d.label}:</strong> {d.saved || '(empty)'}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="secondary" onClick={onUseSaved}>
        Discard my edits and use the saved version
      </button>
    </div>
  );
}

/** Everything a failed save can show under a form: the conflict and its reload, or the error. */
export function SaveProblems<T>({
  saveError,
  reload,
  reloaded,
  onUseSaved,
}: {
  saveError: unknown;
  reload: { mutate: () => void; isPending: boolean; error: Error | null };
  reloaded: { differences: Difference[]; saved: T } | null;
  onUseSaved: (saved: T) => void;
}) {
  return (
    <>
      {isConflict(saveError) ? <ConflictNotice onReload={() => reload.mutate()} busy={reload.isPending} /> : null}
      {reloaded ? <ReloadedNote differences={reloaded.differences} onUseSaved={() => onUseSaved(reloaded.saved)} /> : null}
      <FormMessage error={(isConflict(saveError) ? null : formError(saveError)) ?? reload.error?.message ?? null} />
    </>
  );
}
