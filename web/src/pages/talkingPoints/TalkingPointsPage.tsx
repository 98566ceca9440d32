import { urlOf } from '../../api/client.js';
import { useTalkingPoints, useTalkingPointsDraft } from '../../api/talkingPoints.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider } from '../../components/announce.js';
import { ComputedPoints } from './ComputedPoints.js';
import { DraftForm } from './DraftForm.js';
import { WinsSection } from './WinsSection.js';
import './talking-points.css';

/**
 * The Growth Map guide, section 10: career conversations framed as outcomes. The points come from
 * the data, each citing its records; the draft is the user's own and is kept.
 */
export default function TalkingPointsPage() {
  const points = useTalkingPoints();
  const draft = useTalkingPointsDraft();
  return (
    <Page
      title="Talking points"
      actions={
        // The saved draft as the server has it: save your edits first.
        <a
          className="button secondary"
          href={urlOf('GET /api/v1/talking-points.pdf', { query: {} })}
          download="talking-points.pdf"
        >
          Download PDF
        </a>
      }
    >
      <p>
        For your next review or career conversation: outcomes first, then progress, a plan for collaboration and the risks you
        see. Computed from your map, artifacts, cycles and feedback.
      </p>
      {points.isPending || draft.isPending ? (
        <Loading what="Loading your talking points" />
      ) : points.isError || draft.isError ? (
        <LoadError error={points.error ?? draft.error} />
      ) : (
        <AnnounceProvider>
          <ComputedPoints points={points.data.points} />
          <DraftForm saved={draft.data} computed={points.data.markdown} />
          <WinsSection />
        </AnnounceProvider>
      )}
    </Page>
  );
}
