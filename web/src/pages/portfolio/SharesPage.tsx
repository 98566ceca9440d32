import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { PortfolioShare, ShareCreated } from '../../../../src/schemas/portfolio.js';
import { api, fieldErrors } from '../../api/client.js';
import { portfolioKey, useShareViews, useShares } from '../../api/portfolio.js';
import { CopyField } from '../../components/CopyField.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider, useAnnounce } from '../../components/announce.js';
import { FormMessage, SubmitButton, TextField } from '../../components/fields.js';
import { focusLater } from '../../components/focusLater.js';
import { formError } from '../../components/formError.js';
import { formatInstant } from '../../components/format.js';
import { Hidden } from '../../components/text.js';
import { useSession } from '../../session.js';
import { addDays, endOfDay, latestPick, localToday } from './dates.js';
import { shareStatusLabels } from './words.js';
import './portfolio.css';

/** Links to frozen copies of the portfolio: make one, copy it once, see when each was opened, revoke. */
export default function SharesPage() {
  const shares = useShares();
  const [created, setCreated] = useState<ShareCreated | null>(null);
  return (
    <Page title="Share your portfolio">
      <AnnounceProvider>
        <p className="lead">
          A link shows your portfolio as it is at the moment you make it: your name and the artifacts with their outcomes, metrics
          and skills, and nothing else of your account. Change your portfolio later and the link still shows the copy; make a new
          link to share the update. <Link to="/portfolio">Back to your portfolio</Link>.
        </p>
        <CreateShareForm onCreated={setCreated} />
        {created ? <NewLink created={created} /> : null}
        <section aria-labelledby="shares-heading" className="card">
          <h2 id="shares-heading" className="section-heading" tabIndex={-1}>
            Your links
          </h2>
          {shares.isPending ? <Loading what="Loading your links" /> : null}
          {shares.isError ? <LoadError error={shares.error} /> : null}
          {shares.data?.length === 0 ? <p>No links yet. Make one above to share your portfolio.</p> : null}
          {shares.data?.length ? (
            <ul className="portfolio-list">
              {shares.data.map((share) => (
                <ShareItem key={share.id} share={share} />
              ))}
            </ul>
          ) : null}
        </section>
      </AnnounceProvider>
    </Page>
  );
}

