import {
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useState,
} from 'react';

interface FieldShell {
  label: string;
  /** The server's message for this field, shown under it and announced. */
  error?: string | undefined;
  hint?: ReactNode;
}

/** What a control needs to be tied to its label, hint and error. */
interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The label, the control, then the hint, the length counter and the error, all tied together by ids. */
function Field({
  label,
  error,
  hint,
  count,
  control,
}: FieldShell & { count?: Count | undefined; control: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, count ? countId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint ? (
        <div className="field-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {count ? <LengthCount id={countId} {...count} /> : null}
      {error ? (
        <div className="field-error" id={errorId}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

interface Count {
  length: number;
  max: number;
}

/** Nearly full: the last tenth of the limit, when the counter speaks up. */
const nearlyFull = ({ length, max }: Count) => max - length <= Math.max(5, Math.ceil(max / 10));

/**
 * "12 / 120" under a field with a limit, read with the field's description. It is not a live region, so
 * typing is not interrupted key by key; only when the text nears the limit, and the typing pauses, a
 * polite status says how many characters are left.
 */
function LengthCount({ id, length, max }: Count & { id: string }) {
  const left = max - length;
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    if (!nearlyFull({ length, max })) {
      setSpoken('');
      return;
    }
    const timer = window.setTimeout(() => setSpoken(left > 0 ? `${left} characters left` : 'No characters left'), 1000);
    return () => window.clearTimeout(timer);
  }, [left, length, max]);
  return (
    <div className={nearlyFull({ length, max }) ? 'field-count nearly-full' : 'field-count'}>
      <span id={id}>
        <span aria-hidden="true">
          {length} / {max}
        </span>
        <span className="visually-hidden">
          Up to {max} characters; {length} used.
        </span>
      </span>
      <span className="visually-hidden" role="status">
        {spoken}
      </span>
    </div>
  );
}

/**
 * The counter of a text control with `maxLength`: the length comes from `value` when the
 * parent holds it, else it is counted here as the person types.
 */
function useCounter<E extends HTMLInputElement | HTMLTextAreaElement>(input: {
  value?: unknown;
  defaultValue?: unknown;
  maxLength?: number;
  onChange?: (event: ChangeEvent<E>) => void;
}) {
  const [typed, setTyped] = useState(String(input.defaultValue ?? '').length);
  const length = input.value === undefined ? typed : String(input.value ?? '').length;
  const onChange = (event: ChangeEvent<E>) => {
    setTyped(event.target.value.length);
    input.onChange?.(event);
  };
  return { count: input.maxLength ? { length, max: input.maxLength } : undefined, onChange };
}

/** A text input; with `maxLength` it shows the limit and how much is used before anyone submits. */
export function TextField({ label, error, hint, ...input }: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const { count, onChange } = useCounter(input);
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      count={count}
      control={(props) => <input {...props} {...input} onChange={onChange} />}
    />
  );
}

/** A textarea; with `maxLength` it shows the limit and how much is used before anyone submits. */
export function TextAreaField({ label, error, hint, ...input }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { count, onChange } = useCounter(input);
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      count={count}
      control={(props) => <textarea {...props} {...input} onChange={onChange} />}
    />
  );
}

export function SelectField({
  label,
  error,
  hint,
  options,
  ...select
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly { value: string; label: string }[] }) {
  return (
    <Field
      label={label}
      error={error}
      hint={hint}
      control={(props) => (
        <select {...props} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A form-level message (not tied to one field), announced when it appears. */
export function FormMessage({ error }: { error?: string | null | undefined }) {
  return (
    <div role="alert" className={error ? 'form-error' : undefined}>
      {error ?? null}
    </div>
  );
}

export function SubmitButton({ busy, children, busyLabel }: { busy: boolean; children: ReactNode; busyLabel?: string }) {
  return (
    <button type="submit" disabled={busy} aria-busy={busy || undefined}>
      {busy ? (busyLabel ?? 'Saving…') : children}
    </button>
  );
}
