import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { endorsementLimits } from '../../../../src/schemas/limits.js';
import { useArtifacts } from '../../api/artifacts.js';
import { api, fieldErrors } from '../../api/client.js';
import { endorsementsKey } from '../../api/endorsements.js';
import { useMap } from '../../api/map.js';
import { CopyField } from '../../components/CopyField.js';
import { CheckboxGroup } from '../../components/choices.js';
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from '../../components/fields.js';
import { formError } from '../../components/formError.js';
import { formatDate } from '../../components/format.js';

const emptyDraft = { name: '', email: '', relationship: '', skillIds: [] as string[], artifactId: '', message: '' };
const shownFields = ['name', 'email', 'relationship', 'skillIds', 'artifactId', 'message'];

/** Ask someone for an endorsement; the link is shown once, with whether it was also mailed. */
export function AskForm() {
  const client = useQueryClient();
  const map = useMap();
  const artifacts = useArtifacts();
  const [draft, setDraft] = useState(emptyDraft);
  const ask = useMutation({
    mutationFn: () =>
      api('POST /api/v1/endorsement-requests', {
        body: {
          name: draft.name,
          email: draft.email.trim() || null,
          relationship: draft.relationship,
          skillIds: draft.skillIds,
          artifactId: draft.artifactId || null,
          message: draft.message,
        },
      }),
    onSuccess: async () => {
      setDraft(emptyDraft);
      await client.invalidateQueries({ queryKey: endorsementsKey });
    },
  });
  const errors = fieldErrors(ask.error);
  const skillError = Object.entries(errors).find(([name]) => name.startsWith('skillIds'))?.[1];
  const set = (key: 'name' | 'email' | 'relationship' | 'artifactId' | 'message') => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };
  const skills = (map.data?.destinations ?? []).flatMap((d) =>
    d.skills.map((s) => ({ value: s.id, label: `${s.name} (${d.title})` })),
  );
  return (
    <section className="card" aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask for an endorsement</h2>
      <p className="muted">
        Someone who saw your work answers through a private link, without an account. Name the skills or the artifact they can
        speak to; they see the level words and say what they observed.
      </p>
      {ask.data ? (
        <div className="success ask-result" role="status">
          <p>
            Request created.{' '}
            {ask.data.mailed ? 'It was also sent by email.' : 'It was not sent by email: copy the link and send it yourself.'} The
            link works until {formatDate(ask.data.expiresAt.slice(0, 10))}, once, and is shown only now.
          </p>
          <CopyField label="Endorsement link" value={ask.data.url} />
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <FormMessage error={formError(ask.error, shownFields)} />
        <TextField
          label="Their name"
          value={draft.name}
          onChange={set('name')}
          maxLength={endorsementLimits.name}
          error={errors.name}
          required
        />
        <TextField
          label="Their email (optional)"
          type="email"
          value={draft.email}
          onChange={set('email')}
          error={errors.email}
          hint="With email set up on this server, the link is mailed to them; otherwise you copy it."
        />
        <TextField
          label="How they know you (optional)"
          value={draft.relationship}
          onChange={set('relationship')}
          maxLength={endorsementLimits.relationship}
          error={errors.relationship}
        />
        {skills.length > 0 ? (
          <CheckboxGroup
            legend="Skills they can speak to"
            options={skills}
            value={draft.skillIds}
            onChange={(skillIds) => setDraft((d) => ({ ...d, skillIds }))}
            error={skillError}
          />
        ) : (
          <p className="muted">Add skills to your map to ask about them.</p>
        )}
        <SelectField
          label="Artifact in question (optional)"
          value={draft.artifactId}
          onChange={set('artifactId')}
          error={errors.artifactId}
          options={[{ value: '', label: 'None' }, ...(artifacts.data ?? []).map((a) => ({ value: a.id, label: a.title }))]}
        />
        <TextAreaField
          label="Message (optional)"
          value={draft.message}
          onChange={set('message')}
          maxLength={endorsementLimits.message}
          rows={3}
          error={errors.message}
        />
        <div className="button-row">
          <SubmitButton busy={ask.isPending} busyLabel="Creating the link…">
            Create the link
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
