import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, fieldErrors } from '../../api/client.js';
import { mentorshipsKey } from '../../api/mentorships.js';
import { CopyField } from '../../components/CopyField.js';
import { CheckboxGroup } from '../../components/choices.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { formError } from '../../components/formError.js';
import { inOrder, sectionOptions } from './words.js';

const emptyDraft = { email: '', sections: ['map'] as string[] };

/** Invite a mentor by email; someone without an account gets a link to join, shown once. */
export function InviteForm() {
  const client = useQueryClient();
  const [draft, setDraft] = useState(emptyDraft);
  const invite = useMutation({
    mutationFn: () => api('POST /api/v1/mentorships', { body: { email: draft.email, sections: inOrder(draft.sections) } }),
    onSuccess: async () => {
      setDraft(emptyDraft);
      await client.invalidateQueries({ queryKey: mentorshipsKey });
    },
  });
  const errors = fieldErrors(invite.error);
  const sectionError = Object.entries(errors).find(([name]) => name.startsWith('sections'))?.[1];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate();
  };
  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a mentor</h2>
      <p className="muted">
        Your mentor reads only the sections you tick, never changes your records, and you see every time they look. You can change
        or end it at any time; it counts from their next request.
      </p>
      {invite.data ? (
        <div className="success invite-result" role="status">
          {invite.data.invitationUrl ? (
            <>
              <p>
                {invite.data.email} has no account yet.{' '}
                {invite.data.mailed
                  ? 'The link to join was sent by email.'
                  : 'Copy the link to join and send it yourself: it is shown only now and works for a week.'}
              </p>
              <CopyField label="Link to join" value={invite.data.invitationUrl} />
            </>
          ) : (
            <p>
              Invited {invite.data.person?.name ?? invite.data.email}. They accept under People → Mentors
              {invite.data.mailed ? '; they were also told by email' : ''}.
            </p>
          )}
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <FormMessage error={formError(invite.error, ['email', 'sections'])} />
        <TextField
          label="Their email"
          type="email"
          autoComplete="off"
          value={draft.email}
          onChange={(event) => setDraft((d) => ({ ...d, email: event.target.value }))}
          error={errors.email}
          required
        />
        <CheckboxGroup
          legend="What they may read"
          options={sectionOptions}
          value={draft.sections}
          onChange={(picked) => setDraft((d) => ({ ...d, sections: picked }))}
          error={sectionError}
        />
        <div className="button-row">
          <SubmitButton busy={invite.isPending} busyLabel="Inviting…">
            Invite
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