function CreateShareForm({ onCreated }: { onCreated: (created: ShareCreated) => void }) {
  const queryClient = useQueryClient();
  const today = localToday();
  const [expiresOn, setExpiresOn] = useState(addDays(today, 30));
  const [includeEndorsements, setIncludeEndorsements] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      api('POST /api/v1/portfolio/shares', {
        body: { ...(expiresOn && { expiresAt: endOfDay(expiresOn) }), includeEndorsements },
      }),
    onSuccess: async (created) => {
      onCreated(created);
      await queryClient.invalidateQueries({ queryKey: portfolioKey });
      focusLater('new-link-heading');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const fields = fieldErrors(create.error);
  return (
    <section aria-labelledby="new-share-heading" className="card">
      <h2 id="new-share-heading" className="section-heading">
        Make a link
      </h2>
      <form className="share-form" onSubmit={submit} noValidate>
        <div className="field-row">
          <TextField
            label="Works until the end of"
            type="date"
            value={expiresOn}
            min={addDays(today, 1)}
            max={latestPick(today)}
            onChange={(event) => setExpiresOn(event.target.value)}
            hint="30 days unless you choose; at most a year."
            error={fields.expiresAt}
          />
        </div>
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={includeEndorsements}
              aria-describedby="include-endorsements-hint"
              onChange={(event) => setIncludeEndorsements(event.target.checked)}
            />{' '}
            Include my approved endorsements
          </label>
          <div className="field-hint" id="include-endorsements-hint">
            Only quotes you approved, with the endorser’s name where they allowed it.
          </div>
        </div>
        <FormMessage error={formError(create.error, ['expiresAt'])} />
        <SubmitButton busy={create.isPending} busyLabel="Making the link…">
          Make a link
        </SubmitButton>
      </form>
    </section>
  );
}

function NewLink({ created }: { created: ShareCreated }) {
  const { user } = useSession();
  return (
    <section aria-labelledby="new-link-heading" className="card">
      <h2 id="new-link-heading" className="section-heading" tabIndex={-1}>
        Your new link
      </h2>
      <CopyField
        label="Link to your portfolio"
        value={created.url}
        hint={`Shown only this once: copy it now. Anyone with it can read the copy until ${formatInstant(created.expiresAt, user?.timeZone)}.`}
      />
    </section>
  );
}

function ShareItem({ share }: { share: PortfolioShare }) {
  const { user } = useSession();
  const timeZone = user?.timeZone;
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [showViews, setShowViews] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const views = useShareViews(share.id, showViews);
  const created = formatInstant(share.createdAt, timeZone);
  const revoke = useMutation({
    mutationFn: () => api('DELETE /api/v1/portfolio/shares/{id}', { params: { id: share.id } }),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: portfolioKey });
      announce(`Revoked the link made ${created}. It stopped working at once.`);
      focusLater(`share-views-${share.id}`);
    },
  });
  const viewsLabel = share.viewCount === 1 ? '1 view' : `${share.viewCount} views`;
  return (
    <li className="portfolio-item">
      <p>
        <strong>Made {created}</strong>{' '}
        <span className={`tag share-status-${share.status}`}>{shareStatusLabels[share.status]}</span>
      </p>
      <p className="muted">
        {share.status === 'revoked' && share.revokedAt
          ? `Revoked ${formatInstant(share.revokedAt, timeZone)}`
          : `${share.status === 'expired' ? 'Expired' : 'Works until'} ${formatInstant(share.expiresAt, timeZone)}`}
        {' · '}
        {viewsLabel}
        {' · '}
        {share.includeEndorsements ? 'with endorsements' : 'without endorsements'}
      </p>
      <div className="button-row compact">
        <button
          type="button"
          className="secondary"
          id={`share-views-${share.id}`}
          aria-expanded={showViews}
          aria-controls={`share-log-${share.id}`}
          onClick={() => setShowViews(!showViews)}
        >
          {showViews ? 'Hide' : 'Show'} the view log <Hidden>of the link made {created}</Hidden>
        </button>
        {share.status === 'active' && !confirming ? (
          <button
            type="button"
            className="secondary"
            id={`share-revoke-${share.id}`}
            onClick={() => {
              setConfirming(true);
              focusLater(`share-confirm-${share.id}`);
            }}
          >
            Revoke <Hidden>the link made {created}</Hidden>
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div className="confirm share-confirm" role="group" aria-label={`Revoke the link made ${created}`}>
          <p>Revoke this link? Anyone who opens it will be told it does not work, from now on. Its view log stays.</p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              id={`share-confirm-${share.id}`}
              disabled={revoke.isPending}
              aria-busy={revoke.isPending || undefined}
              onClick={() => revoke.mutate()}
            >
              {revoke.isPending ? 'Revoking…' : 'Yes, revoke'}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setConfirming(false);
                focusLater(`share-revoke-${share.id}`);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <FormMessage error={formError(revoke.error)} />
      <div id={`share-log-${share.id}`} hidden={!showViews}>
        {showViews ? <ViewLog views={views} timeZone={timeZone} /> : null}
      </div>
    </li>
  );
}

function ViewLog({ views, timeZone }: { views: ReturnType<typeof useShareViews>; timeZone: string | undefined }) {
  if (views.isPending) return <Loading what="Loading the view log" />;
  if (views.isError) return <LoadError error={views.error} />;
  if (views.data.length === 0) return <p className="muted">Nobody has opened this link yet.</p>;
  return (
    <ol className="share-views" aria-label="When the link was opened, newest first">
      {views.data.map((view, index) => (
        <li key={`${view.viewedAt}-${index}`}>
          <time dateTime={view.viewedAt}>{formatInstant(view.viewedAt, timeZone)}</time>
        </li>
      ))}
    </ol>
  );
}
