import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { webhookBody } from '../../../../src/domain/wins.js';
import type { Win } from '../../../../src/schemas/talkingPoints.js';
import { api } from '../../api/client.js';
import { usePreferences } from '../../api/planning.js';
import { useWins } from '../../api/talkingPoints.js';
import { CopyField } from '../../components/CopyField.js';
import { LoadError, Loading } from '../../components/Page.js';
import { useAnnounce } from '../../components/announce.js';
import { formError } from '../../components/formError.js';
import { DateText } from '../../components/text.js';
import { focusLater } from '../../components/focusLater.js';

const kindWords: Record<Win['kind'], string> = {
  'destination-completed': 'Destination reached',
  'level-up': 'Level up',
  'portfolio-item': 'New portfolio item',
};

/** The Growth Map guide, section 6: "celebrate small wins publicly". A snippet to copy, or to post after a preview. */
export function WinsSection() {
  const wins = useWins();
  const preferences = usePreferences();
  const channel = preferences.data?.winsWebhookUrl ?? null;
  return (
    <section aria-labelledby="wins-heading" className="card">
      <h2 id="wins-heading">Wins to share</h2>
      <p className="field-hint">
        {channel ? (
          'Copy a snippet, or post it to your team channel: you see exactly what is sent first, and nothing is sent until you confirm.'
        ) : (
          <>
            Copy a snippet into your team channel. To post with one click, set the channel’s webhook URL in{' '}
            <Link to="/settings#wins-heading">Settings</Link>.
          </>
        )}
      </p>
      {wins.isPending ? <Loading what="Loading your wins" /> : null}
      {wins.error ? <LoadError error={wins.error} /> : null}
      {wins.data?.length === 0 ? <p>No wins yet: complete a destination or move a skill up a level.</p> : null}
      <ul className="tp-wins">
        {wins.data?.map((win) => (
          <WinItem key={`${win.kind}-${win.id}`} win={win} canPost={channel !== null} />
        ))}
      </ul>
    </section>
  );
}

function WinItem({ win, canPost }: { win: Win; canPost: boolean }) {
  const announce = useAnnounce();
  const [previewing, setPreviewing] = useState(false);
  const key = `${win.kind}-${win.id}`;
  const post = useMutation({
    mutationFn: () => api('POST /api/v1/wins/post', { body: { text: win.snippet } }),
    onSuccess: () => {
      setPreviewing(false);
      announce(`Posted “${win.title}” to the team channel.`);
      focusLater(`post-${key}`);
    },
  });
  return (
    <li className="tp-win">
      <h3>
        {kindWords[win.kind]}: {win.title}
      </h3>
      <p className="muted">
        <DateText date={win.date} />
      </p>
      <CopyField label={`Snippet for “${win.title}”`} value={win.snippet} />
      {canPost && !previewing ? (
        <button
          type="button"
          id={`post-${key}`}
          className="secondary"
          onClick={() => {
            post.reset();
            setPreviewing(true);
            focusLater(`confirm-${key}`);
          }}
        >
          Post to team channel…
        </button>
      ) : null}
      {previewing ? (
        <div className="tp-preview" role="group" aria-labelledby={`preview-${key}`}>
          <p id={`preview-${key}`}>Exactly this JSON will be sent to your team channel:</p>
          <pre>{webhookBody(win.snippet)}</pre>
          <div className="button-row compact">
            <button
              type="button"
              id={`confirm-${key}`}
              onClick={() => post.mutate()}
              disabled={post.isPending}
              aria-busy={post.isPending || undefined}
            >
              {post.isPending ? 'Posting…' : 'Send it to the team channel'}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setPreviewing(false);
                focusLater(`post-${key}`);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div role="alert" className={post.error ? 'form-error' : undefined}>
        {post.error ? formError(post.error) : null}
      </div>
    </li>
  );
}
