import { type FormEvent, useState } from 'react';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { fieldErrors } from '../../api/client.js';
import { TimeZoneField, browserTimeZone } from './TimeZoneField.js';
import { formError } from '../../components/formError.js';

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  timeZone: string;
}

const SHOWN = ['name', 'email', 'password', 'timeZone'];

export const PASSWORD_HINT = 'At least 12 characters. Common passwords are refused; a few random words work well.';

/** Name, email, password and time zone: the first run and joining ask the same. */
export function NewAccountForm({
  submitLabel,
  busyLabel,
  busy,
  error,
  onSubmit,
}: {
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit(account: NewAccount): void;
}) {
  const [account, setAccount] = useState<NewAccount>({ name: '', email: '', password: '', timeZone: browserTimeZone() });
  const fields = fieldErrors(error);
  const set = (key: keyof NewAccount) => (value: string) => setAccount((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(account);
  }

  return (
    <form className="card narrow" onSubmit={submit} noValidate>
      <FormMessage error={formError(error, SHOWN)} />
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        value={account.name}
        onChange={(event) => set('name')(event.target.value)}
        error={fields.name}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={account.email}
        onChange={(event) => set('email')(event.target.value)}
        error={fields.email}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        value={account.password}
        onChange={(event) => set('password')(event.target.value)}
        error={fields.password}
        hint={PASSWORD_HINT}
      />
      <TimeZoneField value={account.timeZone} onChange={set('timeZone')} error={fields.timeZone} />
      <SubmitButton busy={busy} busyLabel={busyLabel}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
