import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { QuarterlyReview } from '../../../../src/schemas/planning.js';
import { api } from '../../api/client.js';
import { FormMessage } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { reviewName } from './reviewNames.js';
import { Hidden } from '../../components/text.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { formError } from '../../components/formError.js';
import { focusLater } from '../../components/focusLater.js';
import { quarterlyKey } from '../../api/planning.js';

const decisionWords = { keep: 'Kept', refresh: 'Refreshed', complete: 'Completed', retire: 'Retired' } as const;

/** Past reviews, newest first: the decisions, the notes and the wins, ready to copy and share. */
export function PastReviews({ reviews }: { reviews: QuarterlyReview[] }) {
  return (
    <section aria-labelledby="past-heading">
      <h2 id="past-heading" tabIndex={-1}>
        Past reviews
      </h2>
      {reviews.length === 0 ? (
        <p>No quarterly review yet. Start one to take stock of your destinations and collect the quarter’s wins.</p>
      ) : (
        <ol className="past-reviews">
          {reviews.map((review) => (
            <PastReview key={review.id} review={review} name={reviewName(review, reviews)} />
          ))}
        </ol>
      )}
    </section>
  );
}

function PastReview({ review, name }: { review: QuarterlyReview; name: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const wins = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState('');
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/quarterly-reviews/{id}', { params: { id: review.id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: quarterlyKey });
      announce(`Deleted the review of ${name}.`);
      focusLater('past-heading');
    },
  });
  const titles = new Map(review.snapshot.destinations.map((d) => [d.id, d.title]));
  async function copy() {
    wins.current?.select();
    try {
      await navigator.clipboard.writeText(review.wins);
      setCopied('Copied the wins to the clipboard.');
    } catch {
      setCopied('Could not copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  }
  return (
    <li className="card past-review">
      <h3 id={`qr-${review.id}`} tabIndex={-1}>
        Review of {name}
      </h3>
      {review.decisions.length > 0 ? (
        <ul className="decisions">
          {review.decisions.map((d) => (
            <li key={d.destinationId}>
              <strong>{decisionWords[d.decision]}:</strong> {titles.get(d.destinationId) ?? 'a deleted destination'}
              {d.note ? ` — ${d.note}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {review.notes ? <p className="prose">{review.notes}</p> : null}
      <div className="field">
        <label htmlFor={`${id}-wins`}>
          Wins <Hidden>from the review of {name}</Hidden>
        </label>
        <textarea
          id={`${id}-wins`}
          ref={wins}
          readOnly
          value={review.wins}
          rows={Math.min(12, review.wins.split('\n').length + 1)}
          className="wins"
        />
        <div className="field-hint">Markdown, ready to paste into a team channel, a post or your portfolio.</div>
      </div>
      <div className="button-row compact">
        <button type="button" className="secondary" onClick={copy}>
          Copy wins <Hidden>from the review of {name}</Hidden>
        </button>
        <button type="button" className="secondary danger-text" id={`qr-delete-${review.id}`} onClick={() => setConfirming(true)}>
          Delete review <Hidden>of {name}</Hidden>
        </button>
      </div>
      <p role="status" className="field-hint status-line">
        {copied}
      </p>
      {confirming ? (
        <InlineConfirm
          message={`Delete the review of ${name} with its snapshot? Your map is not changed. This cannot be undone.`}
          confirmLabel="Delete permanently"
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => {
            setConfirming(false);
            focusLater(`qr-delete-${review.id}`);
          }}
        />
      ) : null}
      <FormMessage error={formError(remove.error)} />
    </li>
  );
}
