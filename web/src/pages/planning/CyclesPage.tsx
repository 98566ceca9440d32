import { Link } from 'react-router';
import type { Cycle } from '../../../../src/schemas/cycles.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { useCycles } from '../../api/cycles.js';
import { gapText, statusLabels } from '../../components/cycleWords.js';
import { dateRange } from '../../components/format.js';
import './planning.css';

/** Every cycle, newest start first: what it aims at, where it stands, and when. */
export default function CyclesPage() {
  const cycles = useCycles();
  return (
    <Page
      title="Learning cycles"
      actions={
        <Link className="button" to="/cycles/new">
          Plan a cycle
        </Link>
      }
    >
      {cycles.isPending ? (
        <Loading what="Loading your cycles" />
      ) : cycles.isError ? (
        <LoadError error={cycles.error} />
      ) : cycles.data.length === 0 ? (
        <div className="card empty-state">
          <p>
            No cycles yet. A cycle is a 4–6 week plan towards a destination: define a mini-goal, go deep, demonstrate it and
            reflect. <Link to="/cycles/new">Plan your first learning cycle</Link>.
          </p>
        </div>
      ) : (
        <ul className="cycle-list">
          {cycles.data.map((cycle) => (
            <CycleRow key={cycle.id} cycle={cycle} />
          ))}
        </ul>
      )}
    </Page>
  );
}

function CycleRow({ cycle }: { cycle: Cycle }) {
  const last = cycle.weeks.at(-1);
  return (
    <li className={`card cycle-row status-${cycle.status}`}>
      <h2 className="cycle-row-goal">
        <Link to={`/cycles/${cycle.id}`}>{cycle.goal}</Link>
      </h2>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            {statusLabels[cycle.status]}
            {cycle.pausedSince ? ' (paused)' : ''}
          </dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd>{last ? dateRange(cycle.startDate, last.endDate) : cycle.startDate}</dd>
        </div>
        <div>
          <dt>Current week</dt>
          <dd>{cycle.currentWeek ? `Week ${cycle.currentWeek} of ${cycle.lengthWeeks}` : `${cycle.lengthWeeks}-week cycle`}</dd>
        </div>
        {cycle.gaps.length > 0 && cycle.status !== 'closed' ? (
          <div>
            <dt>Log gaps</dt>
            <dd>{gapText(cycle.gaps)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
