import { useState } from 'react';
import type { Destination } from '../../../../src/schemas/map.js';
import { DestinationCard } from './DestinationCard.js';

/** Completed and retired destinations leave the active view but keep everything, one click away. */
export function FinishedDestinations({ destinations }: { destinations: Destination[] }) {
  const [open, setOpen] = useState(false);
  const completed = destinations.filter((d) => d.status === 'completed').length;
  return (
    <section aria-labelledby="finished-heading" className="finished-section">
      <h2 id="finished-heading">Completed and retired</h2>
      {destinations.length === 0 ? (
        <p className="muted">
          Nothing here yet. When you complete or retire a destination it moves here, with its skills and history kept.
        </p>
      ) : (
        <>
          <button
            type="button"
            className="secondary"
            aria-expanded={open}
            aria-controls="finished-list"
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide' : 'Show'} {destinations.length} completed and retired ({completed} completed,{' '}
            {destinations.length - completed} retired)
          </button>
          <div id="finished-list" hidden={!open}>
            {open
              ? destinations.map((destination) => <DestinationCard key={destination.id} destination={destination} notices={[]} />)
              : null}
          </div>
        </>
      )}
    </section>
  );
}
