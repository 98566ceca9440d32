import { type ReactNode, useEffect, useRef } from 'react';

/** Delete asks here, in the page, never in a browser dialog. Focus starts on Cancel. */
export function InlineConfirm({
  message,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  message: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-label="Confirm deletion">
      <p>{message}</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Deleting…' : confirmLabel}
        </button>
        <button type="button" className="secondary" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
