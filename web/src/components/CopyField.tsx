import { type ReactNode, useId, useRef, useState } from 'react';

/** A one-time secret or link in a read-only field, with a Copy button and an announced result. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: ReactNode }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState('');

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setResult('Copied to the clipboard.');
    } catch {
      // Without clipboard permission, the selected text can still be copied by hand.
      setResult('Could not copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="secondary" onClick={copy}>
          Copy<span className="visually-hidden"> {label.toLowerCase()}</span>
        </button>
      </div>
      {hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      <div role="status" className="field-hint status-line">
        {result}
      </div>
    </div>
  );
}
