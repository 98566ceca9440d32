import { useEffect, useState } from 'react';
import type { UnreadComments } from '../../../../src/schemas/comments.js';
import { useUnreadComments } from '../../api/mentoring.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { CommentThread } from './CommentThread.js';
import './mentoring.css';

const TITLE = 'Comments';

const kindWords = { destination: 'Destination', 'progress-entry': 'Progress entry', artifact: 'Artifact' } as const;

type Thread = UnreadComments['threads'][number];
const keyOf = (thread: Thread) => `${thread.subjectKind}-${thread.subjectId}`;

/**
 * Comments you have not read yet, on your own records and your mentees': each thread opens with a reply
 * form. Opening marks it read; it stays on screen for this visit so the reply can follow.
 */
export default function CommentsPage() {
  const unread = useUnreadComments();
  const [shown, setShown] = useState<Thread[]>([]);
  useEffect(() => {
    const threads = unread.data?.threads ?? [];
    setShown((before) => [...before, ...threads.filter((t) => !before.some((b) => keyOf(b) === keyOf(t)))]);
  }, [unread.data]);

  if (unread.isPending)
    return (
      <Page title={TITLE}>
        <Loading what="Loading the comments" />
      </Page>
    );
  if (unread.isError)
    return (
      <Page title={TITLE}>
        <LoadError error={unread.error} />
      </Page>
    );
  return (
    <Page title={TITLE}>
      <p className="lead">Comments from your mentors on your records, and from the people you mentor on theirs.</p>
      <p role="status">
        {shown.length === 0 ? 'No unread comments.' : null}
        {unread.data.total > 0 ? <span className="tag status unread-badge">{unread.data.total} unread</span> : null}
      </p>
      {shown.map((thread) => (
        <section key={keyOf(thread)} className="card" aria-labelledby={`thread-${thread.subjectId}`}>
          <h2 id={`thread-${thread.subjectId}`}>
            {kindWords[thread.subjectKind]}: {thread.title}
          </h2>
          <p className="muted">
            On {thread.owner.name}’s records · <span className="tag status unread-badge">{thread.unread} new</span>
          </p>
          <CommentThread subjectKind={thread.subjectKind} subjectId={thread.subjectId} label={thread.title} />
        </section>
      ))}
    </Page>
  );
}
