import type { Preferences } from '../../../../src/schemas/planning.js';
import { SubmitButton, TextField } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { usePrefsForm } from './usePrefsForm.js';

/**
 * The Growth Map guide, section 6: "celebrate small wins publicly: share your artifacts in team channels".
 * A Slack-compatible incoming webhook; wins are posted there only after a preview and a second click.
 */
export function WinsWebhookForm({ prefs }: { prefs: Preferences }) {
  const announce = useAnnounce();
  const f = usePrefsForm(
    prefs,
    (p) => ({ url: p.winsWebhookUrl ?? '' }),
    { url: 'Team channel webhook URL' },
    (d) => ({ winsWebhookUrl: d.url.trim() || null }),
    (saved) => announce(saved.winsWebhookUrl ? 'Team channel saved.' : 'Team channel removed.'),
  );
  return (
    <section aria-labelledby="wins-heading" className="card">
      <h2 id="wins-heading" tabIndex={-1}>
        Sharing wins
      </h2>
      <form ref={f.form} onSubmit={f.submit} noValidate>
        <TextField
          label="Team channel webhook URL"
          type="url"
          inputMode="url"
          spellCheck={false}
          value={f.draft.url}
          onChange={(e) => f.setDraft({ url: e.target.value })}
          maxLength={2000}
          hint="The incoming-webhook address of a Slack or Mattermost channel (https://…). Leave it empty to only copy snippets. Nothing is posted until you confirm a win on the Talking points page."
          error={f.errors.winsWebhookUrl}
        />
        <SaveProblems {...f.saveProblems} />
        <SubmitButton busy={f.save.isPending}>Save team channel</SubmitButton>
      </form>
    </section>
  );
}
