import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { SignedIn, User } from '../../../../src/schemas/accounts.js';
import { api, fieldErrors, isConflict } from '../../api/client.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { TimeZoneField } from './TimeZoneField.js';
import { formError } from '../../components/formError.js';

type Profile = Pick<User, 'name' | 'email' | 'timeZone'>;
const pick = ({ name, email, timeZone }: User): Profile => ({ name, email, timeZone });

/** Name, email and time zone, saved against the version they were loaded at. */
export function ProfileForm({ user }: { user: User }) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(user);
  const [draft, setDraft] = useState<Profile>(() => pick(user));
  const [saved, setSaved] = useState('');
  const save = useMutation({
    mutationFn: (profile: Profile) => api('PATCH /api/v1/me', { body: { version: base.version, ...profile } }),
    onMutate: () => setSaved(''),
    onSuccess: (updated) => {
      setBase(updated);
      setDraft(pick(updated));
      queryClient.setQueryData<SignedIn | null>(['me'], (me) => (me ? { ...me, user: updated } : me));
      setSaved('Your details are saved.');
    },
  });
  const conflict = isConflict(save.error) ? (save.error.current as User | undefined) : undefined;
  const fields = fieldErrors(save.error);
  const set = (key: keyof Profile) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(draft);
  }

  /** Take the newer version as the base but keep what was typed, so saving again overwrites on purpose. */
  function takeLatest(keepTyped: boolean) {
    if (!conflict) return;
    setBase(conflict);
    if (!keepTyped) setDraft(pick(conflict));
    queryClient.setQueryData<SignedIn | null>(['me'], (me) => (me ? { ...me, user: conflict } : me));
    save.reset();
    setSaved(
      keepTyped
        ? 'Loaded the latest version. Your changes are still in the form: save to apply them.'
        : 'Showing the latest saved details.',
    );
  }

  return (
    <form className="card narrow" onSubmit={submit} noValidate aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="section-heading">
        Your details
      </h2>
      {conflict ? (
        <div role="alert" className="notice">
          <p>
            Your account was changed somewhere else (another tab or device) since you opened this page. Saved there:{' '}
            {conflict.name}, {conflict.email}, {conflict.timeZone.replaceAll('_', ' ')}.
          </p>
          <div className="button-row">
            <button type="button" onClick={() => takeLatest(true)}>
              Reload, keeping my changes
            </button>
            <button type="button" className="secondary" onClick={() => takeLatest(false)}>
              Discard my changes
            </button>
          </div>
        </div>
      ) : (
        <FormMessage error={formError(save.error, ['name', 'email', 'timeZone'])} />
      )}
      <TextField
        label="Name"
        name="name"
        autoComplete="name"
        required
        value={draft.name}
        onChange={(e) => set('name')(e.target.value)}
        error={fields.name}
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={draft.email}
        onChange={(e) => set('email')(e.target.value)}
        error={fields.email}
        hint="You sign in with this address."
      />
      <TimeZoneField value={draft.timeZone} onChange={set('timeZone')} error={fields.timeZone} />
      <div className="button-row">
        <SubmitButton busy={save.isPending}>Save details</SubmitButton>
        <span role="status" className="muted">
          {saved}
        </span>
      </div>
    </form>
  );
}
