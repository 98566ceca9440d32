import type { Cycle, ProgressEntry } from '../../../../src/schemas/cycles.js';
import { gapText, isOpen, phaseLabels, phaseShapes, plural } from '../../components/cycleWords.js';
import { dateRange, shortDate } from '../../components/format.js';

/**
 * The cycle as a row of weeks. Each week shows its phase as a name, a shape and a fill pattern,
 * never colour alone; a dashed outline and "No entry" mark a gap, a thick outline and "This week"
 * the current week. The list after it says the same in words (it is the picture's description).
 */
export function CycleTimeline({ cycle, entries }: { cycle: Cycle; entries: ProgressEntry[] }) {
  const count = (week: number) => entries.filter((e) => e.week === week).length;
  const gaps = new Set(cycle.gaps);
  const empty = isOpen(cycle.status) ? 'Not started' : 'No entries';
  const summary = [
    `${cycle.lengthWeeks} weeks.`,
    cycle.currentWeek ? `This week is week ${cycle.currentWeek}.` : null,
    cycle.gaps.length ? `${gapText(cycle.gaps)}.` : entries.length ? 'Every started week has an entry.' : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <p className="timeline-summary">{summary}</p>
      <figure className="cycle-timeline">
        <div className="timeline-row" role="img" aria-labelledby="timeline-heading" aria-describedby="timeline-weeks">
          {cycle.weeks.map((week) => {
            const n = count(week.number);
            const current = week.number === cycle.currentWeek;
            const gap = gaps.has(week.number);
            return (
              <div key={week.number} className={`tl-week phase-${week.phase}${gap ? ' gap' : ''}${current ? ' current' : ''}`}>
                <span className="tl-number">Week {week.number}</span>
                <span className="tl-dates">
                  {shortDate(week.startDate)} – {shortDate(week.endDate)}
                </span>
                <span className="tl-band" />
                <span className="tl-phase">
                  <span className="phase-shape">{phaseShapes[week.phase]}</span> {phaseLabels[week.phase]}
                </span>
                <span className="tl-count">{n ? plural(n, 'entry', 'entries') : gap ? '! No entry' : empty}</span>
                {current ? <span className="tl-now">This week</span> : null}
              </div>
            );
          })}
        </div>
        <figcaption className="timeline-legend">
          <span aria-hidden="true">
            ◆ Define (solid) · ▲ Deep dive (striped) · ★ Demonstrate (dotted) · ● Reflect (lined) · dashed outline: no entry yet ·
            thick outline: this week
          </span>
        </figcaption>
        <ol id="timeline-weeks" className="visually-hidden">
          {cycle.weeks.map((week) => {
            const n = count(week.number);
            return (
              <li key={week.number}>
                Week {week.number}, {dateRange(week.startDate, week.endDate)}: {phaseLabels[week.phase]}.{' '}
                {week.number === cycle.currentWeek ? 'This week. ' : ''}
                {n ? `${plural(n, 'entry', 'entries')}.` : gaps.has(week.number) ? 'No entry yet.' : `${empty}.`}
              </li>
            );
          })}
        </ol>
      </figure>
    </section>
  );
}
