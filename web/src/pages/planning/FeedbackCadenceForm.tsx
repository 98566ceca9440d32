import type { Preferences } from '../../../../src/schemas/planning.js';
import { SelectField, SubmitButton, TextField } from '../../components/fields.js';
import { defaultStartDate } from '../../../../src/domain/cycles.js';
import { useAnnounce } from '../../components/announce.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { useToday } from '../../components/format.js';
import { usePrefsForm } from './usePrefsForm.js';

const weekdays = [
  { value: 'MO', label: 'Monday' },
  { value: 'TU', label: 'Tuesday' },
  { value: 'WE', label: 'Wednesday' },
  { value: 'TH', label: 'Thursday' },
  { value: 'FR', label: 'Friday' },
  { value: 'SA', label: 'Saturday' },
  { value: 'SU', label: 'Sunday' },
] as const;
type Weekday = (typeof weekdays)[number]['value'];
const intervals = [
  { value: '1', label: 'Every week' },
  { value: '2', label: 'Every 2 weeks (biweekly)' },
  { value: '3', label: 'Every 3 weeks' },
  { value: '4', label: 'Every 4 weeks' },
];

interface Draft {
  weekday: string;
  time: string;
  intervalWeeks: string;
  startDate: string;
}
const labels: Record<keyof Draft, string> = {
  weekday: 'Weekday',
  time: 'Time',
  intervalWeeks: 'Repeat',
  startDate: 'Start date',
};

/** The Growth Map guide, section 6: regular 1:1s focused on growth signals. The calendar carries them as a recurring event. */
export function FeedbackCadenceForm({ prefs }: { prefs: Preferences }) {
  const announce = useAnnounce();
  const today = useToday();
  const toDraft = (p: Preferences): Draft => ({
    weekday: p.feedbackCadence?.weekday ?? 'TU',
    time: p.feedbackCadence?.time ?? '10:00',
    intervalWeeks: String(p.feedbackCadence?.intervalWeeks ?? 2),
    startDate: p.feedbackCadence?.startDate ?? defaultStartDate(today),
  });
  const f = usePrefsForm(
    prefs,
    toDraft,
    labels,
    (d) => ({
      feedbackCadence: {
        weekday: d.weekday as Weekday,
        time: d.time,
        intervalWeeks: Number(d.intervalWeeks),
        startDate: d.startDate,
      },
    }),
    (saved) => {
      if (saved.feedbackCadence) {
        const day = weekdays.find((w) => w.value === saved.feedbackCadence?.weekday)?.label;
        announce(
          `Saved: feedback sessions on ${day} at ${saved.feedbackCadence.time}, every ${saved.feedbackCadence.intervalWeeks === 1 ? 'week' : `${saved.feedbackCadence.intervalWeeks} weeks`}.`,
        );
      } else announce('Cleared the feedback cadence.');
    },
  );
  const e = (key: keyof Draft) =>
    f.errors[`feedbackCadence.${key}`] ?? (key === 'weekday' ? f.errors.feedbackCadence : undefined);
  return (
    <section id="feedback" aria-labelledby="feedback-heading" className="card" tabIndex={-1}>
      <h2 id="feedback-heading">Feedback sessions</h2>
      <p>
        Schedule regular 1:1s focused on growth signals, not just project status: what went well, what was challenging, what to
        improve next, what support you need. {prefs.feedbackCadence ? null : <strong>Not scheduled yet.</strong>}
      </p>
      <form ref={f.form} onSubmit={f.submit} noValidate>
        <div className="field-row">
          <SelectField
            label={labels.weekday}
            value={f.draft.weekday}
            onChange={f.set('weekday')}
            options={weekdays}
            error={e('weekday')}
          />
          <TextField
            label={labels.time}
            type="time"
            value={f.draft.time}
            onChange={f.set('time')}
            error={e('time')}
            hint="In your own time zone."
          />
          <SelectField
            label={labels.intervalWeeks}
            value={f.draft.intervalWeeks}
            onChange={f.set('intervalWeeks')}
            options={intervals}
            error={e('intervalWeeks')}
          />
          <TextField
            label={labels.startDate}
            type="date"
            value={f.draft.startDate}
            onChange={f.set('startDate')}
            error={e('startDate')}
            hint="The first session."
          />
        </div>
        <SaveProblems {...f.saveProblems} />
        <div className="button-row">
          <SubmitButton busy={f.save.isPending}>Save feedback cadence</SubmitButton>
          {prefs.feedbackCadence ? (
            <button
              type="button"
              className="secondary"
              disabled={f.save.isPending}
              onClick={() => f.apply({ feedbackCadence: null }, toDraft)}
            >
              Clear <span className="visually-hidden">the feedback cadence</span>
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
