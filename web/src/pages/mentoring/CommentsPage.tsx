import { useUnreadComments } from '../../api/mentoring.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { CommentThread } from './CommentThread.js';
import './mentoring.css';

const TITLE = 'Comments';

const kindWords = { destination: 'Destination', 'progress-entry': 'Progress entry', artifact: 'Artifact' } as const;

/** Comments you have not read yet, on your own records and your mentees': each thread opens with a reply form. */
export default function CommentsPage() {
  const unread = useUnreadComments();
  return (
    <Page title={TITLE}>
      <p className="lead">Comments from your mentors on your records, and from the people you mentor on theirs.</p>
      {unread.isPending ? (
        <Loading what="Loading the comments" />
      ) : unread.isError ? (
        <LoadError error={unread.error} />
      ) : unread.data.threads.length === 0 ? (
        <p role="status">No unread comments.</p>
      ) : (
        <>
          <p role="status">
            <span className="tag status unread-badge">{unread.data.total} unread</span>
          </p>
          {unread.data.threads.map((thread) => (
            <section key={`${thread.subjectKind}-${thread.subjectId}`} className="card">
              <h2>
                {kindWords[thread.subjectKind]}: {thread.title}
              </h2>
              <p className="muted">
                On {thread.owner.name}’s records · {thread.unread} unread
              </p>
              <CommentThread subjectKind={thread.subjectKind} subjectId={thread.subjectId} label={thread.title} />
            </section>
          ))}
        </>
      )}
    </Page>
  );
}
