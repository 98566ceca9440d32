import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Artifact } from '../../../../src/schemas/artifacts.js';
import type { Portfolio, PortfolioSuggestion } from '../../../../src/schemas/portfolio.js';
import { api, currentOf, isConflict, urlOf } from '../../api/client.js';
import { portfolioOwnKey, usePortfolio } from '../../api/portfolio.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider, useAnnounce } from '../../components/announce.js';
import { focusLater } from '../../components/focusLater.js';
import { formError } from '../../components/formError.js';
import { Hidden } from '../../components/text.js';
import { outcomeText, strengthLabels } from './words.js';
import './portfolio.css';

/** What a change did, in words for the live region, and where focus goes after it. */
interface Change {
  artifactIds: string[];
  said: string;
  focusId: string;
  fallbackId?: string;
}

/** Pick and order the artifacts of the Portfolio of Impact; suggestions rank the rest by how well they show an outcome. */
export default function PortfolioPage() {
  const portfolio = usePortfolio();
  return (
    <Page
      title="Portfolio of Impact"
      actions={
        <>
          <Link className="button secondary" to="/portfolio/shares">
            Share by link
          </Link>
          <a className="button secondary" href={urlOf('GET /api/v1/portfolio.pdf', { query: {} })} download="portfolio.pdf">
            Download PDF
          </a>
          <a className="button secondary" href={urlOf('GET /api/v1/portfolio.html', { query: {} })} download="portfolio.html">
            Download as a web page
          </a>
        </>
      }
    >
      <p className="lead">
        The few pieces of work you would point to in a review or an interview: 3–5 concrete artifacts tied to outcomes, in the
        order you want them read.
      </p>
      {portfolio.isPending ? (
        <Loading what="Loading your portfolio" />
      ) : portfolio.isError ? (
        <LoadError error={portfolio.error} />
      ) : (
        <AnnounceProvider>
          <Builder portfolio={portfolio.data} />
        </AnnounceProvider>
      )}
    </Page>
  );
}

function Builder({ portfolio }: { portfolio: Portfolio }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const ids = portfolio.artifacts.map((a) => a.id);
  const save = useMutation({
    mutationFn: (change: Change) =>
      api('PUT /api/v1/portfolio', { body: { artifactIds: change.artifactIds, version: portfolio.version } }),
    onSuccess: (saved, change) => {
      queryClient.setQueryData(portfolioOwnKey, saved);
      announce(change.said);
      focusLater(change.focusId, change.fallbackId);
    },
    onError: (error) => {
      // Changed in another tab: show what is saved now; the person repeats the step on it.
      const current = currentOf('PUT /api/v1/portfolio', error);
      if (current) queryClient.setQueryData(portfolioOwnKey, current);
    },
  });
  const count = ids.length;
  const position = (id: string) => ids.indexOf(id) + 1;

  const move = (artifact: Artifact, delta: -1 | 1) => {
    const from = ids.indexOf(artifact.id);
    const next = [...ids];
    next.splice(from, 1);
    next.splice(from + delta, 0, artifact.id);
    const direction = delta < 0 ? 'up' : 'down';
    save.mutate({
      artifactIds: next,
      said: `Moved “${artifact.title}” ${direction}: now ${from + 1 + delta} of ${count}.`,
      focusId: `portfolio-${direction}-${artifact.id}`,
      fallbackId: `portfolio-${delta < 0 ? 'down' : 'up'}-${artifact.id}`,
    });
  };
  const remove = (artifact: Artifact) =>
    save.mutate({
      artifactIds: ids.filter((id) => id !== artifact.id),
      said: `Removed “${artifact.title}” from your portfolio. It is among the suggestions again.`,
      focusId: 'portfolio-chosen-heading',
    });
  const add = (suggestion: PortfolioSuggestion) =>
    save.mutate({
      artifactIds: [...ids, suggestion.artifactId],
      said: `Added “${suggestion.title}” to your portfolio: ${count + 1} of ${count + 1}.`,
      focusId: `portfolio-remove-${suggestion.artifactId}`,
    });

  if (count === 0 && portfolio.suggestions.length === 0) {
    return (
      <div className="card empty-state">
        <p>
          Your portfolio is made of your artifacts, and you have none yet. Record a design doc, a decision record or a talk with
          what it changed, then come back to pick the strongest. <Link to="/artifacts/new">Record an artifact</Link> or{' '}
          <Link to="/artifacts">see your artifacts</Link>.
        </p>
      </div>
    );
  }

  const problem = isConflict(save.error)
    ? 'Your portfolio was changed elsewhere. It is reloaded: make the change again.'
    : formError(save.error);
  return (
    <>
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <section aria-labelledby="portfolio-chosen-heading" className="card">
        <h2 id="portfolio-chosen-heading" className="section-heading" tabIndex={-1}>
          In your portfolio
        </h2>
        {portfolio.notice ? <p className="notice">{portfolio.notice.message}</p> : null}
        {count === 0 ? (
          <p>Nothing yet. Add artifacts from the suggestions below; those with a measured before and after come first.</p>
        ) : (
          <ol className="portfolio-list">
            {portfolio.artifacts.map((artifact) => (
              <li key={artifact.id} className="portfolio-item">
                <div className="portfolio-item-text">
                  <Link to={`/artifacts/${artifact.id}`}>{artifact.title}</Link>
                  <p className="muted">{outcomeText(artifact)}</p>
                </div>
                <div className="button-row compact">
                  <button
                    type="button"
                    className="secondary"
                    id={`portfolio-up-${artifact.id}`}
                    disabled={position(artifact.id) === 1 || save.isPending}
                    onClick={() => move(artifact, -1)}
                  >
                    Move up <Hidden>“{artifact.title}”</Hidden>
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    id={`portfolio-down-${artifact.id}`}
                    disabled={position(artifact.id) === count || save.isPending}
                    onClick={() => move(artifact, 1)}
                  >
                    Move down <Hidden>“{artifact.title}”</Hidden>
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    id={`portfolio-remove-${artifact.id}`}
                    disabled={save.isPending}
                    onClick={() => remove(artifact)}
                  >
                    Remove <Hidden>“{artifact.title}”</Hidden>
                  </button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      {portfolio.suggestions.length > 0 ? (
        <section aria-labelledby="portfolio-suggestions-heading" className="card">
          <h2 id="portfolio-suggestions-heading" className="section-heading">
            Suggestions
          </h2>
          <p className="muted">
            Your other artifacts, strongest first: a metric with a before and after, then an outcome sentence, then the rest.
          </p>
          <ul className="portfolio-list">
            {portfolio.suggestions.map((suggestion) => (
              <li key={suggestion.artifactId} className="portfolio-item">
                <div className="portfolio-item-text">
                  <Link to={`/artifacts/${suggestion.artifactId}`}>{suggestion.title}</Link>{' '}
                  <span className={`tag strength-${suggestion.strength}`}>{strengthLabels[suggestion.strength]}</span>
                  <p className="muted">{suggestion.reason}</p>
                </div>
                <div className="button-row compact">
                  <button type="button" disabled={save.isPending} onClick={() => add(suggestion)}>
                    Add <Hidden>“{suggestion.title}” to your portfolio</Hidden>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
