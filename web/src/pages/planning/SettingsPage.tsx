import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { Preferences } from '../../../../src/schemas/planning.js';
import { SelectField, SubmitButton } from '../../components/fields.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider, useAnnounce } from '../../components/announce.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { CalendarSection } from './CalendarSection.js';
import { FeedbackCadenceForm } from './FeedbackCadenceForm.js';
import { PairingRotationForm } from './PairingRotationForm.js';
import { usePrefsForm } from './usePrefsForm.js';
import { WinsWebhookForm } from './WinsWebhookForm.js';
import { DateText } from '../../components/text.js';
import { focusLater } from '../../components/focusLater.js';
import { usePreferences } from '../../api/planning.js';
import './planning.css';

/** Rhythm and reminders: the review cadence, feedback sessions, the weekly digest and the calendar. */
export default function SettingsPage() {
  const preferences = usePreferences();
  const { hash } = useLocation();
  const ready = preferences.isSuccess;
  useEffect(() => {
    // After the page has focused its heading, go to the section the link named (e.g. #feedback).
    if (ready && hash.length > 1) focusLater(hash.slice(1));
  }, [ready, hash]);
  return (
    <Page title="Rhythm and reminders">
      {preferences.isPending ? (
        <Loading what="Loading your settings" />
      ) : preferences.isError ? (
        <LoadError error={preferences.error} />
      ) : (
        <AnnounceProvider>
          <ReviewCadenceForm prefs={preferences.data} />
          <FeedbackCadenceForm prefs={preferences.data} />
          <PairingRotationForm prefs={preferences.data} />
          <DigestForm prefs={preferences.data} />
          <CalendarSection prefs={preferences.data} />
          <WinsWebhookForm prefs={preferences.data} />
        </AnnounceProvider>
      )}
    </Page>
  );
}

const months = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: i === 0 ? 'Every month' : i === 2 ? 'Every 3 months (quarterly)' : `Every ${i + 1} months`,
}));

function ReviewCadenceForm({ prefs }: { prefs: Preferences }) {
  const announce = useAnnounce();
  const f = usePrefsForm(
    prefs,
    (p) => ({ months: String(p.reviewCadenceMonths) }),
    { months: 'Review cadence' },
    (d) => ({ reviewCadenceMonths: Number(d.months) }),
    (saved) => announce(`Saved. Next quarterly review: ${saved.nextQuarterlyReview}.`),
  );
  return (
    <section aria-labelledby="cadence-heading" className="card">
      <h2 id="cadence-heading">Growth reviews</h2>
      <p>
        Next review: <DateText date={prefs.nextQuarterlyReview} />. It counts from your last review.
      </p>
      <form ref={f.form} onSubmit={f.submit} noValidate className="narrow-field">
        <SelectField
          label="Review cadence"
          value={f.draft.months}
          onChange={(e) => f.setDraft({ months: e.target.value })}
          options={months}
          error={f.errors.reviewCadenceMonths}
        />
        <SaveProblems {...f.saveProblems} />
        <SubmitButton busy={f.save.isPending}>Save review cadence</SubmitButton>
      </form>
    </section>
  );
}

function DigestForm({ prefs }: { prefs: Preferences }) {
  const announce = useAnnounce();
  const f = usePrefsForm(
    prefs,
    (p) => ({ digest: p.digestEnabled ? 'on' : '' }),
    { digest: 'Weekly e-mail digest' },
    (d) => ({ digestEnabled: d.digest === 'on' }),
    (saved) => announce(saved.digestEnabled ? 'Weekly digest turned on.' : 'Weekly digest turned off.'),
  );
  return (
    <section aria-labelledby="digest-heading" className="card">
      <h2 id="digest-heading">Weekly e-mail digest</h2>
      <form ref={f.form} onSubmit={f.submit} noValidate>
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={f.draft.digest === 'on'}
              aria-describedby="digest-hint"
              onChange={(e) => f.setDraft({ digest: e.target.checked ? 'on' : '' })}
            />{' '}
            Send me a weekly e-mail digest
          </label>
          <div className="field-hint" id="digest-hint">
            Each Monday: what this week asks of your cycles and what is due. It is only sent when the server has e-mail
            configured; ask your administrator if nothing arrives.
          </div>
        </div>
        <SaveProblems {...f.saveProblems} />
        <SubmitButton busy={f.save.isPending}>Save digest setting</SubmitButton>
      </form>
    </section>
  );
}
