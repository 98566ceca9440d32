import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Destination, GrowthMap } from '../../../../src/schemas/map.js';
import { api } from '../../api/client.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider, useAnnounce } from './announce.js';
import { DestinationCard } from './DestinationCard.js';
import { DestinationForm } from './DestinationForm.js';
import { EmptyMap } from './EmptyMap.js';
import { FinishedDestinations } from './FinishedDestinations.js';
import { MapHeader } from './MapHeader.js';
import { focusLater, mapKey, swapped, useMap } from './useMap.js';
import './map.css';

const TITLE = 'Edit your Growth Map';

export default function MapEditorPage() {
  const map = useMap();
  return (
    <Page title={TITLE} actions={<Link to="/map/one-page">View the one-page map</Link>}>
      {map.isPending ? (
        <Loading what="Loading your map" />
      ) : map.isError ? (
        <LoadError error={map.error} />
      ) : (
        <AnnounceProvider>
          <MapEditor map={map.data} />
        </AnnounceProvider>
      )}
    </Page>
  );
}

function MapEditor({ map }: { map: GrowthMap }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [adding, setAdding] = useState(false);
  const [moveError, setMoveError] = useState<string | null>(null);
  const active = map.destinations.filter((d) => d.status === 'active');
  const finished = map.destinations.filter((d) => d.status !== 'active');
  const generalNotices = map.notices.filter((n) => !n.destinationId);

  async function move(destination: Destination, delta: -1 | 1) {
    const from = active.indexOf(destination);
    const neighbour = active[from + delta];
    if (!neighbour) return;
    const all = map.destinations;
    const next = swapped(all, all.indexOf(destination), all.indexOf(neighbour));
    queryClient.setQueryData<GrowthMap>(mapKey, { ...map, destinations: next });
    announce(`Moved “${destination.title}” to position ${from + delta + 1} of ${active.length}.`);
    const [here, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    focusLater(`${here}-${destination.id}`, `${other}-${destination.id}`);
    setMoveError(null);
    try {
      await api('PUT /api/v1/destinations/order', { body: { ids: next.map((d) => d.id) } });
    } catch (error) {
      setMoveError(
        `Could not save the new order: ${error instanceof Error ? error.message : 'unknown error'} The list shows the saved order again.`,
      );
    } finally {
      await queryClient.invalidateQueries({ queryKey: mapKey });
    }
  }

  const addForm = adding ? (
    <DestinationForm
      onSaved={(saved) => {
        setAdding(false);
        announce(`Added “${saved.title}”. Next, add the skills that bridge to it.`);
        focusLater(`dest-${saved.id}`);
      }}
      onCancel={() => {
        setAdding(false);
        focusLater('add-destination');
      }}
    />
  ) : (
    <button type="button" id="add-destination" onClick={() => setAdding(true)}>
      Add destination
    </button>
  );

  return (
    <>
      <MapHeader map={map} />
      {generalNotices.length > 0 ? (
        <div className="guidance-list">
          {generalNotices.map((notice) => (
            <p key={notice.code} className="notice guidance">
              <span className="guidance-label">Guidance: </span>
              {notice.message}
            </p>
          ))}
        </div>
      ) : null}
      <section aria-labelledby="active-destinations-heading" className="destinations-section">
        <h2 id="active-destinations-heading" tabIndex={-1}>
          Active destinations <span className="muted">({active.length})</span>
        </h2>
        {active.length === 0 ? <EmptyMap hasFinished={finished.length > 0} onBlank={() => setAdding(true)} /> : null}
        {active.length > 0 ? (
          <ol className="destination-list">
            {active.map((destination, index) => (
              <li key={destination.id}>
                <DestinationCard
                  destination={destination}
                  notices={map.notices.filter((n) => n.destinationId === destination.id)}
                  move={{ position: index + 1, count: active.length, onMove: (delta) => void move(destination, delta) }}
                />
              </li>
            ))}
          </ol>
        ) : null}
        {moveError ? (
          <p className="form-error" role="alert">
            {moveError}
          </p>
        ) : null}
        <div className="add-destination">{addForm}</div>
      </section>
      <FinishedDestinations destinations={finished} />
    </>
  );
}
