import { type ReactNode, useEffect, useRef, useState } from 'react';

interface Props {
  /** The first button's text; add visually hidden words to tell rows apart. */
  label: ReactNode;
  /** Asked inline once the first button is pressed; the confirm button gets focus. */
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  /** The first button's look: "secondary" (default) or "danger". */
  tone?: 'secondary' | 'danger';
}

/** A destructive action in two steps, both on the page (no window.confirm). Escape cancels. */
export function ConfirmAction({ label, question, confirmLabel, busy = false, onConfirm, tone = 'secondary' }: Props) {
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={trigger} type="button" className={tone} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span
      className="confirm-inline"
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) setAsking(false);
      }}
    >
      <span>{question}</span>
      <button ref={confirm} type="button" className="danger" disabled={busy} aria-busy={busy || undefined} onClick={onConfirm}>
        {busy ? 'Working…' : confirmLabel}
      </button>
      <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
