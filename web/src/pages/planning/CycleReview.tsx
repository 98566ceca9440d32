import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Cycle } from '../../../../src/schemas/cycles.js';
import type { Destination } from '../../../../src/schemas/map.js';
import { useAnnounce } from '../../components/announce.js';
import { useToday } from '../../components/format.js';
import { nextOfReviewed } from './cycleDraft.js';
import { CycleReviewForm } from './CycleReviewForm.js';
import type { NextCycle } from '../../api/cycles.js';
import { plural } from '../../components/cycleWords.js';
import { DateText } from '../../components/text.js';
import { focusLater } from '../../components/focusLater.js';

/** The review when it is due (or early, on request); once done, what it said and the way to the next cycle. */
export function CycleReview({ cycle, destinations }: { cycle: Cycle; destinations: Destination[] }) {
  const navigate = useNavigate();
  const announce = useAnnounce();
  const today = useToday();
  const [early, setEarly] = useState(false);
  const [next, setNext] = useState<NextCycle | null>(null);
  if (cycle.status === 'cancelled') return null;
  const due = cycle.status === 'in-review' || cycle.status === 'review-overdue';
  const { review } = cycle;
  return (
    <section aria-labelledby="review-heading" className="cycle-review">
      <h2 id="review-heading" tabIndex={-1}>
        Cycle review
      </h2>
      {review ? (
        <>
          <dl className="facts review-facts">
            <div>
              <dt>Reviewed on</dt>
              <dd>
                <DateText date={review.reviewedAt.slice(0, 10)} />
              </dd>
            </div>
            <div>
              <dt>What went well</dt>
              <dd className="prose">{review.wentWell}</dd>
            </div>
            <div>
              <dt>What did not go well</dt>
              <dd className="prose">{review.didNotGoWell}</dd>
            </div>
            <div>
              <dt>Level changes</dt>
              <dd>
                {review.levelChangeIds.length
                  ? `${plural(review.levelChangeIds.length, 'level change')} recorded, with this cycle as evidence`
                  : 'None'}
              </dd>
            </div>
            <div>
              <dt>Next mini-goal</dt>
              <dd className="prose">{review.nextGoal}</dd>
            </div>
          </dl>
          <button
            type="button"
            onClick={() =>
              navigate('/cycles/new', { state: { nextCycle: next ?? nextOfReviewed(cycle, today), fromGoal: cycle.goal } })
            }
          >
            Plan the next cycle
          </button>
        </>
      ) : due || early ? (
        <>
          <p>
            {cycle.status === 'review-overdue' ? <strong>Overdue: the cycle has ended. </strong> : null}
            Reflect on the cycle, adjust your mastery levels, and set the next mini-goal. Review date:{' '}
            <DateText date={cycle.reviewDate} />.
          </p>
          <CycleReviewForm
            cycle={cycle}
            destinations={destinations}
            onReviewed={(reviewed) => {
              setNext(reviewed.nextCycle);
              const count = reviewed.cycle.review?.levelChangeIds.length ?? 0;
              announce(
                `Review complete${count ? `, ${plural(count, 'level change')} recorded` : ''}. Next: plan the next cycle.`,
              );
              focusLater('review-heading');
            }}
          />
        </>
      ) : (
        <>
          <p>
            The review is due on <DateText date={cycle.reviewDate} />, in the reflect week. If the cycle is done sooner, you can
            review it now.
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setEarly(true);
              focusLater('review-heading');
            }}
          >
            Review this cycle now
          </button>
        </>
      )}
    </section>
  );
}
