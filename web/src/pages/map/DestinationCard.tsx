import { useState } from 'react';
import type { Destination, Notice, Smart } from '../../../../src/schemas/map.js';
import { useAnnounce } from '../../components/announce.js';
import { DateText } from '../../components/text.js';
import { type MoveControls, DestinationActions } from './DestinationActions.js';
import { DestinationForm } from './DestinationForm.js';
import { DragHandle } from './DragHandle.js';
import { categories, statusLabels } from '../../components/format.js';
import { Placeholdered } from './Placeholdered.js';
import { SkillList } from './SkillList.js';
import { SmartBadges, SmartReasons, smartLetters } from '../../components/SmartBadges.js';
import { focusLater } from '../../components/focusLater.js';

/** One destination: what it is and whether it is SMART first, its actions in a menu by its title, then its skills. */
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
          focusLater(`actions-${id}`);
        }}
        onCancel={() => {
          setEditing(false);
          focusLater(`actions-${id}`);
        }}
      />
    );
  }

  return (
    <article className={`card destination status-${destination.status}`} aria-labelledby={headingId}>
      <header className="destination-header">
        {move ? <DragHandle {...move.handle} /> : null}
        <h3 id={headingId} tabIndex={-1}>
          <Placeholdered text={destination.title} />
        </h3>
        <DestinationActions destination={destination} onEdit={() => setEditing(true)} move={move} />
      </header>
      <p className="destination-meta">
        <span className="tag">{categories[destination.category].label}</span>
        {destination.status !== 'active' ? <span className="tag status">{statusLabels[destination.status]}</span> : null}
      </p>
      <dl className="destination-facts">
        <div>
          <dt>Measure</dt>
          <dd>{destination.measure ? <Placeholdered text={destination.measure} /> : <span className="muted">Not set</span>}</dd>
        </div>
        <div>
          <dt>Target date</dt>
          <dd>{destination.targetDate ? <DateText date={destination.targetDate} /> : <span className="muted">Not set</span>}</dd>
        </div>
        <div>
          <dt>Business impact</dt>
          <dd>
            {destination.businessImpact ? (
              <Placeholdered text={destination.businessImpact} />
            ) : (
              <span className="muted">Not set</span>
            )}
          </dd>
        </div>
        {destination.description ? (
          <div className="wide">
            <dt>Description</dt>
            <dd className="prose">
              <Placeholdered text={destination.description} />
            </dd>
          </div>
        ) : null}
      </dl>
      <SmartBadges smart={destination.smart} />
      <SmartWhy smart={destination.smart} />
      {notices.map((notice) => (
        <p key={notice.code} className="notice guidance">
          <span className="guidance-label">Guidance: </span>
          {notice.message}
        </p>
      ))}
      <SkillList destination={destination} />
    </article>
  );
}

/** Why letters fail, folded away: the badges already say which. */
function SmartWhy({ smart }: { smart: Smart }) {
  const failing = smartLetters.filter(({ key }) => !smart[key].pass).length;
  if (failing === 0) return null;
  return (
    <details className="smart-why">
      <summary>What would make it SMART</summary>
      <SmartReasons smart={smart} />
    </details>
  );
}
