import { useState } from 'react';
import type { Destination, Notice } from '../../../../src/schemas/map.js';
import { useAnnounce } from '../../components/announce.js';
import { type MoveControls, DestinationActions } from './DestinationActions.js';
import { DestinationForm } from './DestinationForm.js';
import { categories, statusLabels } from '../../components/format.js';
import { SkillList } from './SkillList.js';
import { SmartBadges, SmartReasons } from '../../components/SmartBadges.js';
import { DateText } from '../../components/text.js';
import { focusLater } from '../../components/focusLater.js';

/** One destination: what it is, whether it is SMART, the skills that bridge to it, and what you can do with it. */
export function DestinationCard({
  destination,
  notices,
  move,
}: {
  destination: Destination;
  notices: Notice[];
  move?: MoveControls;
}) {
  const [editing, setEditing] = useState(false);
  const announce = useAnnounce();
  const { id } = destination;
  const headingId = `dest-${id}`;

  if (editing) {
    return (
      <DestinationForm
        destination={destination}
        onSaved={(saved) => {
          setEditing(false);
          announce(`Saved “${saved.title}”.`);
          focusLater(`edit-${id}`);
        }}
        onCancel={() => {
          setEditing(false);
          focusLater(`edit-${id}`);
        }}
      />
    );
  }

  return (
    <article className={`card destination status-${destination.status}`} aria-labelledby={headingId}>
      <header className="destination-header">
        <h3 id={headingId} tabIndex={-1}>
          {destination.title}
        </h3>
        <p className="destination-meta">
          <span className="tag">{categories[destination.category].label}</span>
          {destination.status !== 'active' ? <span className="tag status">{statusLabels[destination.status]}</span> : null}
        </p>
      </header>
      <SmartBadges smart={destination.smart} />
      <SmartReasons smart={destination.smart} />
      <dl className="destination-facts">
        {destination.description ? (
          <div>
            <dt>Description</dt>
            <dd className="prose">{destination.description}</dd>
          </div>
        ) : null}
        <div>
          <dt>Measure</dt>
          <dd>{destination.measure ?? <span className="muted">Not set</span>}</dd>
        </div>
        <div>
          <dt>Target date</dt>
          <dd>{destination.targetDate ? <DateText date={destination.targetDate} /> : <span className="muted">Not set</span>}</dd>
        </div>
        <div>
          <dt>Business impact</dt>
          <dd>{destination.businessImpact ?? <span className="muted">Not set</span>}</dd>
        </div>
      </dl>
      {notices.map((notice) => (
        <p key={notice.code} className="notice guidance">
          <span className="guidance-label">Guidance: </span>
          {notice.message}
        </p>
      ))}
      <SkillList destination={destination} />
      <DestinationActions destination={destination} onEdit={() => setEditing(true)} move={move} />
    </article>
  );
}
