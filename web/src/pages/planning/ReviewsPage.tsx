import { useState } from 'react';
import { Link } from 'react-router';
import type { QuarterlyReview } from '../../../../src/schemas/planning.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider, useAnnounce } from '../../components/announce.js';
import { useMap } from '../../api/map.js';
import { CompareReviews } from './CompareReviews.js';
import { PastReviews } from './PastReviews.js';
import { QuarterlyReviewForm } from './QuarterlyReviewForm.js';
import { plural } from '../../components/cycleWords.js';
import { DateText } from '../../components/text.js';
import { focusLater } from '../../components/focusLater.js';
import { usePreferences, useQuarterlyReviews } from '../../api/planning.js';
import './planning.css';

/** The Growth Map guide, section 10: growth reviews every quarter, with the wins to celebrate and what changed since last time. */
export default function ReviewsPage() {
  const reviews = useQuarterlyReviews();
  return (
    <Page title="Quarterly reviews">
      {reviews.isPending ? (
        <Loading what="Loading your reviews" />
      ) : reviews.isError ? (
        <LoadError error={reviews.error} />
      ) : (
        <AnnounceProvider>
          <Reviews reviews={reviews.data} />
        </AnnounceProvider>
      )}
    </Page>
  );
}

function Reviews({ reviews }: { reviews: QuarterlyReview[] }) {
  const preferences = usePreferences();
  const map = useMap();
  const announce = useAnnounce();
  const [starting, setStarting] = useState(false);
  const prefs = preferences.data;
  return (
    <>
      <p className="lead">
        Schedule growth reviews quarterly, not just during performance cycles: retire what is done, refresh what drifted, add what
        is next — and celebrate the wins.
      </p>
      {prefs ? (
        <p className="card next-review">
          <strong>Next review:</strong> <DateText date={prefs.nextQuarterlyReview} />, every{' '}
          {plural(prefs.reviewCadenceMonths, 'month')}. <Link to="/settings">Change the cadence</Link>
        </p>
      ) : null}
      {starting ? (
        map.isPending ? (
          <Loading what="Loading your destinations" />
        ) : map.isError ? (
          <LoadError error={map.error} />
        ) : (
          <QuarterlyReviewForm
            destinations={map.data.destinations}
            onSaved={(saved) => {
              setStarting(false);
              announce('Saved the quarterly review. Its wins are below, ready to copy.');
              focusLater(`qr-${saved.id}`);
            }}
            onCancel={() => {
              setStarting(false);
              focusLater('start-review');
            }}
          />
        )
      ) : (
        <button type="button" id="start-review" onClick={() => setStarting(true)}>
          Start quarterly review
        </button>
      )}
      <PastReviews reviews={reviews} />
      {reviews.length >= 2 ? <CompareReviews reviews={reviews} /> : null}
    </>
  );
}
