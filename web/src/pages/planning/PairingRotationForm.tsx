import type { Preferences } from '../../../../src/schemas/planning.js';
import { SubmitButton, TextField } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { usePrefsForm } from './usePrefsForm.js';

const labels = { weeks: 'Weeks without pairing' };

/**
 * The Growth Map guide, section 6: rotate pairing across domains. The rotation view warns when a
 * domain you work toward has gone this long without a pairing session.
 */
export function PairingRotationForm({ prefs }: { prefs: Preferences }) {
  const announce = useAnnounce();
  const f = usePrefsForm(
    prefs,
    (p) => ({ weeks: String(p.pairingStaleWeeks) }),
    labels,
    // An empty or odd entry goes to the server as it is, so the field shows the server's own message.
    (d) => ({ pairingStaleWeeks: d.weeks.trim() === '' ? Number.NaN : Number(d.weeks) }),
    (saved) => announce(`Saved: you will hear when a domain has not been paired for ${saved.pairingStaleWeeks} weeks.`),
  );
  return (
    <section id="pairing" aria-labelledby="pairing-heading" className="card" tabIndex={-1}>
      <h2 id="pairing-heading">Pairing rotation</h2>
      <p>Tell me when a domain I work toward has not been paired for this many weeks.</p>
      <form ref={f.form} onSubmit={f.submit} noValidate className="narrow-field">
        <TextField
          label={labels.weeks}
          type="number"
          inputMode="numeric"
          min={1}
          max={52}
          step={1}
          value={f.draft.weeks}
          onChange={f.set('weeks')}
          error={f.errors.pairingStaleWeeks}
          hint="From 1 to 52 weeks."
        />
        <SaveProblems {...f.saveProblems} />
        <SubmitButton busy={f.save.isPending}>Save pairing rotation</SubmitButton>
      </form>
    </section>
  );
}
