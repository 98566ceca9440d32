import { useAccessLog } from '../../api/mentorships.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { formatInstant } from '../../components/format.js';
import { useSession } from '../../session.js';
import { sectionNames } from './words.js';
import './mentors.css';

/** Who viewed which of your sections, when: every read by someone else, newest first. */
export default function AccessLogPage() {
  const log = useAccessLog();
  const { user } = useSession();
  return (
    <Page title="Access log">
      <p className="lead">
        Every time someone you shared with opened one of your sections, newest first (the latest 200). Opening it again within ten
        minutes counts as the same look.
      </p>
      {log.isPending ? (
        <Loading what="Loading the access log" />
      ) : log.isError ? (
        <LoadError error={log.error} />
      ) : log.data.length === 0 ? (
        <p className="card empty-state">Nobody has viewed your records yet.</p>
      ) : (
        <table className="access-log">
          <caption className="visually-hidden">Who viewed which section, when</caption>
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Section</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {log.data.map((row, index) => (
              <tr key={`${row.at}-${row.viewer.userId}-${index}`}>
                <td>{row.viewer.name}</td>
                <td>{sectionNames[row.section]}</td>
                <td>{formatInstant(row.at, user?.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
