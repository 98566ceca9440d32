import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Cycle, ProgressEntry } from '../../../../src/schemas/cycles.js';
import { useAnnounce } from '../../components/announce.js';
import { EntryForm } from './EntryForm.js';
import { EntryItem } from './EntryItem.js';
import { cycleKey, cyclesKey } from '../../api/cycles.js';
import { phaseLabels } from '../../components/cycleWords.js';
import { Hidden } from '../../components/text.js';
import { focusLater } from '../../components/focusLater.js';
import { thisWeekKey } from '../../api/planning.js';
import { dateRange } from '../../components/format.js';

/** The log, week by week: entries, gaps ("Week 3 — no entry yet") with a way to fill them, and weeks to come. */
export function ProgressLog({ cycle, entries }: { cycle: Cycle; entries: ProgressEntry[] }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [adding, setAdding] = useState<{ week: number; at: 'top' | 'week' } | null>(null);
  const gaps = new Set(cycle.gaps);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: cycleKey(cycle.id) }),
      queryClient.invalidateQueries({ queryKey: cyclesKey }),
      queryClient.invalidateQueries({ queryKey: thisWeekKey }),
    ]);
  const form = (week: number) => (
    <EntryForm
      cycle={cycle}
      week={week}
      onSaved={async (saved) => {
        setAdding(null);
        await refresh();
        announce(`Added an entry for week ${saved.week}.`);
        focusLater(`entry-edit-${saved.id}`);
      }}
      onCancel={() => {
        setAdding(null);
        focusLater(adding?.at === 'week' ? `add-entry-${week}` : 'new-entry');
      }}
    />
  );
  return (
    <section aria-labelledby="log-heading" className="progress-log">
      <h2 id="log-heading">Progress log</h2>
      <p className="muted">What you did each week, with the evidence: a design doc, pull request, code sample, talk or post.</p>
      {adding === null ? (
        <button
          type="button"
          id="new-entry"
          onClick={() => setAdding({ week: cycle.currentWeek ?? cycle.gaps[0] ?? 1, at: 'top' })}
        >
          New entry
        </button>
      ) : null}
      {adding?.at === 'top' ? form(adding.week) : null}
      <ol className="log-weeks">
        {cycle.weeks.map((week) => {
          const mine = entries.filter((e) => e.week === week.number);
          const current = week.number === cycle.currentWeek;
          return (
            <li key={week.number} className={`log-week${current ? ' current' : ''}`}>
              <h3 id={`log-week-${week.number}`} tabIndex={-1}>
                Week {week.number}
                <span className="log-week-meta">
                  {' '}
                  · {phaseLabels[week.phase]} · {dateRange(week.startDate, week.endDate)}
                  {current ? ' · this week' : ''}
                </span>
              </h3>
              {mine.length > 0 ? (
                <ul className="entries">
                  {mine.map((entry, index) => (
                    <EntryItem
                      key={entry.id}
                      cycle={cycle}
                      entry={entry}
                      which={`${mine.length > 1 ? `${index + 1} ` : ''}from week ${week.number}`}
                      onChanged={refresh}
                    />
                  ))}
                </ul>
              ) : gaps.has(week.number) ? (
                <p className="gap-note">
                  <span aria-hidden="true">! </span>Week {week.number} — no entry yet
                </p>
              ) : (
                <p className="muted">
                  {week.number > (cycle.currentWeek ?? 0) && cycle.status !== 'closed' ? 'Not started yet.' : 'No entries.'}
                </p>
              )}
              {gaps.has(week.number) && adding === null ? (
                <button
                  type="button"
                  className="secondary"
                  id={`add-entry-${week.number}`}
                  onClick={() => setAdding({ week: week.number, at: 'week' })}
                >
                  Add entry <Hidden>for week {week.number}</Hidden>
                </button>
              ) : null}
              {adding?.at === 'week' && adding.week === week.number ? form(week.number) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
