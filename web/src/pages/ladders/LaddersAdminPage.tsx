import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { useLadders, useLaddersChanged } from '../../api/ladders.js';
import { ConfirmedAction } from '../../components/ConfirmedAction.js';
import { LoadError, Loading, Page, ScreenLoading } from '../../components/Page.js';
import { AnnounceProvider, useAnnounce } from '../../components/announce.js';
import { Hidden } from '../../components/text.js';
import { useSession } from '../../session.js';
import { LadderUploadForm } from './LadderUploadForm.js';
import { formatLabels } from './words.js';
import './ladders.css';

const TITLE = 'Career ladders';

function LadderTable() {
  const ladders = useLadders();
  const changed = useLaddersChanged();
  const announce = useAnnounce();
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE /api/v1/ladders/{id}', { params: { id } }),
    onSuccess: async (_, id) => {
      const ladder = ladders.data?.find((l) => l.id === id);
      await changed();
      announce(`Deleted ${ladder?.name ?? 'the ladder'}.`);
      document.getElementById('ladders-heading')?.focus();
    },
  });
  return (
    <section aria-labelledby="ladders-heading">
      <h2 id="ladders-heading" tabIndex={-1}>
        Ladders
      </h2>
      {ladders.isPending ? (
        <Loading what="Loading the ladders" />
      ) : ladders.isError ? (
        <LoadError error={ladders.error} />
      ) : (
        <table className="ladder-table">
          <thead>
            <tr>
              <th scope="col">Ladder</th>
              <th scope="col">Format</th>
              <th scope="col">Levels</th>
              <th scope="col">
                <Hidden>Actions</Hidden>
              </th>
            </tr>
          </thead>
          <tbody>
            {ladders.data.map((ladder) => (
              <tr key={ladder.id}>
                <td>{ladder.name}</td>
                <td>{formatLabels[ladder.format]}</td>
                <td>{ladder.levels.map((level) => level.name).join(' → ')}</td>
                <td>
                  {ladder.shipped ? (
                    <span className="muted">Ships with Growth Map</span>
                  ) : (
                    <ConfirmedAction
                      label="Delete"
                      what={ladder.name}
                      message={`Delete ${ladder.name}? People who picked it will be asked to pick a ladder again.`}
                      confirmLabel="Delete ladder"
                      busy={remove.isPending}
                      error={remove.error}
                      onConfirm={() => remove.mutate(ladder.id)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Administrators add their organisation's ladders and remove them; the shipped example stays. */
export default function LaddersAdminPage() {
  const { user } = useSession();
  if (!user) return <ScreenLoading />;
  if (user.role !== 'admin') {
    return (
      <Page title={TITLE}>
        <p className="notice narrow">You need to be an administrator to add or delete career ladders.</p>
        <p>
          <Link to="/next-level">See what your next level asks for</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={TITLE}>
      <p className="lead">
        Add your organisation’s career framework so engineers can see what their next level asks for. Upload it as it is: an FT
        job family, a Monzo progression-framework file, or a Growth Map ladder. A file with a problem is refused as a whole, with
        every problem by line.
      </p>
      <LadderUploadForm />
      <AnnounceProvider>
        <LadderTable />
      </AnnounceProvider>
    </Page>
  );
}
