import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Mentorship } from '../../../../src/schemas/mentorships.js';
import { api } from '../../api/client.js';
import { mentorshipsKey, useMentorships } from '../../api/mentorships.js';
import { ConfirmedAction } from '../../components/ConfirmedAction.js';
import { LoadError, Loading } from '../../components/Page.js';
import { formError } from '../../components/formError.js';
import { formatDate } from '../../components/format.js';
import { SectionsForm } from './SectionsForm.js';
import { namesOf } from './words.js';

/** Your mentors and the people you mentor, each saying which side you are on. */
export function MentorshipList() {
  const mentorships = useMentorships();
  if (mentorships.isPending) return <Loading what="Loading your mentorships" />;
  if (mentorships.isError) return <LoadError error={mentorships.error} />;
  const mentors = mentorships.data.filter((m) => m.side === 'engineer');
  const mentees = mentorships.data.filter((m) => m.side === 'mentor');
  return (
    <>
      <section aria-labelledby="mentors-heading">
        <h2 id="mentors-heading">Your mentors</h2>
        {mentors.length === 0 ? (
          <p className="card empty-state">No mentors yet. Invite someone with the form above.</p>
        ) : (
          <ul className="mentorship-list">
            {mentors.map((m) => (
              <MentorItem key={m.id} mentorship={m} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mentees-heading">
        <h2 id="mentees-heading">People you mentor</h2>
        {mentees.length === 0 ? (
          <p className="card empty-state">Nobody has asked you to be their mentor yet.</p>
        ) : (
          <ul className="mentorship-list">
            {mentees.map((m) => (
              <MenteeItem key={m.id} mentorship={m} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function useEnd(mentorship: Mentorship) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api('DELETE /api/v1/mentorships/{id}', { params: { id: mentorship.id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: mentorshipsKey }),
  });
}

const statusWords = (m: Mentorship) =>
  m.status === 'active' && m.acceptedAt ? `Active since ${formatDate(m.acceptedAt.slice(0, 10))}` : 'Invited, not accepted yet';

function MentorItem({ mentorship }: { mentorship: Mentorship }) {
  const end = useEnd(mentorship);
  const who = mentorship.person?.name ?? mentorship.email;
  return (
    <li className="card mentorship">
      <p>
        <strong>{who}</strong>
        {mentorship.person ? ` (${mentorship.email})` : null} · mentors you · {statusWords(mentorship)}
      </p>
      <SectionsForm mentorship={mentorship} who={who} />
      <div className="button-row compact revoke-row">
        <ConfirmedAction
          label="Revoke"
          what={`${who}’s access`}
          message={`Revoke ${who}’s access? They cannot read anything of yours from their next request on.`}
          confirmLabel="Revoke"
          busy={end.isPending}
          error={end.error}
          onConfirm={() => end.mutate()}
        />
      </div>
    </li>
  );
}

function MenteeItem({ mentorship }: { mentorship: Mentorship }) {
  const client = useQueryClient();
  const end = useEnd(mentorship);
  const accept = useMutation({
    mutationFn: () => api('POST /api/v1/mentorships/{id}/accept', { params: { id: mentorship.id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: mentorshipsKey }),
  });
  const who = mentorship.person?.name ?? 'Someone';
  const invited = mentorship.status === 'invited';
  return (
    <li className="card mentorship">
      <p>
        <strong>{who}</strong> · you mentor them · {statusWords(mentorship)}
      </p>
      <p className="muted">They share: {namesOf(mentorship.sections)}.</p>
      <div className="button-row compact">
        {invited ? (
          <button type="button" onClick={() => accept.mutate()} disabled={accept.isPending}>
            Accept<span className="visually-hidden"> {who}’s invitation</span>
          </button>
        ) : null}
        <ConfirmedAction
          label={invited ? 'Decline' : 'Stop mentoring'}
          what={who}
          message={invited ? `Decline ${who}’s invitation?` : `Stop mentoring ${who}? You will no longer see what they share.`}
          confirmLabel={invited ? 'Decline' : 'Stop'}
          busy={end.isPending}
          error={end.error}
          onConfirm={() => end.mutate()}
        />
      </div>
      {accept.error ? (
        <p className="form-error" role="alert">
          {formError(accept.error)}
        </p>
      ) : null}
    </li>
  );
}
