import { Link, useNavigate } from 'react-router';
import { useCycles } from '../../api/cycles.js';
import { useMap } from '../../api/map.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { ArtifactForm } from './ArtifactForm.js';
import './artifacts.css';

const TITLE = 'Record an artifact';

/** A new artifact; a file refused after saving leads to the artifact's own page, which says why. */
export default function NewArtifactPage() {
  const navigate = useNavigate();
  const map = useMap();
  const cycles = useCycles();
  if (map.isPending || cycles.isPending) {
    return (
      <Page title={TITLE}>
        <Loading what="Loading your map" />
      </Page>
    );
  }
  if (map.isError || cycles.isError) {
    return (
      <Page title={TITLE}>
        <LoadError error={map.error ?? cycles.error} />
      </Page>
    );
  }
  return (
    <Page title={TITLE} actions={<Link to="/artifacts">All artifacts</Link>}>
      <p className="lead">
        Something you produced that shows your growth: what it is, what it changed — best with a number before and after — and the
        skills it demonstrates.
      </p>
      <ArtifactForm
        map={map.data}
        cycles={cycles.data}
        onSaved={(saved) => navigate('/artifacts', { state: { saved: saved.title } })}
        onFileRefused={(saved, message) => navigate(`/artifacts/${saved.id}`, { replace: true, state: { fileProblem: message } })}
      />
    </Page>
  );
}
