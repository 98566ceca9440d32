import { Link } from 'react-router';
import type { LevelChange } from '../../../../src/schemas/map.js';
import { levelDefinitions, levelRankOf } from '../../components/format.js';
import { DateText } from '../../components/text.js';

function Change({ entry }: { entry: LevelChange }) {
  const to = levelDefinitions[entry.to].label;
  if (!entry.from) return <span className="change start">Started at {to}</span>;
  const from = levelDefinitions[entry.from].label;
  const delta = levelRankOf(entry.to) - levelRankOf(entry.from);
  if (delta > 0)
    return (
      <span className="change up">
        ↑ {from} → {to}
        <span className="visually-hidden"> (went up)</span>
      </span>
    );
  if (delta < 0)
    return (
      <span className="change down">
        ↓ {from} → {to}
        <span className="visually-hidden"> (went down)</span>
      </span>
    );
  return (
    <span className="change same">
      = {to}
      <span className="visually-hidden"> (level unchanged)</span>
    </span>
  );
}

/** Newest first: the question is usually "where am I now, and since when". */
export function LevelTimeline({ entries }: { entries: LevelChange[] }) {
  if (entries.length === 0) return <p>No level changes recorded yet.</p>;
  const newestFirst = [...entries].reverse();
  return (
    <ol className="timeline" reversed>
      {newestFirst.map((entry) => (
        <li
          key={entry.id}
          className={`timeline-entry ${entry.from && levelRankOf(entry.to) < levelRankOf(entry.from) ? 'down' : ''}`}
        >
          <p className="timeline-head">
            <DateText date={entry.date} /> — <Change entry={entry} />
          </p>
          <p className="timeline-note">{entry.note}</p>
          {entry.evidence.length > 0 ? (
            <ul className="evidence">
              {entry.evidence.map((evidence) =>
                evidence.kind === 'cycle' ? (
                  <li key={evidence.id}>
                    Evidence: <Link to={`/cycles/${evidence.id}`}>the learning cycle reviewed</Link>
                  </li>
                ) : evidence.kind === 'feedback' ? (
                  <li key={evidence.id}>
                    Evidence: <Link to={`/feedback/${evidence.id}`}>a feedback session</Link>
                  </li>
                ) : evidence.kind === 'artifact' ? (
                  <li key={evidence.id}>
                    Evidence: <Link to={`/artifacts/${evidence.id}`}>an artifact</Link>
                  </li>
                ) : evidence.kind === 'endorsement' ? (
                  <li key={evidence.id}>
                    Evidence: <Link to="/endorsements">an endorsement</Link>
                  </li>
                ) : (
                  <li key={evidence.url}>
                    Evidence:{' '}
                    <a href={evidence.url} rel="noopener noreferrer">
                      {evidence.url}
                    </a>
                  </li>
                ),
              )}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
