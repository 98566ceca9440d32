import { Link } from 'react-router';
import { urlOf } from '../../api/client.js';
import { useEndorsementSheet } from '../../api/endorsements.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { levelName } from '../../components/format.js';
import './endorsements.css';

/** The approved quotes grouped by skill, ready to print or save as PDF. */
export default function SheetPage() {
  const sheet = useEndorsementSheet();
  return (
    <Page
      title="Endorsement sheet"
      actions={
        <>
          <button type="button" className="secondary" onClick={() => window.print()}>
            Print
          </button>
          <a
            className="button secondary"
            href={urlOf('GET /api/v1/endorsements/sheet.pdf', { query: {} })}
            download="endorsements.pdf"
          >
            Download PDF
          </a>
        </>
      }
    >
      {sheet.isPending ? (
        <Loading what="Loading your endorsement sheet" />
      ) : sheet.isError ? (
        <LoadError error={sheet.error} />
      ) : sheet.data.groups.length === 0 ? (
        <p className="card empty-state">
          No approved endorsements yet. <Link to="/endorsements">Ask for one, or approve one you received</Link>, and it shows
          here.
        </p>
      ) : (
        <div className="endorsement-sheet">
          {sheet.data.groups.map((group) => (
            <section key={group.skillId ?? 'general'} aria-labelledby={`sheet-${group.skillId ?? 'general'}`}>
              <h2 id={`sheet-${group.skillId ?? 'general'}`}>{group.skillName}</h2>
              <ul className="endorsement-list">
                {group.quotes.map((quote, index) => (
                  // Quotes have no id of their own on the sheet; their order is stable (newest first).
                  <li key={index} className="card">
                    <blockquote className="endorsement-quote">{quote.quote}</blockquote>
                    <p className="muted">
                      — {quote.name ?? 'A colleague'}
                      {quote.relationship ? `, ${quote.relationship}` : null}
                      {quote.level ? ` · observed ${levelName(quote.level)}` : null}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Page>
  );
}
