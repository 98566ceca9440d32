import type { CycleWeek } from '../../../../src/schemas/cycles.js';
import { formatDate, dateRange } from '../../components/format.js';
import { phaseAsks, phaseLabels, phaseShapes } from '../../components/cycleWords.js';
import { Hidden } from '../../components/text.js';

/** The week-by-week plan the form would create, redrawn as the length, review weeks and start date change. */
export function PhasePlan({ weeks, reviewDate }: { weeks: CycleWeek[] | null; reviewDate: string }) {
  const first = weeks?.[0];
  const last = weeks?.at(-1);
  return (
    <section className="phase-preview" aria-labelledby="phase-preview-heading">
      <h2 id="phase-preview-heading" className="form-heading">
        Your plan, week by week
      </h2>
      {!weeks || !first || !last ? (
        <p className="muted">Pick a start date to see the plan.</p>
      ) : (
        <>
          <p>
            {weeks.length} weeks, {dateRange(first.startDate, last.endDate)}. Review on {formatDate(reviewDate || last.endDate)}.
          </p>
          <ol className="phase-plan">
            {weeks.map((week) => (
              <li key={week.number} className={`phase-${week.phase}`}>
                <span className="phase-shape" aria-hidden="true">
                  {phaseShapes[week.phase]}
                </span>
                <span>
                  <strong>Week {week.number}</strong>
                  <Hidden>,</Hidden> <span className="muted">{dateRange(week.startDate, week.endDate)}</span>
                  <br />
                  <strong>{phaseLabels[week.phase]}</strong>: {phaseAsks[week.phase]}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
