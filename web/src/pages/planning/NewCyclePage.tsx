import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { defaultStartDate } from '../../../../src/domain/cycles.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { useToday } from '../../components/format.js';
import { useMap } from '../../api/map.js';
import { CycleForm } from './CycleForm.js';
import { type CycleDraft, draftOfNext, emptyDraft, listOf, nextOfReviewed } from './cycleDraft.js';
import { type NextCycle, cycleKey, cyclesKey, useCycle } from '../../api/cycles.js';
import { thisWeekKey } from '../../api/planning.js';
import './planning.css';

const TITLE = 'Plan a learning cycle';

/** A new cycle; after a review it starts pre-filled with the next mini-goal (router state or ?from=<cycle id>). */
export default function NewCyclePage() {
  const today = useToday();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const location = useLocation();
  const [params] = useSearchParams();
  const fromState = (location.state as { nextCycle?: NextCycle; fromGoal?: string } | null) ?? null;
  const fromId = params.get('from') ?? '';
  const source = useCycle(fromId, !fromState?.nextCycle);
  const map = useMap();

  if (map.isPending || (fromId && !fromState?.nextCycle && source.isPending)) {
    return (
      <Page title={TITLE}>
        <Loading what="Loading your destinations" />
      </Page>
    );
  }
  if (map.isError)
    return (
      <Page title={TITLE}>
        <LoadError error={map.error} />
      </Page>
    );

  const active = map.data.destinations.filter((d) => d.status === 'active');
  const next = fromState?.nextCycle ?? (source.data?.review ? nextOfReviewed(source.data, today) : undefined);
  const fromGoal = fromState?.fromGoal ?? source.data?.goal;
  const activeIds = new Set(active.map((d) => d.id));
  const initial: CycleDraft = next ? draftOfNext(next) : emptyDraft(today);
  // A goal handed over in the address: the next-level page's "Start a cycle on this".
  if (!next && params.get('goal')) {
    initial.goal = params.get('goal') ?? '';
    initial.description = params.get('description') ?? '';
  }
  initial.destinationIds = listOf(initial.destinationIds)
    .filter((id) => activeIds.has(id))
    .join(' ');

  return (
    <Page title={TITLE} actions={<Link to="/cycles">All cycles</Link>}>
      <p className="lead">
        A cycle is 4–6 weeks: week 1 defines a mini-goal, the middle weeks go deep, then you demonstrate your progress to a peer
        or mentor and reflect. Plan one or two at a time.
      </p>
      {fromId && !next ? (
        <p className="notice">
          {source.isError ? 'Could not load the cycle to start from' : 'That cycle has no review yet'}, so the form starts empty.
        </p>
      ) : null}
      {next ? (
        <p className="success" role="status">
          Pre-filled from the review of “{fromGoal ?? 'your last cycle'}”: the next mini-goal, the same destinations and rhythm.
          Check it and plan it.
        </p>
      ) : null}
      {active.length === 0 ? (
        <div className="card empty-state">
          <p>
            A cycle moves you towards a destination, and your map has no active destination yet.{' '}
            <Link to="/map">Add one in the map editor</Link> first.
          </p>
        </div>
      ) : (
        <CycleForm
          initial={initial}
          destinations={active}
          defaultStart={defaultStartDate(today)}
          onSaved={async (saved) => {
            queryClient.setQueryData(cycleKey(saved.id), saved);
            await Promise.all([
              queryClient.invalidateQueries({ queryKey: cyclesKey }),
              queryClient.invalidateQueries({ queryKey: thisWeekKey }),
            ]);
            navigate(`/cycles/${saved.id}`, { state: { planned: true } });
          }}
        />
      )}
    </Page>
  );
}
