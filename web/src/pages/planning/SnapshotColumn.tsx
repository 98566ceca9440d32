import type { Level } from '../../../../src/schemas/common.js';
import type { QuarterlyReview } from '../../../../src/schemas/planning.js';
import { levelDefinitions } from '../../components/format.js';

/** Snapshots keep levels as plain strings; an unknown one is shown as it is. */
export const levelWord = (level: string) => levelDefinitions[level as Level]?.label ?? level;
const letter = (level: string) => levelDefinitions[level as Level]?.letter ?? '?';
const statusWord = (status: string) => status.charAt(0).toUpperCase() + status.slice(1);

/** The map as one review stored it: destinations with their status, skills with current → target levels. */
export function SnapshotColumn({ heading, review }: { heading: string; review: QuarterlyReview }) {
  const { snapshot } = review;
  return (
    <div className="card snapshot">
      <h3>{heading}</h3>
      {snapshot.destinations.length === 0 ? (
        <p className="muted">No destinations.</p>
      ) : (
        <ul className="snapshot-destinations">
          {snapshot.destinations.map((d) => (
            <li key={d.id}>
              <strong>{d.title}</strong> <span className="muted">({statusWord(d.status)})</span>
              {d.skills.length ? (
                <ul>
                  {d.skills.map((s) => (
                    <li key={s.id}>
                      {s.name}: {levelWord(s.currentLevel)} ({letter(s.currentLevel)}), target {levelWord(s.targetLevel)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
