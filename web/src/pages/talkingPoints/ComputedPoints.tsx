import { Link } from 'react-router';
import type { TalkingPoint, TalkingPointSection } from '../../../../src/schemas/talkingPoints.js';
import { sourceLinks } from './sources.js';

const sections: readonly { id: TalkingPointSection; title: string; empty: string }[] = [
  { id: 'outcomes', title: 'Outcomes', empty: 'No artifact has an outcome or a before/after metric yet.' },
  { id: 'progress', title: 'Progress', empty: 'No level moved up and no cycle was closed yet.' },
  { id: 'collaboration', title: 'Collaboration plan', empty: 'No active destination, support need or open action yet.' },
  { id: 'risks', title: 'Risks', empty: 'Every level above Novice has evidence behind it.' },
];

/** The points computed from the data, by section, each with links to the records it stands on. */
export function ComputedPoints({ points }: { points: readonly TalkingPoint[] }) {
  return (
    <section aria-labelledby="computed-heading" className="card">
      <h2 id="computed-heading">From your data</h2>
      {sections.map((section) => {
        const mine = points.filter((p) => p.section === section.id);
        return (
          <div key={section.id} className="tp-section">
            <h3>{section.title}</h3>
            {mine.length === 0 ? (
              <p className="muted">{section.empty}</p>
            ) : (
              <ul className="tp-points">
                {mine.map((point, index) => (
                  <PointItem key={`${section.id}-${index}`} id={`tp-${section.id}-${index}`} point={point} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}

function PointItem({ id, point }: { id: string; point: TalkingPoint }) {
  const links = sourceLinks(point.sources);
  return (
    <li>
      <span id={id}>{point.text}</span>
      {links.length > 0 ? (
        <span className="tp-sources">
          {' '}
          (
          {links.map((link, index) => (
            <span key={link.key}>
              {index > 0 ? ', ' : ''}
              <Link to={link.href} aria-describedby={id}>
                {link.word}
              </Link>
            </span>
          ))}
          )
        </span>
      ) : null}
    </li>
  );
}
