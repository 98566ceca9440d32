import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Workshop } from '../../../../src/schemas/teams.js';
import { teamLimits } from '../../../../src/schemas/limits.js';
import { api, fieldErrors, urlOf } from '../../api/client.js';
import { useTeam, useTeamsChanged, useWorkshop } from '../../api/teams.js';
import { CheckboxGroup } from '../../components/choices.js';
import { FormMessage, SubmitButton, TextAreaField, TextField } from '../../components/fields.js';
import { formError } from '../../components/formError.js';
import { formatDate, formatInstant } from '../../components/format.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import './teams.css';

const editable = ['title', 'practiceTask', 'agenda', 'date', 'startTime', 'lengthMinutes'];

function DraftForm({ workshop }: { workshop: Workshop }) {
  const changed = useTeamsChanged();
  const [title, setTitle] = useState(workshop.title);
  const [practiceTask, setPracticeTask] = useState(workshop.practiceTask);
  const [agenda, setAgenda] = useState(workshop.agenda.join('\n'));
  const [date, setDate] = useState(workshop.date ?? '');
  const [startTime, setStartTime] = useState(workshop.startTime ?? '');
  const [length, setLength] = useState(String(workshop.lengthMinutes));
  const [saved, setSaved] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api('PATCH /api/v1/workshops/{id}', {
        params: { id: workshop.id },
        body: {
          version: workshop.version,
          title,
          practiceTask,
          agenda: agenda
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          date: date || null,
          startTime: startTime || null,
          lengthMinutes: Number(length),
        },
      }),
    onMutate: () => setSaved(''),
    onSuccess: () => {
      setSaved('Saved.');
      void changed();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <form
      className="card"
      aria-labelledby="draft-heading"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="draft-heading" className="section-heading">
        Plan and schedule
      </h2>
      <TextField
        label="Title"
        value={title}
        maxLength={teamLimits.workshopTitle}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
        required
      />
      <TextAreaField
        label="Practice task"
        rows={6}
        value={practiceTask}
        maxLength={teamLimits.workshopPracticeTask}
        onChange={(e) => setPracticeTask(e.target.value)}
        error={errors.practiceTask}
        required
      />
      <TextAreaField
        label="Agenda"
        hint="One item a line."
        rows={7}
        value={agenda}
        onChange={(e) => setAgenda(e.target.value)}
        error={errors.agenda ?? Object.entries(errors).find(([k]) => k.startsWith('agenda.'))?.[1]}
      />
      <div className="workshop-schedule">
        <TextField label="Date" type="date" value={date} onChange={(e) => setDate(e.target.value)} error={errors.date} />
        <TextField
          label="Start time"
          hint={`In ${workshop.timeZone}.`}
          type="time"
          value={startTime}
          onChange={(e) => setStartTime(e.target.value)}
          error={errors.startTime}
        />
        <TextField
          label="Length in minutes"
          type="number"
          min={15}
          max={480}
          step={5}
          value={length}
          onChange={(e) => setLength(e.target.value)}
          error={errors.lengthMinutes}
        />
      </div>
      <FormMessage error={formError(save.error, editable)} />
      <p role="status" className="status-line">
        {saved}
      </p>
      <SubmitButton busy={save.isPending}>Save workshop</SubmitButton>
    </form>
  );
}

function RecordForm({ workshop }: { workshop: Workshop }) {
  const team = useTeam(workshop.teamId);
  const changed = useTeamsChanged();
  const [attendees, setAttendees] = useState<string[]>([]);
  const record = useMutation({
    mutationFn: () =>
      api('POST /api/v1/workshops/{id}/record', { params: { id: workshop.id }, body: { version: workshop.version, attendees } }),
    onSuccess: changed,
  });
  const options =
    team.data?.members.flatMap((m) =>
      m.status === 'active' && m.userId && m.name ? [{ value: m.userId, label: m.name }] : [],
    ) ?? [];
  return (
    <form
      className="card"
      aria-labelledby="record-heading"
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate();
      }}
    >
      <h2 id="record-heading" className="section-heading">
        Record it afterwards
      </h2>
      <p>Each attendee gets a workshop feedback session with the team, on {workshop.skill}.</p>
      <CheckboxGroup legend="Who took part" options={options} value={attendees} onChange={setAttendees} />
      <FormMessage error={formError(record.error, [])} />
      <SubmitButton busy={record.isPending}>Record workshop</SubmitButton>
    </form>
  );
}

export default function WorkshopPage() {
  const { id = '' } = useParams();
  const workshop = useWorkshop(id);
  const team = useTeam(workshop.data?.teamId ?? '');
  if (workshop.isPending) return <Loading what="Loading the workshop" />;
  if (workshop.isError) {
    return (
      <Page title="Workshop">
        <LoadError error={workshop.error} />
      </Page>
    );
  }
  const w = workshop.data;
  const isLead = team.data?.role === 'lead';
  return (
    <Page title={w.title}>
      <p>
        <Link to={`/teams/${w.teamId}`}>Back to {team.data?.name ?? 'the team'}</Link>
      </p>
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading" className="section-heading">
          About
        </h2>
        <p>
          Skill: {w.skill}.{' '}
          {w.date && w.startTime
            ? `Scheduled on ${formatDate(w.date)} at ${w.startTime} (${w.timeZone}), ${w.lengthMinutes} minutes.`
            : 'Not scheduled yet.'}
          {w.recordedAt ? ` Recorded ${formatInstant(w.recordedAt, w.timeZone)} with ${w.attendees.length} attendees.` : ''}
        </p>
        {w.date && w.startTime ? (
          <p>
            <a
              className="button secondary"
              href={urlOf('GET /api/v1/workshops/{id}/invite.ics', { params: { id: w.id } })}
              download
            >
              Download the calendar invitation (.ics)
            </a>
          </p>
        ) : null}
        {w.readings.length > 0 ? (
          <>
            <h3>Readings</h3>
            <ul>
              {w.readings.map((reading) => (
                <li key={reading.title}>
                  {reading.url ? <a href={reading.url}>{reading.title}</a> : reading.title} ({reading.authors.join(', ')}):{' '}
                  {reading.why}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {!isLead ? (
          <>
            <h3>Practice task</h3>
            <p className="prose">{w.practiceTask}</p>
            <h3>Agenda</h3>
            <ol>
              {w.agenda.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
      {isLead && !w.recordedAt ? <DraftForm key={w.version} workshop={w} /> : null}
      {isLead && !w.recordedAt ? <RecordForm key={`record-${w.version}`} workshop={w} /> : null}
    </Page>
  );
}
