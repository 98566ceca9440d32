import { Link } from 'react-router';
import type { Gap, NextLevel } from '../../../../src/schemas/ladders.js';
import { byArea, cycleLinkOf, evidenceKindLabels, evidencePath, expectationOf } from './words.js';

/** A name for each piece of evidence the user has: artifacts, feedback sessions and cycles by id. */
export type EvidenceNames = ReadonlyMap<string, string>;

function GapItem({ gap, nextLevel, names }: { gap: Gap; nextLevel: NextLevel; names: EvidenceNames }) {
  const expectation = expectationOf(gap);
  return (
    <li className="gap">
      <p className="gap-statement">{gap.statement}</p>
      {expectation ? <p className="muted gap-skill">{expectation}</p> : null}
      {gap.evidence.length > 0 ? (
        <>
          <p className="gap-evidence-heading">What already speaks to it:</p>
          <ul className="gap-evidence">
            {gap.evidence.map((evidence) => (
              <li key={`${evidence.kind}:${evidence.id}`}>
                <Link to={evidencePath(evidence)}>
                  {evidenceKindLabels[evidence.kind]}: {names.get(evidence.id) ?? 'open it'}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Nothing on your map speaks to this yet.{' '}
          {/* The name starts with the visible words (WCAG 2.5.3) and says which expectation, for a list of links. */}
          <Link
            to={cycleLinkOf(gap, nextLevel.ladder.name, nextLevel.next?.name ?? '')}
            aria-label={`Start a cycle on this: ${gap.statement}`}
          >
            Start a cycle on this
          </Link>
        </p>
      )}
    </li>
  );
}

/** The next level's expectations that differ from the current level's, by area. */
export function GapList({ nextLevel, names }: { nextLevel: NextLevel; names: EvidenceNames }) {
  if (!nextLevel.next) return null;
  if (nextLevel.gaps.length === 0) {
    return <p className="card">{nextLevel.next.name} asks for nothing beyond what your level already lists.</p>;
  }
  return (
    <section aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Gaps to {nextLevel.next.name}, by area</h2>
      {byArea(nextLevel.gaps).map(([area, gaps]) => (
        <section key={area} className="card gap-area" aria-label={area}>
          <h3>{area}</h3>
          <ul className="gap-list">
            {gaps.map((gap, index) => (
              <GapItem key={index} gap={gap} nextLevel={nextLevel} names={names} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
