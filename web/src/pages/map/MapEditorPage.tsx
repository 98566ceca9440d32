import { useState } from 'react';
import { Link } from 'react-router';
import type { GrowthMap } from '../../../../src/schemas/map.js';
import { api } from '../../api/client.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider, useAnnounce } from '../../components/announce.js';
import { DestinationCard } from './DestinationCard.js';
import { DestinationForm } from './DestinationForm.js';
import { EmptyMap } from './EmptyMap.js';
import { FinishedDestinations } from './FinishedDestinations.js';
import { MapHeader } from './MapHeader.js';
import { MarkdownSection } from './MarkdownSection.js';
import { focusLater } from '../../components/focusLater.js';
import { useMap } from '../../api/map.js';
import { useDragReorder, useReorder } from './useReorder.js';
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
  const announce = useAnnounce();
  const [adding, setAdding] = useState(false);
  const active = map.destinations.filter((d) => d.status === 'active');
  const finished = map.destinations.filter((d) => d.status !== 'active');
  const generalNotices = map.notices.filter((n) => !n.destinationId);

  const reorder = useReorder({
    items: active,
    nameOf: (d) => d.title,
    apply: (current, next) => ({ ...current, destinations: [...next, ...finished] }),
    save: (next) => api('PUT /api/v1/destinations/order', { body: { ids: [...next, ...finished].map((d) => d.id) } }),
    focusIdOf: (d) => `actions-${d.id}`,
  });
  const drag = useDragReorder(reorder.move);

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
              <li key={destination.id} className="destination-item" {...drag.target(index)}>
                <DestinationCard
                  destination={destination}
                  notices={map.notices.filter((n) => n.destinationId === destination.id)}
                  move={{
                    position: index + 1,
                    count: active.length,
                    onMove: (delta) => reorder.move(index, index + delta),
                    handle: drag.handle(index),
                  }}
                />
              </li>
            ))}
          </ol>
        ) : null}
        {reorder.error ? (
          <p className="form-error" role="alert">
            {reorder.error}
          </p>
        ) : null}
        <div className="add-destination">{addForm}</div>
      </section>
      <FinishedDestinations destinations={finished} />
      <MarkdownSection />
    </>
  );
}
