import { Link } from 'react-router';
import { FormMessage } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { usePreferencesPatch } from './usePreferencesPatch.js';
import { Hidden } from '../../components/text.js';
import { formError } from '../../components/formError.js';
import { focusLater } from '../../components/focusLater.js';
import type { ThisWeek } from '../../api/planning.js';

/** The Growth Map guide, section 8: the getting-started checklist, ticked from what you have recorded, until it is all done. */
export function OnboardingChecklist({ onboarding }: { onboarding: ThisWeek['onboarding'] }) {
  const announce = useAnnounce();
  const patch = usePreferencesPatch({ retryOnConflict: true });
  if (onboarding.complete) return null;
  const toggle = (dismissed: boolean) =>
    patch.mutate(
      { changes: { onboardingDismissed: dismissed } },
      {
        onSuccess: () => {
          announce(dismissed ? 'Checklist hidden. You can show it again at any time.' : 'Showing the getting-started checklist.');
          focusLater(dismissed ? 'show-checklist' : 'checklist-heading');
        },
      },
    );
  if (onboarding.dismissed) {
    return (
      <div className="show-checklist">
        <button type="button" className="secondary" id="show-checklist" disabled={patch.isPending} onClick={() => toggle(false)}>
          Show the getting-started checklist
        </button>
        <FormMessage error={formError(patch.error)} />
      </div>
    );
  }
  const done = onboarding.items.filter((item) => item.done).length;
  return (
    <section className="card checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" tabIndex={-1}>
        Getting started
      </h2>
      <p>
        {done} of {onboarding.items.length} done. Each item ticks itself once your map, cycles or settings show it.
      </p>
      <ul className="checklist-items">
        {onboarding.items.map((item) => (
          <li key={item.id} className={item.done ? 'done' : 'todo'}>
            <span className="check-state">
              <span aria-hidden="true">{item.done ? '✓ ' : '○ '}</span>
              {item.done ? 'Done' : 'To do'}:
            </span>{' '}
            <Link to={item.href}>{item.label}</Link>
            {item.done ? null : <span className="field-hint checklist-hint">{item.hint}</span>}
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" disabled={patch.isPending} onClick={() => toggle(true)}>
        Dismiss <Hidden>the getting-started checklist</Hidden>
      </button>
      <FormMessage error={formError(patch.error)} />
    </section>
  );
}
