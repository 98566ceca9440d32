import { type ReactNode, useRef, useState } from 'react';
import { InlineConfirm } from './InlineConfirm.js';
import { Hidden } from './text.js';

/**
 * A row's destructive button ("Delete", "Revert") that asks in place first. Cancel gives focus
 * back to the button, so a keyboard user stays where they were; a refusal shows under it.
 */
export function ConfirmedAction({
  label,
  what,
  message,
  confirmLabel,
  busy,
  error,
  onConfirm,
}: {
  /** The button's visible word. */
  label: string;
  /** What it acts on, read after the label by screen readers ("Delete the Monzo web ladder"). */
  what: string;
  message: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: Error | null;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (!asking) {
    return (
      <button type="button" ref={button} className="secondary danger-text" onClick={() => setAsking(true)}>
        {label}
        <Hidden> {what}</Hidden>
      </button>
    );
  }
  return (
    <>
      <InlineConfirm
        message={message}
        confirmLabel={confirmLabel}
        busy={busy}
        onConfirm={onConfirm}
        onCancel={() => {
          setAsking(false);
          requestAnimationFrame(() => button.current?.focus());
        }}
      />
      {error ? (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      ) : null}
    </>
  );
}
