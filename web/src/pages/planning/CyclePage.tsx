import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider } from '../../components/announce.js';
import { useMap } from '../../api/map.js';
import { BackupSwitch } from './BackupSwitch.js';
import { CycleReview } from './CycleReview.js';
import { CycleSummary } from './CycleSummary.js';
import { CycleTimeline } from './CycleTimeline.js';
import { ProgressLog } from './ProgressLog.js';
import { useCycle, useEntries } from '../../api/cycles.js';
import './planning.css';

/** One cycle: where it stands, its timeline, its progress log, the backup switch and the review. */
export default function CyclePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const cycle = useCycle(id);
  const entries = useEntries(id);
  const map = useMap();

  if (cycle.error instanceof ApiError && cycle.error.status === 404) {
    return (
      <Page title="Cycle not found">
        <p>
          There is no cycle at this address. It may have been deleted. See <Link to="/cycles">all your cycles</Link>.
        </p>
      </Page>
    );
  }
  if (cycle.isError)
    return (
      <Page title="Learning cycle">
        <LoadError error={cycle.error} />
      </Page>
    );
  if (cycle.isPending || entries.isPending || map.isPending) {
    return (
      <Page title="Learning cycle">
        <Loading what="Loading the cycle" />
      </Page>
    );
  }
  if (entries.isError || map.isError)
    return (
      <Page title="Learning cycle">
        <LoadError error={entries.error ?? map.error} />
      </Page>
    );
  const planned = (location.state as { planned?: boolean } | null)?.planned;
  const destinations = map.data.destinations;
  return (
    <Page title={cycle.data.goal} actions={<Link to="/cycles">All cycles</Link>}>
      <AnnounceProvider>
        {planned ? (
          <p className="success" role="status">
            Cycle planned. Log what you do each week below; the home screen reminds you what each week asks.
          </p>
        ) : null}
        <CycleSummary cycle={cycle.data} destinations={destinations} entryCount={entries.data.length} />
        <CycleTimeline cycle={cycle.data} entries={entries.data} />
        <ProgressLog cycle={cycle.data} entries={entries.data} />
        <BackupSwitch cycle={cycle.data} />
        <CycleReview cycle={cycle.data} destinations={destinations} />
      </AnnounceProvider>
    </Page>
  );
}
