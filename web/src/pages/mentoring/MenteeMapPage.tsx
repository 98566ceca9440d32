import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { RatedSkill } from '../../../../src/schemas/mentorRatings.js';
import { limits } from '../../../../src/schemas/limits.js';
import { api } from '../../api/client.js';
import { useMentoringChanged, useRatings } from '../../api/mentoring.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { SmartBadges } from '../../components/SmartBadges.js';
import { FormMessage, SelectField, SubmitButton, TextField } from '../../components/fields.js';
import { categories, levelName, levelOptions } from '../../components/format.js';
import { formError } from '../../components/formError.js';
import { CommentThread } from './CommentThread.js';
import { MenteeArtifacts, MenteeCycles } from './MenteeRecords.js';
import { RatingsTable } from './RatingsTable.js';
import './mentoring.css';

/** A mentor's rating of one skill: level and note, added to the history. */
function RateSkill({ skill, name, owner }: { skill: RatedSkill; name: string; owner: string }) {
  const changed = useMentoringChanged();
  const [level, setLevel] = useState(skill.mentors[0]?.level ?? skill.selfLevel);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="rating-form"
      aria-label={`Rate ${skill.name}`}
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          await api('POST /api/v1/skills/{id}/mentor-ratings', {
            params: { id: skill.skillId },
            query: { owner },
            body: { level, note: note.trim() || undefined },
          });
          setNote('');
          await changed();
        } catch (caught) {
          setError(formError(caught, ['level', 'note']));
        } finally {
          setBusy(false);
        }
      }}
    >
      <SelectField
        label={`Your rating of ${name}’s ${skill.name}`}
        options={levelOptions}
        value={level}
        onChange={(event) => setLevel(levelOptions.find((o) => o.value === event.target.value)?.value ?? level)}
      />
      <TextField
        label="Note (optional)"
        maxLength={limits.ratingNote}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <SubmitButton busy={busy}>Rate</SubmitButton>
      <FormMessage error={error} />
    </form>
  );
}

/**
 * A mentee's map as their mentor sees it: read-only (no edit control is rendered), under a banner that
 * says whose map it is, with comment threads on each destination and a rating form on each skill.
 */
export default function MenteeMapPage() {
  const { id: owner = '' } = useParams();
  const map = useQuery({ queryKey: ['mentoring', 'map', owner], queryFn: () => api('GET /api/v1/map', { query: { owner } }) });
  const ratings = useRatings(owner);
  const people = useQuery({ queryKey: ['mentoring', 'mentees'], queryFn: () => api('GET /api/v1/mentees') });
  const mentee = people.data?.find((m) => m.mentee.userId === owner);
  const who = mentee?.mentee.name ?? 'this person';
  const title = mentee ? `${mentee.mentee.name}’s Growth Map` : 'Growth Map';

  // Opening the map is the look the dashboard counts changes from.
  useEffect(() => {
    if (map.isSuccess && mentee) void api('POST /api/v1/mentees/{id}/seen', { params: { id: owner } });
  }, [map.isSuccess, mentee, owner]);

  if (map.isPending || people.isPending)
    return (
      <Page title={title}>
        <Loading what="Loading the map" />
      </Page>
    );
  if (map.isError)
    return (
      <Page title={title}>
        <LoadError error={map.error} />
      </Page>
    );
  const active = map.data.destinations.filter((d) => d.status === 'active');
  return (
    <Page title={title}>
      <p className="mentor-banner" role="note">
        Viewing {who}’s map as their mentor. You can read it, comment and rate skills; only {who} changes it.
      </p>
      <p>
        <Link to="/mentees">Back to your mentees</Link>
        {mentee?.sections.includes('feedback') ? (
          <>
            {' · '}
            <Link to={`/mentees/${owner}/roadmap-review`}>Roadmap review</Link>
          </>
        ) : null}
      </p>
      {map.data.role ? <p>Role: {map.data.role}</p> : null}
      {active.length === 0 ? <p>No active destinations.</p> : null}
      {active.map((destination) => {
        const headingId = `destination-${destination.id}`;
        return (
          <section key={destination.id} className="card" aria-labelledby={headingId}>
            <h2 id={headingId}>{destination.title}</h2>
            <p className="muted">{categories[destination.category].label}</p>
            <SmartBadges smart={destination.smart} labelledBy={headingId} />
            <dl className="destination-facts">
              <div>
                <dt>Measure</dt>
                <dd>{destination.measure ?? '—'}</dd>
              </div>
              <div>
                <dt>Why it matters</dt>
                <dd>{destination.businessImpact ?? '—'}</dd>
              </div>
              <div>
                <dt>Target date</dt>
                <dd>{destination.targetDate ?? '—'}</dd>
              </div>
            </dl>
            <h3>Skills</h3>
            {destination.skills.length === 0 ? <p className="muted">No skills yet.</p> : null}
            <ul className="mentee-skills">
              {destination.skills.map((skill) => {
                const rated = ratings.data?.find((r) => r.skillId === skill.id);
                return (
                  <li key={skill.id}>
                    <p className="mentee-skill">
                      <strong>{skill.name}</strong>
                      <span>
                        Own level {levelName(skill.currentLevel)}, target {levelName(skill.targetLevel)}
                      </span>
                      {rated?.mentors[0] ? <span>Your rating: {levelName(rated.mentors[0].level)}</span> : null}
                    </p>
                    {rated ? <RateSkill skill={rated} name={who} owner={owner} /> : null}
                  </li>
                );
              })}
            </ul>
            <h3>Comments</h3>
            <CommentThread subjectKind="destination" subjectId={destination.id} label={destination.title} />
          </section>
        );
      })}
      {mentee?.sections.includes('cycles') ? <MenteeCycles owner={owner} /> : null}
      {mentee?.sections.includes('evidence') ? <MenteeArtifacts owner={owner} /> : null}
      {ratings.data && ratings.data.length > 0 ? (
        <section aria-labelledby="ratings-heading">
          <h2 id="ratings-heading">Ratings side by side</h2>
          <RatingsTable skills={ratings.data} caption={`${who}’s own levels and your ratings`} />
        </section>
      ) : null}
    </Page>
  );
}
