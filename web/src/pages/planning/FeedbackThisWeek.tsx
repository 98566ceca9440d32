import { Link } from 'react-router';
import type { ThisWeek } from '../../api/planning.js';
import { DateText } from '../../components/text.js';

/** Open action items from 1:1s and pairing, and today's 1:1 when the cadence puts one here. */
export function FeedbackThisWeek({ data }: { data: ThisWeek }) {
  if (data.actionItems.length === 0 && !data.oneOnOneToday) return null;
  return (
    <section aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback</h2>
      {data.oneOnOneToday ? (
        <p>
          Your 1:1 is today.{' '}
          <Link className="button" to="/feedback/new?kind=one-on-one">
            Start today’s 1:1
          </Link>
        </p>
      ) : null}
      {data.actionItems.length > 0 ? (
        <>
          <ul className="due-list">
            {data.actionItems.map((item) => (
              <li key={item.id}>
                {item.text} <span className="muted">— with {item.partner}</span>
                {item.due ? (
                  <span className="muted">
                    , by <DateText date={item.due} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/feedback/action-items">Mark action items done or dropped</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
