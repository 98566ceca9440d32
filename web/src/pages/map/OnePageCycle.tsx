import { Link } from 'react-router';
import { LOG_ENTRIES, clip, currentCycleOf } from '../../../../src/domain/onePage.js';
import type { ProgressEntry } from '../../../../src/schemas/cycles.js';
import { useCycles, useEntries } from '../../api/cycles.js';
import { modeLabels, phaseLabels, statusLabels } from '../../components/cycleWords.js';
import { shortDate } from '../../components/format.js';
import { DateText } from '../../components/text.js';
import './onepage-cycle.css';

/** The Growth Map guide, section 4: the one-page map's "6-week plan" and "a short progress log" (the latest five entries). */
export function OnePageCycle() {
  const cycles = useCycles();
  // The same choices as the PDF (src/domain/onePage.ts): the running cycle, else the next planned, else the last reviewed.
  const cycle = cycles.data ? currentCycleOf(cycles.data) : undefined;
  const entries = useEntries(cycle?.id ?? '', Boolean(cycle));
  if (cycles.isPending) return null;
  if (!cycle) {
    return (
      <section className="op-cycle" aria-labelledby="op-plan-heading">
        <h2 id="op-plan-heading">Learning plan</h2>
        <p>
          No learning cycle planned yet. <Link to="/cycles/new">Plan a 4–6 week cycle</Link> and it appears here with its progress
          log.
        </p>
      </section>
    );
  }
  const latest = [...(entries.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, LOG_ENTRIES);
  return (
    <section className="op-cycle" aria-labelledby="op-plan-heading">
      <div>
        <h2 id="op-plan-heading">
          {cycle.lengthWeeks}-week plan{' '}
          <span className="op-letter">
            ({statusLabels[cycle.status]}
            {cycle.currentWeek ? `, week ${cycle.currentWeek}` : ''})
          </span>
        </h2>
        <dl className="op-facts">
          <div>
            <dt>Goal</dt>
            <dd>
              <Link to={`/cycles/${cycle.id}`}>{cycle.goal}</Link>
            </dd>
          </div>
          <div>
            <dt>Activities</dt>
            <dd>{cycle.modes.length ? cycle.modes.map((m) => modeLabels[m]).join(', ') : 'Not set'}</dd>
          </div>
          <div>
            <dt>Review date</dt>
            <dd>
              <DateText date={cycle.reviewDate} />
            </dd>
          </div>
        </dl>
        <ol className="op-weeks">
          {cycle.weeks.map((week) => (
            <li key={week.number} className={week.number === cycle.currentWeek ? 'current' : undefined}>
              Week {week.number} ({shortDate(week.startDate)}–{shortDate(week.endDate)}): {phaseLabels[week.phase]}
              {week.number === cycle.currentWeek ? <strong> — this week</strong> : null}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3 className="op-skills-heading">Progress log</h3>
        {latest.length === 0 ? <p className="muted">No entries yet.</p> : <LogList entries={latest} />}
      </div>
    </section>
  );
}

function LogList({ entries }: { entries: ProgressEntry[] }) {
  return (
    <ul className="op-log">
      {entries.map((entry) => (
        <li key={entry.id}>
          <strong>Week {entry.week}:</strong> {clip(entry.text)}
          {entry.evidence[0]?.kind === 'link' ? (
            <>
              {' '}
              — evidence: <a href={entry.evidence[0].url}>{entry.evidence[0].url}</a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
