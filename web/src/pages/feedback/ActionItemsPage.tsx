import { useState } from 'react';
import { Link } from 'react-router';
import { useActionItems } from '../../api/feedback.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { RadioGroup } from '../../components/choices.js';
import { DateText } from '../../components/text.js';
import { ActionItemStatus } from './ActionItemStatus.js';
import { FeedbackNav } from './FeedbackNav.js';
import { ownerLabels } from './words.js';
import './feedback.css';

const statuses = ['open', 'done', 'dropped'] as const;
type Status = (typeof statuses)[number];
const isStatus = (value: string): value is Status => statuses.some((status) => status === value);

/** What was agreed in 1:1s and pairing, followed up until done or dropped. */
export default function ActionItemsPage() {
  const [status, setStatus] = useState<Status>('open');
  const items = useActionItems(status);
  return (
    <Page title="Action items">
      <FeedbackNav />
      <RadioGroup
        legend="Show"
        name="status"
        inline
        options={statuses.map((value) => ({ value, label: value[0]?.toUpperCase() + value.slice(1) }))}
        value={status}
        onChange={(next) => setStatus(isStatus(next) ? next : 'open')}
      />
      {items.isPending ? <Loading /> : null}
      {items.error ? <LoadError error={items.error} /> : null}
      {items.data?.length === 0 ? <p>Nothing here.</p> : null}
      <ul className="feedback-list">
        {items.data?.map((item) => (
          <li key={item.id} className="card">
            <h2>{item.text}</h2>
            <p>
              {ownerLabels[item.owner]} · from the <Link to={`/feedback/${item.sessionId}`}>session with {item.partner}</Link>
              {item.due ? (
                <>
                  {' '}
                  · due <DateText date={item.due} />
                </>
              ) : null}
              {item.carriedInto.length > 0 ? ` · carried into ${item.carriedInto.length} later session(s)` : ''}
            </p>
            <ActionItemStatus item={item} />
          </li>
        ))}
      </ul>
    </Page>
  );
}
