import { type ReactNode, type SelectHTMLAttributes, useId } from 'react';

interface Choice {
  value: string;
  label: ReactNode;
  disabled?: boolean;
}

function GroupMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string | undefined }) {
  return (
    <>
      {hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="field-error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

/** Several of a kind (destinations, learning modes): a fieldset whose legend names the question. */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  error,
  hint,
}: {
  legend: string;
  options: readonly Choice[];
  value: readonly string[];
  onChange: (next: string[]) => void;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  const id = useId();
  const toggle = (option: string, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === option ? on : value.includes(v))));
  return (
    <fieldset className="choice-group" aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <GroupMessages id={id} hint={hint} error={error} />
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            value={option.value}
            checked={value.includes(option.value)}
            disabled={option.disabled}
            aria-invalid={error ? true : undefined}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** One of a few (keep / refresh / complete / retire): radio buttons in a fieldset. */
export function RadioGroup({
  legend,
  name,
  options,
  value,
  onChange,
  error,
  hint,
  inline = false,
}: {
  legend: ReactNode;
  name: string;
  options: readonly Choice[];
  value: string;
  onChange: (next: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  inline?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className={inline ? 'choice-group inline' : 'choice-group'} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <GroupMessages id={id} hint={hint} error={error} />
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Like SelectField, but an option can be disabled (and says why in the hint). */
export function OptionSelect({
  label,
  options,
  error,
  hint,
  ...select
}: {
  label: string;
  options: readonly { value: string; label: string; disabled?: boolean }[];
  error?: string | undefined;
  hint?: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <GroupMessages id={id} hint={hint} error={error} />
    </div>
  );
}
