import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Consent, Membership } from '../../../../src/schemas/teams.js';
import { teamLimits } from '../../../../src/schemas/limits.js';
import { api, fieldErrors } from '../../api/client.js';
import { useMemberships, useTeamsChanged } from '../../api/teams.js';
import { RadioGroup } from '../../components/choices.js';
import { ConfirmedAction } from '../../components/ConfirmedAction.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { formError } from '../../components/formError.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { consentLabel, consentOptions } from './words.js';
import './teams.css';

function InvitationCard({ membership }: { membership: Membership }) {
  const changed = useTeamsChanged();
  const [consent, setConsent] = useState<Consent>('levels');
  const accept = useMutation({
    mutationFn: () =>
      api('PATCH /api/v1/memberships/{id}', {
        params: { id: membership.id },
        body: { version: membership.version, status: 'active', consent },
      }),
    onSuccess: changed,
  });
  const decline = useMutation({
    mutationFn: () => api('DELETE /api/v1/memberships/{id}', { params: { id: membership.id } }),
    onSuccess: changed,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate();
  };
  return (
    <li className="card team-invitation">
      <h3>{membership.teamName}</h3>
      <p>
        {membership.leadName} invites you to this team. You choose what they may see, and you can change it or leave at any time.
      </p>
      <form onSubmit={submit}>
        <RadioGroup
          legend="What the lead may see"
          name={`consent-${membership.id}`}
          options={consentOptions}
          value={consent}
          onChange={(next) => setConsent(consentOptions.find((o) => o.value === next)?.value ?? 'levels')}
        />
        <FormMessage error={formError(accept.error)} />
        <div className="button-row">
          <SubmitButton busy={accept.isPending}>Accept</SubmitButton>
          <ConfirmedAction
            label="Decline"
            what={`the invitation to ${membership.teamName}`}
            message={`Decline the invitation to ${membership.teamName}?`}
            confirmLabel="Yes, decline"
            busy={decline.isPending}
            error={decline.error}
            onConfirm={() => decline.mutate()}
          />
        </div>
      </form>
    </li>
  );
}

function MembershipRow({ membership }: { membership: Membership }) {
  const changed = useTeamsChanged();
  const [consent, setConsent] = useState<Consent>(membership.consent ?? 'levels');
  const [saved, setSaved] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api('PATCH /api/v1/memberships/{id}', { params: { id: membership.id }, body: { version: membership.version, consent } }),
    onMutate: () => setSaved(''),
    onSuccess: () => {
      setSaved('Saved. It applies from the next time the lead looks.');
      void changed();
    },
  });
  const leave = useMutation({
    mutationFn: () => api('DELETE /api/v1/memberships/{id}', { params: { id: membership.id } }),
    onSuccess: changed,
  });
  return (
    <li className="card team-membership">
      <h3>
        <Link to={`/teams/${membership.teamId}`}>{membership.teamName}</Link>
      </h3>
      {membership.isLead ? (
        <p>You lead this team. Your skills and levels are in its heatmap.</p>
      ) : (
        <>
          <p>
            Lead: {membership.leadName}. The lead sees: {consentLabel(membership.consent)}.
          </p>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate();
            }}
          >
            <RadioGroup
              legend="Change what the lead may see"
              name={`consent-${membership.id}`}
              options={consentOptions}
              value={consent}
              onChange={(next) => setConsent(consentOptions.find((o) => o.value === next)?.value ?? consent)}
            />
            <FormMessage error={formError(save.error)} />
            <p role="status" className="status-line">
              {saved}
            </p>
            <div className="button-row">
              <SubmitButton busy={save.isPending}>Save what I share</SubmitButton>
              <ConfirmedAction
                label="Leave"
                what={membership.teamName}
                message={`Leave ${membership.teamName}? Your data leaves the team’s view at once.`}
                confirmLabel="Yes, leave"
                busy={leave.isPending}
                error={leave.error}
                onConfirm={() => leave.mutate()}
              />
            </div>
          </form>
        </>
      )}
    </li>
  );
}

function CreateTeamForm() {
  const navigate = useNavigate();
  const changed = useTeamsChanged();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => api('POST /api/v1/teams', { body: { name } }),
    onSuccess: (team) => {
      void changed();
      void navigate(`/teams/${team.id}`);
    },
  });
  const error = create.error;
  return (
    <section aria-labelledby="create-team" className="card">
      <h2 id="create-team" className="section-heading">
        Create a team
      </h2>
      <p>You lead the team you create: you invite people, and each of them decides what you may see.</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <TextField
          label="Team name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={teamLimits.name}
          required
          error={fieldErrors(error).name}
        />
        <FormMessage error={formError(error, ['name'])} />
        <SubmitButton busy={create.isPending} busyLabel="Creating…">
          Create team
        </SubmitButton>
      </form>
    </section>
  );
}

export default function TeamsPage() {
  const memberships = useMemberships();
  const invited = memberships.data?.filter((m) => m.status === 'invited') ?? [];
  const active = memberships.data?.filter((m) => m.status === 'active') ?? [];
  return (
    <Page title="Teams">
      {memberships.isPending ? <Loading what="Loading your teams" /> : null}
      {memberships.isError ? <LoadError error={memberships.error} /> : null}
      {invited.length > 0 ? (
        <section aria-labelledby="invitations">
          <h2 id="invitations">Invitations</h2>
          <ul className="team-cards">
            {invited.map((m) => (
              <InvitationCard key={m.id} membership={m} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="my-teams">
        <h2 id="my-teams">My teams</h2>
        {memberships.data && active.length === 0 ? (
          <p>You are in no team yet. Create one below, or accept an invitation.</p>
        ) : null}
        <ul className="team-cards">
          {active.map((m) => (
            <MembershipRow key={m.id} membership={m} />
          ))}
        </ul>
      </section>
      <CreateTeamForm />
    </Page>
  );
}
