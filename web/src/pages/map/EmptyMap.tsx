import { Link } from 'react-router';
import './first-step.css';

/**
 * What to do first when there is nothing active: the tailoring wizard drafts a whole map from a few answers, so it
 * comes first; a blank map opens the add form. Then the source's advice and its examples.
 */
export function EmptyMap({ hasFinished, onBlank }: { hasFinished: boolean; onBlank: () => void }) {
  return (
    <div className="card empty-state">
      <div className="first-step">
        <Link to="/framework/wizard" className="button">
          Draft my Growth Map
        </Link>
        <button type="button" className="secondary" onClick={onBlank}>
          Start from a blank map
        </button>
      </div>
      <p className="muted">
        The wizard asks your role, stack, stage and goals, and drafts destinations, skills and a first cycle. Nothing is saved
        until you accept.
      </p>
      <p>
        <strong>{hasFinished ? 'No active destinations right now.' : 'Your map has no destinations yet.'}</strong> A destination
        is a concrete role, capability or domain you want to reach. Start with 2–3 destinations, then add the 2–3 skills that
        bridge to each.
      </p>
      <p>
        Make each one SMART — specific, measurable, achievable, relevant and time-bound — and tie it to a business impact. For
        example:
      </p>
      <ul>
        <li>“Publish a technical article series and deliver two internal talks per quarter.”</li>
        <li>“Design and implement a fault-tolerant microservice with end-to-end tracing in production within 9 months.”</li>
        <li>
          “Lead a cross-functional project with product, design, and security, delivering at least three measurable product
          improvements.”
        </li>
      </ul>
      <p>By hand, use “Add destination”; the SMART check shows what each letter needs while you type.</p>
    </div>
  );
}
