import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Team, TeamInvitation } from '../../../../src/schemas/teams.js';
import { teamLimits } from '../../../../src/schemas/limits.js';
import { api, fieldErrors } from '../../api/client.js';
import { useTeam, useTeamsChanged, useWorkshops } from '../../api/teams.js';
import { ConfirmedAction } from '../../components/ConfirmedAction.js';
import { CopyField } from '../../components/CopyField.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { formError } from '../../components/formError.js';
import { formatDate } from '../../components/format.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { Hidden } from '../../components/text.js';
import { HeatmapSection } from './HeatmapSection.js';
import { consentLabel } from './words.js';
import './teams.css';

function Members({ team }: { team: Team }) {
  const changed = useTeamsChanged();
  const remove = useMutation({
    mutationFn: (membershipId: string) => api('DELETE /api/v1/memberships/{id}', { params: { id: membershipId } }),
    onSuccess: changed,
  });
  const isLead = team.role === 'lead';
  return (
    <section aria-labelledby="members-heading" className="card">
      <h2 id="members-heading" className="section-heading">
        Members
      </h2>
      <p>Lead: {team.lead.name}</p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Members of {team.name}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              {isLead ? <th scope="col">Status</th> : null}
              {isLead ? <th scope="col">Shares</th> : null}
              {isLead ? (
                <th scope="col">
                  <Hidden>Actions</Hidden>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {team.members.map((member) => (
              <tr key={member.membershipId}>
                <th scope="row">{member.name ?? member.email}</th>
                {isLead ? <td>{member.status === 'active' ? 'Member' : 'Invited'}</td> : null}
                {isLead ? <td>{member.status === 'active' ? consentLabel(member.consent) : '—'}</td> : null}
                {isLead ? (
                  <td>
                    {member.userId === team.lead.userId ? null : (
                      <ConfirmedAction
                        label={member.status === 'active' ? 'Remove' : 'Withdraw'}
                        what={member.name ?? member.email ?? 'this person'}
                        message={
                          member.status === 'active'
                            ? `Remove ${member.name} from the team? Their data leaves the team view at once.`
                            : `Withdraw the invitation to ${member.email}?`
                        }
                        confirmLabel="Yes"
                        busy={remove.isPending && remove.variables === member.membershipId}
                        error={remove.variables === member.membershipId ? remove.error : null}
                        onConfirm={() => remove.mutate(member.membershipId)}
                      />
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function InviteForm({ team }: { team: Team }) {
  const changed = useTeamsChanged();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<TeamInvitation | null>(null);
  const invite = useMutation({
    mutationFn: () => api('POST /api/v1/teams/{id}/invitations', { params: { id: team.id }, body: { email } }),
    onMutate: () => setSent(null),
    onSuccess: (result) => {
      setSent(result);
      setEmail('');
      void changed();
    },
  });
  return (
    <section aria-labelledby="invite-heading" className="card">
      <h2 id="invite-heading" className="section-heading">
        Invite someone
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          invite.mutate();
        }}
      >
        <TextField
          label="Email address"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          error={fieldErrors(invite.error).email}
        />
        <FormMessage error={formError(invite.error, ['email'])} />
        <SubmitButton busy={invite.isPending} busyLabel="Inviting…">
          Invite
        </SubmitButton>
      </form>
      <div role="status">
        {sent ? (
          <div className="success team-invite-result">
            {sent.existingAccount ? (
              <p>
                {sent.email} has an account: the invitation waits on their Teams page
                {sent.mailed ? ', and they were emailed' : ''}.
              </p>
            ) : (
              <p>
                {sent.email} has no account yet
                {sent.mailed ? ': we emailed them a link to join' : ': pass them this link to join'}. It works once, for 7 days.
              </p>
            )}
          </div>
        ) : null}
      </div>
      {sent?.joinUrl ? <CopyField label={`Join link for ${sent.email}`} value={sent.joinUrl} /> : null}
    </section>
  );
}

function Settings({ team }: { team: Team }) {
  const changed = useTeamsChanged();
  const [name, setName] = useState(team.name);
  const [membersSee, setMembersSee] = useState(team.membersSeeHeatmap);
  const save = useMutation({
    mutationFn: () =>
      api('PATCH /api/v1/teams/{id}', {
        params: { id: team.id },
        body: { version: team.version, name, membersSeeHeatmap: membersSee },
      }),
    onSuccess: changed,
  });
  return (
    <section aria-labelledby="settings-heading" className="card">
      <h2 id="settings-heading" className="section-heading">
        Team settings
      </h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <TextField
          label="Team name"
          value={name}
          maxLength={teamLimits.name}
          onChange={(event) => setName(event.target.value)}
          required
          error={fieldErrors(save.error).name}
        />
        <div className="field">
          <label>
            <input type="checkbox" checked={membersSee} onChange={(event) => setMembersSee(event.target.checked)} /> Members may
            see the heatmap
          </label>
        </div>
        <FormMessage error={formError(save.error, ['name'])} />
        <SubmitButton busy={save.isPending}>Save settings</SubmitButton>
      </form>
    </section>
  );
}

function Workshops({ teamId }: { teamId: string }) {
  const workshops = useWorkshops(teamId);
  return (
    <section aria-labelledby="workshops-heading" className="card">
      <h2 id="workshops-heading" className="section-heading">
        Workshops
      </h2>
      {workshops.isError ? <LoadError error={workshops.error} /> : null}
      {workshops.data?.length === 0 ? <p>No workshops yet. Draft one from a thin spot in the heatmap.</p> : null}
      <ul>
        {workshops.data?.map((workshop) => (
          <li key={workshop.id}>
            <Link to={`/workshops/${workshop.id}`}>{workshop.title}</Link>
            {workshop.recordedAt ? ' (held' : workshop.date ? ` (${formatDate(workshop.date)}` : ' (draft'}
            {workshop.recordedAt ? `, ${workshop.attendees.length} attended)` : ')'}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function TeamPage() {
  const { id = '' } = useParams();
  const team = useTeam(id);
  const navigate = useNavigate();
  const changed = useTeamsChanged();
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/teams/{id}', { params: { id } }),
    onSuccess: () => {
      void changed();
      void navigate('/teams');
    },
  });
  if (team.isPending) return <Loading what="Loading the team" />;
  if (team.isError) {
    return (
      <Page title="Team">
        <LoadError error={team.error} />
        <p>
          <Link to="/teams">Back to your teams</Link>
        </p>
      </Page>
    );
  }
  const isLead = team.data.role === 'lead';
  return (
    <Page title={team.data.name}>
      <p>
        <Link to="/teams">All your teams</Link>
      </p>
      <Members team={team.data} />
      {isLead ? <InviteForm team={team.data} /> : null}
      {isLead || team.data.membersSeeHeatmap ? (
        <HeatmapSection teamId={id} isLead={isLead} />
      ) : (
        <p>The lead has not shared the team’s heatmap with members.</p>
      )}
      <Workshops teamId={id} />
      {isLead ? <Settings key={team.data.version} team={team.data} /> : null}
      {isLead ? (
        <div className="button-row">
          <ConfirmedAction
            label="Delete team"
            what={team.data.name}
            message={`Delete ${team.data.name}, its memberships and workshops? Members keep their own data.`}
            confirmLabel="Yes, delete"
            busy={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate()}
          />
        </div>
      ) : null}
    </Page>
  );
}
