import { Link } from 'react-router';
import type { WizardAccept } from '../../../../src/schemas/framework.js';
import { placeholdersIn } from './wizardWords.js';

/** After accepting: what was added, and where to finish it. */
export function AcceptedView({
  accepted,
  body,
}: {
  accepted: { destinationIds: string[]; cycleId: string | null };
  body: WizardAccept;
}) {
  const count = accepted.destinationIds.length;
  const skills = body.destinations.reduce((sum, d) => sum + d.skills.length, 0);
  const open = placeholdersIn(
    ...body.destinations.flatMap((d) => [d.title, d.description, d.measure, d.businessImpact]),
    body.cycle?.goal,
    body.cycle?.backupProject,
  );
  return (
    <section aria-labelledby="accepted-heading" className="success accepted">
      <h2 id="accepted-heading" tabIndex={-1}>
        Added to your Growth Map
      </h2>
      <p>
        Added {count === 1 ? '1 destination' : `${count} destinations`} with {skills === 1 ? '1 skill' : `${skills} skills`}
        {accepted.cycleId ? ' and a planned cycle' : ''}. Nothing already on your map was changed.
      </p>
      {open.length > 0 ? <p>Still to fill in: {open.join(', ')}.</p> : null}
      <ul>
        <li>
          <Link to="/map">{open.length > 0 ? 'Fill in the [placeholders] on your map' : 'Open your map editor'}</Link>
        </li>
        {accepted.cycleId ? (
          <li>
            <Link to={`/cycles/${accepted.cycleId}`}>See your planned cycle</Link>
          </li>
        ) : null}
        <li>
          <Link to="/map/one-page">View the one-page map</Link>
        </li>
      </ul>
    </section>
  );
}
