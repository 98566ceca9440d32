import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { LoadError, Loading } from '../../components/Page.js';
import { useAnnounce } from '../../components/announce.js';
import { frameworkKey, useUploads } from '../../api/framework.js';
import { Hidden } from '../../components/text.js';
import { ConfirmedAction } from '../../components/ConfirmedAction.js';
import { useSession } from '../../session.js';
import { formatInstant } from '../../components/format.js';

/** Every upload, newest as the server lists them; reverting one drops it, and the content is rebuilt without it. */
export function UploadList() {
  const uploads = useUploads(true);
  const { user } = useSession();
  const when = (instant: string) => formatInstant(instant, user?.timeZone);
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const revert = useMutation({
    mutationFn: (id: string) => api('DELETE /api/v1/framework/uploads/{id}', { params: { id } }),
    onSuccess: async (_, id) => {
      const upload = uploads.data?.find((u) => u.id === id);
      await queryClient.invalidateQueries({ queryKey: frameworkKey });
      announce(upload ? `Reverted the upload of ${upload.sourceName}.` : 'Reverted the upload.');
      document.getElementById('uploads-heading')?.focus();
    },
  });
  return (
    <section aria-labelledby="uploads-heading">
      <h2 id="uploads-heading" tabIndex={-1}>
        Uploads
      </h2>
      {uploads.isPending ? (
        <Loading what="Loading the uploads" />
      ) : uploads.isError ? (
        <LoadError error={uploads.error} />
      ) : uploads.data.length === 0 ? (
        <p className="muted">No uploads yet: everyone sees the content that ships with Growth Map.</p>
      ) : (
        <table className="uploads">
          <thead>
            <tr>
              <th scope="col">List</th>
              <th scope="col">Uploaded file</th>
              <th scope="col">When</th>
              <th scope="col">By</th>
              <th scope="col">
                <Hidden>Actions</Hidden>
              </th>
            </tr>
          </thead>
          <tbody>
            {uploads.data.map((upload) => (
              <tr key={upload.id}>
                <td>{upload.file}</td>
                <td>{upload.sourceName}</td>
                <td>
                  <time dateTime={upload.createdAt}>{when(upload.createdAt)}</time>
                </td>
                <td>{upload.uploadedBy ?? 'Unknown'}</td>
                <td>
                  <ConfirmedAction
                    label="Revert"
                    what={`the upload of ${upload.sourceName}`}
                    message={`Revert the upload of ${upload.sourceName}? The framework goes back to what it was without it.`}
                    confirmLabel="Revert upload"
                    busy={revert.isPending}
                    error={revert.error}
                    onConfirm={() => revert.mutate(upload.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
