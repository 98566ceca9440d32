import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useArtifact } from '../../api/artifacts.js';
import { ApiError } from '../../api/client.js';
import { useCycles } from '../../api/cycles.js';
import { useMap } from '../../api/map.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { ArtifactForm } from './ArtifactForm.js';
import './artifacts.css';

/** One artifact, to edit; its file is attached, replaced or removed here too. */
export default function ArtifactPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const fileProblem = (location.state as { fileProblem?: string } | null)?.fileProblem ?? null;
  const artifact = useArtifact(id);
  const map = useMap();
  const cycles = useCycles();
  if (artifact.error instanceof ApiError && artifact.error.status === 404) {
    return (
      <Page title="Artifact not found">
        <p>
          There is no artifact at this address. It may have been deleted. Go to <Link to="/artifacts">your artifacts</Link>.
        </p>
      </Page>
    );
  }
  if (artifact.isPending || map.isPending || cycles.isPending) {
    return (
      <Page title="Artifact">
        <Loading what="Loading the artifact" />
      </Page>
    );
  }
  if (artifact.isError || map.isError || cycles.isError) {
    return (
      <Page title="Artifact">
        <LoadError error={artifact.error ?? map.error ?? cycles.error} />
      </Page>
    );
  }
  return (
    <Page title={`Edit “${artifact.data.title}”`} actions={<Link to="/artifacts">All artifacts</Link>}>
      <ArtifactForm
        key={artifact.data.id}
        artifact={artifact.data}
        map={map.data}
        cycles={cycles.data}
        fileProblem={fileProblem}
        onSaved={(saved) => navigate('/artifacts', { state: { saved: saved.title } })}
        onFileRefused={() => undefined}
      />
    </Page>
  );
}
