import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { limits } from '../../../../src/schemas/limits.js';
import { api } from '../../api/client.js';
import { useMentoringChanged, useRoadmapReview } from '../../api/mentoring.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { FormMessage, SubmitButton, TextAreaField } from '../../components/fields.js';
import { focusLater } from '../../components/focusLater.js';
import { formError } from '../../components/formError.js';
import { useSession } from '../../session.js';
import './mentoring.css';

const TITLE = 'Growth roadmap review';

/**
 * The framework's second mentoring format, step by step: stage fit, each destination, the cycle plan.
 * Each step's outcome and the action items agreed are saved as a `roadmap-review` feedback session,
 * on the engineer's account, written with the mentor when a mentor runs it.
 */
export default function RoadmapReviewPage() {
  const { id: owner } = useParams();
  const { user } = useSession();
  const review = useRoadmapReview(owner);
  const changed = useMentoringChanged();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  const [items, setItems] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (review.isPending)
    return (
      <Page title={TITLE}>
        <Loading what="Loading the review" />
      </Page>
    );
  if (review.isError)
    return (
      <Page title={TITLE}>
        <LoadError error={review.error} />
      </Page>
    );
  const steps = review.data.steps;
  const last = step >= steps.length;
  const current = steps[step];
  const asMentor = owner !== undefined && owner !== user?.id;
  const go = (to: number) => {
    setStep(to);
    focusLater('review-step-heading');
  };

  return (
    <Page title={asMentor ? `${TITLE} with ${review.data.owner.name}` : TITLE}>
      {asMentor ? (
        <p className="mentor-banner" role="note">
          Viewing {review.data.owner.name}’s map as their mentor. The review is saved on their account, written with you.
        </p>
      ) : null}
      <p className="lead">
        Step {Math.min(step + 1, steps.length + 1)} of {steps.length + 1}. Walk the map together and note what you agree on.
      </p>
      <ol className="review-steps" aria-label="Steps">
        {[...steps.map((s) => s.title), 'Action items'].map((title, index) => (
          <li key={title} aria-current={index === step ? 'step' : undefined}>
            {title}
          </li>
        ))}
      </ol>
      {current && !last ? (
        <section className="card review-step">
          <h2 id="review-step-heading" tabIndex={-1}>
            {current.title}
          </h2>
          <p className="review-prompt">{current.prompt}</p>
          <ul className="review-points">
            {current.points.map((point) => (
              <li key={point.text} className={point.attention ? 'attention' : undefined}>
                {point.attention ? <strong>To talk about: </strong> : null}
                {point.text}
              </li>
            ))}
          </ul>
          <TextAreaField
            label="Outcome of this step"
            rows={3}
            maxLength={limits.feedbackRubric}
            value={outcomes[current.id] ?? ''}
            onChange={(event) => setOutcomes({ ...outcomes, [current.id]: event.target.value })}
          />
          <div className="button-row">
            {step > 0 ? (
              <button type="button" className="secondary" onClick={() => go(step - 1)}>
                Back
              </button>
            ) : null}
            <button type="button" onClick={() => go(step + 1)}>
              Next
            </button>
          </div>
        </section>
      ) : (
        <form
          className="card review-step"
          onSubmit={async (event) => {
            event.preventDefault();
            setBusy(true);
            setError(null);
            try {
              const body = {
                kind: 'roadmap-review' as const,
                partner: asMentor ? (user?.name ?? 'Mentor') : 'Self',
                outcomes: steps.flatMap((s) => {
                  const text = outcomes[s.id]?.trim();
                  return text ? [{ step: s.id, title: s.title, text }] : [];
                }),
                actionItems: items
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean)
                  .map((text) => ({ text, owner: 'me' as const })),
              };
              await api('POST /api/v1/feedback-sessions', { query: asMentor ? { owner } : {}, body });
              await changed();
              navigate(asMentor ? '/mentees' : '/feedback');
            } catch (caught) {
              setError(formError(caught));
            } finally {
              setBusy(false);
            }
          }}
        >
          <h2 id="review-step-heading" tabIndex={-1}>
            Action items
          </h2>
          <TextAreaField
            label="Action items agreed, one a line"
            hint="Each becomes an open action item, followed up in the next session."
            rows={4}
            value={items}
            onChange={(event) => setItems(event.target.value)}
          />
          <FormMessage error={error} />
          <div className="button-row">
            <button type="button" className="secondary" onClick={() => go(steps.length - 1)}>
              Back
            </button>
            <SubmitButton busy={busy}>Save the review</SubmitButton>
          </div>
        </form>
      )}
    </Page>
  );
}
