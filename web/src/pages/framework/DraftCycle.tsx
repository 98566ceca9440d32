import type { WizardDraft } from '../../../../src/schemas/framework.js';
import { formatDate } from '../../components/format.js';
import { listWords } from './words.js';
import { FillIn, Placeholdered, modeLabels, phaseAsks, phaseLabels, phaseShapes, placeholdersIn } from './wizardWords.js';
import { DateText, Hidden } from '../../components/text.js';

/** The first cycle: goal, week by week, modes, backup project and why; it can be kept only with one of its destinations. */
export function DraftCycleView({
  cycle,
  titles,
  accepted,
  canAccept,
  onAccept,
}: {
  cycle: WizardDraft['cycle'];
  /** The titles of the destinations it works on, as edited. */
  titles: string[];
  accepted: boolean;
  canAccept: boolean;
  onAccept: (accepted: boolean) => void;
}) {
  const review = cycle.reviewWeeks === 1 ? '1 review week' : `${cycle.reviewWeeks} review weeks`;
  return (
    <section aria-labelledby="draft-cycle-heading" className="card draft-cycle">
      <h2 id="draft-cycle-heading">Your first cycle</h2>
      <label className="accept-choice">
        <input
          type="checkbox"
          checked={accepted && canAccept}
          disabled={!canAccept}
          aria-describedby="draft-cycle-needs"
          onChange={(e) => onAccept(e.target.checked)}
        />
        Accept the cycle
      </label>
      <p id="draft-cycle-needs" className={canAccept ? 'muted' : 'notice'}>
        The cycle works on {listWords(titles.map((t) => `“${t}”`))}. It needs at least one of these destinations accepted
        {canAccept ? '.' : ': accept one of them to keep the cycle.'}
      </p>
      <dl className="destination-facts">
        <div>
          <dt>Goal</dt>
          <dd>
            <Placeholdered text={cycle.goal} />
          </dd>
        </div>
        <div>
          <dt>How to start</dt>
          <dd>
            <Placeholdered text={cycle.description} />
          </dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>
            {cycle.lengthWeeks} weeks with {review}, starting <DateText date={cycle.startDate} />
          </dd>
        </div>
        <div>
          <dt>Learning modes</dt>
          <dd>{listWords(cycle.modes.map((m) => modeLabels[m]))}</dd>
        </div>
        <div>
          <dt>Backup project</dt>
          <dd>
            <Placeholdered text={cycle.backupProject} />
          </dd>
        </div>
      </dl>
      <FillIn
        tokens={placeholdersIn(cycle.goal, cycle.description, cycle.backupProject)}
        where="Edit them on the cycle once it is accepted."
      />
      <h3>Week by week</h3>
      <ol className="draft-weeks">
        {cycle.weeks.map((week) => (
          <li key={week.number}>
            <span className="phase-shape" aria-hidden="true">
              {phaseShapes[week.phase]}
            </span>{' '}
            <strong>Week {week.number}</strong>
            <Hidden>,</Hidden>{' '}
            <span className="muted">
              {formatDate(week.startDate)} – {formatDate(week.endDate)}
            </span>
            : <strong>{phaseLabels[week.phase]}</strong>, {phaseAsks[week.phase]}
          </li>
        ))}
      </ol>
      <p className="why">
        <strong>Why:</strong> {cycle.why}
      </p>
    </section>
  );
}
