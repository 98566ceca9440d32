import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { CommentSubjectKind } from '../../../../src/schemas/comments.js';
import { api } from '../../api/client.js';
import { LoadError, Loading } from '../../components/Page.js';
import { formatDate } from '../../components/format.js';
import { CommentThread } from './CommentThread.js';

/** A thread behind a disclosure: it loads (and marks read) only once opened. */
function ThreadDisclosure({
  subjectKind,
  subjectId,
  label,
}: {
  subjectKind: CommentSubjectKind;
  subjectId: string;
  label: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="thread-disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Comments<span className="visually-hidden"> on {label}</span>
      </summary>
      {open ? <CommentThread subjectKind={subjectKind} subjectId={subjectId} label={label} /> : null}
    </details>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function CycleEntries({ owner, cycleId, goal }: { owner: string; cycleId: string; goal: string }) {
  const entries = useQuery({
    queryKey: ['mentoring', 'entries', owner, cycleId],
    queryFn: () => api('GET /api/v1/cycles/{id}/entries', { params: { id: cycleId }, query: { owner } }),
  });
  if (entries.isPending) return <Loading what="Loading the progress log" />;
  if (entries.isError) return <LoadError error={entries.error} />;
  if (entries.data.length === 0) return <p className="muted">No progress entries yet.</p>;
  return (
    <ul className="mentee-entries">
      {entries.data.map((entry) => (
        <li key={entry.id}>
          <p>
            <strong>Week {entry.week}:</strong> {entry.text}
          </p>
          <ThreadDisclosure subjectKind="progress-entry" subjectId={entry.id} label={`week ${entry.week} of “${goal}”`} />
        </li>
      ))}
    </ul>
  );
}

/** The mentee's cycles and their progress logs, read-only, each entry with its comments. */
export function MenteeCycles({ owner }: { owner: string }) {
  const cycles = useQuery({
    queryKey: ['mentoring', 'cycles', owner],
    queryFn: () => api('GET /api/v1/cycles', { query: { owner } }),
  });
  const open = (cycles.data ?? []).filter((c) => c.status !== 'cancelled' && c.status !== 'closed');
  return (
    <Section id="mentee-cycles" title="Cycles">
      {cycles.isPending ? (
        <Loading what="Loading the cycles" />
      ) : cycles.isError ? (
        <LoadError error={cycles.error} />
      ) : open.length === 0 ? (
        <p className="muted">No cycle planned or running.</p>
      ) : (
        open.map((cycle) => (
          <div key={cycle.id} className="mentee-cycle">
            <h3>{cycle.goal}</h3>
            <p className="muted">
              {cycle.currentWeek ? `Week ${cycle.currentWeek} of ${cycle.lengthWeeks}` : cycle.status.replace('-', ' ')} · review
              on {formatDate(cycle.reviewDate)}
            </p>
            <CycleEntries owner={owner} cycleId={cycle.id} goal={cycle.goal} />
          </div>
        ))
      )}
    </Section>
  );
}

/** The mentee's artifacts, read-only, each with its comments. */
export function MenteeArtifacts({ owner }: { owner: string }) {
  const artifacts = useQuery({
    queryKey: ['mentoring', 'artifacts', owner],
    queryFn: () => api('GET /api/v1/artifacts', { query: { owner } }),
  });
  return (
    <Section id="mentee-artifacts" title="Artifacts">
      {artifacts.isPending ? (
        <Loading what="Loading the artifacts" />
      ) : artifacts.isError ? (
        <LoadError error={artifacts.error} />
      ) : artifacts.data.length === 0 ? (
        <p className="muted">No artifacts yet.</p>
      ) : (
        <ul className="mentee-entries">
          {artifacts.data.map((artifact) => (
            <li key={artifact.id}>
              <p>
                <strong>{artifact.title}</strong>
                {artifact.outcome ? ` · ${artifact.outcome}` : ''}
              </p>
              <ThreadDisclosure subjectKind="artifact" subjectId={artifact.id} label={artifact.title} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
