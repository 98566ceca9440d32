import { useState } from 'react';
import type { Cycle } from '../../../../src/schemas/cycles.js';
import type { Destination } from '../../../../src/schemas/map.js';
import { useAnnounce } from '../../components/announce.js';
import { CycleActions } from './CycleActions.js';
import { CycleForm } from './CycleForm.js';
import { draftOfCycle } from './cycleDraft.js';
import { useCycleSaved } from '../../api/cycles.js';
import { modeLabels, statusLabels } from '../../components/cycleWords.js';
import { DateText } from '../../components/text.js';
import { focusLater } from '../../components/focusLater.js';
import { dateRange } from '../../components/format.js';

/** Where the cycle stands (in words), its settings, and what can be done with it. */
export function CycleSummary({
  cycle,
  destinations,
  entryCount,
}: {
  cycle: Cycle;
  destinations: Destination[];
  entryCount: number;
}) {
  const [editing, setEditing] = useState(false);
  const announce = useAnnounce();
  const cycleSaved = useCycleSaved();
  const last = cycle.weeks.at(-1);
  const titles = cycle.destinationIds.map((id) => destinations.find((d) => d.id === id)?.title ?? 'A deleted destination');

  if (editing) {
    const active = destinations.filter((d) => d.status === 'active' || cycle.destinationIds.includes(d.id));
    return (
      <section aria-labelledby="edit-cycle-heading">
        <h2 id="edit-cycle-heading">Edit the cycle</h2>
        <CycleForm
          initial={draftOfCycle(cycle)}
          cycle={cycle}
          destinations={active}
          defaultStart={cycle.startDate}
          onSaved={async (saved) => {
            await cycleSaved(saved);
            setEditing(false);
            announce('Saved the cycle.');
            focusLater('edit-cycle');
          }}
          onCancel={() => {
            setEditing(false);
            focusLater('edit-cycle');
          }}
        />
      </section>
    );
  }

  return (
    <section className="card cycle-summary" aria-label="About this cycle">
      {cycle.description ? <p className="cycle-description">{cycle.description}</p> : null}
      <p className={`cycle-status status-${cycle.status}`} id="cycle-status" tabIndex={-1}>
        <strong>Status: {statusLabels[cycle.status]}</strong>
        {cycle.pausedSince ? (
          <>
            {' '}
            — paused since <DateText date={cycle.pausedSince} />
          </>
        ) : null}
        {cycle.currentWeek ? ` — week ${cycle.currentWeek} of ${cycle.lengthWeeks}` : ''}
      </p>
      <dl className="facts">
        <div>
          <dt>Destinations</dt>
          <dd>{titles.join('; ')}</dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd>
            {last ? dateRange(cycle.startDate, last.endDate) : cycle.startDate} ({cycle.lengthWeeks} weeks, {cycle.reviewWeeks} to
            review)
          </dd>
        </div>
        <div>
          <dt>Review date</dt>
          <dd>
            <DateText date={cycle.reviewDate} />
          </dd>
        </div>
        <div>
          <dt>Learning modes</dt>
          <dd>{cycle.modes.length ? cycle.modes.map((m) => modeLabels[m]).join(', ') : 'Not set'}</dd>
        </div>
        <div>
          <dt>Backup project</dt>
          <dd>
            {cycle.backupProject ?? 'None'}
            {cycle.usingBackup ? ' (switched to it)' : ''}
          </dd>
        </div>
        {cycle.cancelReason ? (
          <div>
            <dt>Why cancelled</dt>
            <dd>{cycle.cancelReason}</dd>
          </div>
        ) : null}
      </dl>
      <CycleActions cycle={cycle} entryCount={entryCount} onEdit={() => setEditing(true)} />
    </section>
  );
}
