import { Link } from 'react-router';
import { Page, ScreenLoading } from '../../components/Page.js';
import { useSession } from '../../session.js';
import { AnnounceProvider } from '../../components/announce.js';
import { ContentUploadForm, SkillsCsvForm } from './UploadForms.js';
import { UploadList } from './UploadList.js';
import './framework.css';

export default function FrameworkAdminPage() {
  const { user } = useSession();
  if (!user) return <ScreenLoading />;
  if (user.role !== 'admin') {
    return (
      <Page title="Framework administration">
        <p className="notice narrow">You need to be an administrator to change the framework content.</p>
        <p>
          <Link to="/framework">Back to the System Evolution Framework</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Framework administration">
      <p className="lead">
        Replace or extend the stages, self-check statements, readings, practice tasks, skills, starter projects and destination
        templates for everyone on this Growth Map. A file with a problem is refused as a whole: nothing changes until it is right.
      </p>
      <p>
        See docs/content-format.md in the repository for the format: one list per file, and a file starting with{' '}
        <code>mode: replace</code> drops the shipped list instead of extending it.
      </p>
      <div className="admin-forms">
        <ContentUploadForm />
        <SkillsCsvForm />
      </div>
      <AnnounceProvider>
        <UploadList />
      </AnnounceProvider>
    </Page>
  );
}
