import { useEffect, useState } from 'react';
import type { CommentSubjectKind } from '../../../../src/schemas/comments.js';
import { limits } from '../../../../src/schemas/limits.js';
import { api } from '../../api/client.js';
import { useCommentThread, useMentoringChanged } from '../../api/mentoring.js';
import { LoadError, Loading } from '../../components/Page.js';
import { FormMessage, SubmitButton, TextAreaField } from '../../components/fields.js';
import { formatInstant } from '../../components/format.js';
import { formError } from '../../components/formError.js';
import { useSession } from '../../session.js';

/**
 * The comments on one record, oldest first, with a form to add one. Opening the thread marks what
 * others wrote as read; what was unread until now keeps its "new" mark on screen until the next visit.
 */
export function CommentThread({
  subjectKind,
  subjectId,
  label,
}: {
  subjectKind: CommentSubjectKind;
  subjectId: string;
  label: string;
}) {
  const { user } = useSession();
  const thread = useCommentThread(subjectKind, subjectId);
  const changed = useMentoringChanged();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const unread = thread.data?.comments.filter((c) => !c.read).length ?? 0;

  useEffect(() => {
    if (unread === 0) return;
    void api('POST /api/v1/comments/read', { body: { subjectKind, subjectId } }).then(() => changed());
  }, [unread, subjectKind, subjectId, changed]);

  if (thread.isPending) return <Loading what="Loading the comments" />;
  if (thread.isError) return <LoadError error={thread.error} />;
  return (
    <section className="comment-thread" aria-label={`Comments on ${label}`}>
      {thread.data.comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ol className="comment-list">
          {thread.data.comments.map((comment) => (
            <li key={comment.id} className={comment.read ? 'comment' : 'comment unread'}>
              <p className="comment-meta">
                <strong>{comment.mine ? 'You' : comment.author.name}</strong>, {formatInstant(comment.createdAt, user?.timeZone)}
                {comment.read ? null : <span className="tag status comment-new">new</span>}
              </p>
              <p className="prose">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      <form
        className="comment-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          try {
            await api('POST /api/v1/comments', { body: { subjectKind, subjectId, body } });
            setBody('');
            await changed();
          } catch (caught) {
            setError(formError(caught, ['body']));
          } finally {
            setBusy(false);
          }
        }}
      >
        <TextAreaField
          label={thread.data.owner.userId === user?.id ? 'Reply' : 'Comment'}
          rows={3}
          maxLength={limits.comment}
          required
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <FormMessage error={error} />
        <SubmitButton busy={busy} busyLabel="Sending…">
          {thread.data.owner.userId === user?.id ? 'Reply' : 'Add comment'}
        </SubmitButton>
      </form>
    </section>
  );
}
