import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Preferences } from '../../../../src/schemas/planning.js';
import { api, urlOf } from '../../api/client.js';
import { FormMessage } from '../../components/fields.js';
import { CopyField } from '../../components/CopyField.js';
import { useAnnounce } from '../../components/announce.js';
import { formError } from '../../components/formError.js';
import { focusLater } from '../../components/focusLater.js';
import { preferencesKey } from '../../api/planning.js';

/** Cycle weeks, review dates and feedback sessions in any calendar: a one-off download, or a secret subscription link. */
export function CalendarSection({ prefs }: { prefs: Preferences }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [url, setUrl] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: preferencesKey });
  const create = useMutation({
    mutationFn: () => api('POST /api/v1/calendar-feed'),
    onSuccess: async (feed) => {
      setUrl(feed.url);
      await refresh();
      announce(
        prefs.calendarFeedActive
          ? 'Created a new subscription link; the old one no longer works.'
          : 'Created a subscription link.',
      );
      focusLater('feed-heading');
    },
  });
  const off = useMutation({
    mutationFn: () => api('DELETE /api/v1/calendar-feed'),
    onSuccess: async () => {
      setUrl(null);
      await refresh();
      announce('Turned off the subscription. Calendars subscribed to it stop updating.');
      focusLater('create-feed');
    },
  });
  const active = prefs.calendarFeedActive || url !== null;
  return (
    <section aria-labelledby="calendar-heading" className="card">
      <h2 id="calendar-heading">Calendar</h2>
      <p>Your cycle weeks, review dates and feedback sessions as calendar events.</p>
      <p>
        <a className="button secondary" href={urlOf('GET /api/v1/calendar.ics')} download="growth-map.ics">
          Download calendar (.ics)
        </a>{' '}
        <span className="muted">A copy to import once; it does not update itself.</span>
      </p>
      <h3 id="feed-heading" tabIndex={-1}>
        Subscription link
      </h3>
      <p>
        {active
          ? 'A subscription link is on: calendar apps subscribed to it stay up to date.'
          : 'Subscribe from your calendar app to keep it up to date automatically. No link is on yet.'}
      </p>
      {url ? (
        <CopyField
          label="Subscription link"
          value={url}
          hint="Shown only this once: copy it now and add it in your calendar app as a subscribed (internet) calendar. Anyone with the link can read these events, so keep it private. Creating a new link stops this one."
        />
      ) : null}
      <div className="button-row">
        {active ? (
          <>
            <button type="button" className="secondary" disabled={create.isPending} onClick={() => create.mutate()}>
              Replace subscription link
            </button>
            <button type="button" className="secondary danger-text" disabled={off.isPending} onClick={() => off.mutate()}>
              Turn off subscription
            </button>
          </>
        ) : (
          <button type="button" id="create-feed" disabled={create.isPending} onClick={() => create.mutate()}>
            Create subscription link
          </button>
        )}
      </div>
      {active ? (
        <p className="field-hint">
          Replacing the link stops the old one: calendars subscribed to it stop updating until you give them the new one.
        </p>
      ) : null}
      <FormMessage error={formError(create.error ?? off.error)} />
    </section>
  );
}
