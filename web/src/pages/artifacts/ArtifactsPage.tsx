import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { GrowthMap } from '../../../../src/schemas/map.js';
import { type ArtifactQuery, useArtifacts } from '../../api/artifacts.js';
import { useMap } from '../../api/map.js';
import { OptionSelect } from '../../components/choices.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { ArtifactItem } from './ArtifactItem.js';
import { artifactKindLabels, kindOptions } from './words.js';
import './artifacts.css';

const hasOutcomeOptions = [
  { value: '', label: 'Any' },
  { value: 'true', label: 'With an outcome or metric' },
  { value: 'false', label: 'Without an outcome yet' },
];

/** The filters as they stand in the address, so a filtered list can be bookmarked and goes back as it was. */
function queryOf(params: URLSearchParams): ArtifactQuery {
  const kind = kindOptions.find((o) => o.value === params.get('kind'))?.value;
  const hasOutcome = params.get('hasOutcome');
  return {
    ...(kind && { kind }),
    ...(params.get('skillId') && { skillId: params.get('skillId') ?? '' }),
    ...(params.get('destinationId') && { destinationId: params.get('destinationId') ?? '' }),
    ...((hasOutcome === 'true' || hasOutcome === 'false') && { hasOutcome }),
  };
}

/** Every artifact, newest first, filtered by kind, skill, destination and whether it has an outcome. */
export default function ArtifactsPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const query = queryOf(params);
  const artifacts = useArtifacts(query);
  const map = useMap();
  const filtered = Object.keys(query).length > 0;
  return (
    <Page
      title="Artifacts"
      actions={
        <Link className="button" to="/artifacts/new">
          Record an artifact
        </Link>
      }
    >
      <p className="lead">
        The work you can point to: design docs, decision records, diagrams, code samples, mentorship notes, talks and writing,
        each with what it changed and the skills it shows.
      </p>
      {saved ? (
        <p className="success" role="status">
          Saved “{saved}”.
        </p>
      ) : null}
      {map.data ? <Filters key={params.toString()} map={map.data} query={query} onApply={setParams} /> : null}
      {artifacts.isPending ? (
        <Loading what="Loading your artifacts" />
      ) : artifacts.isError ? (
        <LoadError error={artifacts.error} />
      ) : artifacts.data.length === 0 && !filtered ? (
        <div className="card empty-state">
          <p>
            No artifacts yet. Record the first piece of work you can point to in a review or an interview — a design doc, a
            decision record, a talk — with what it changed, and link it to the skills it shows.{' '}
            <Link to="/artifacts/new">Record your first artifact</Link>.
          </p>
        </div>
      ) : (
        <>
          <p role="status" className="muted">
            {artifacts.data.length === 0
              ? 'No artifact matches these filters.'
              : `${artifacts.data.length} ${artifacts.data.length === 1 ? 'artifact' : 'artifacts'}${filtered ? ' match these filters' : ''}.`}{' '}
            {filtered ? <Link to="/artifacts">Show all artifacts</Link> : null}
          </p>
          <ul className="artifact-list">
            {artifacts.data.map((artifact) => (
              <ArtifactItem key={artifact.id} artifact={artifact} map={map.data} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function Filters({
  map,
  query,
  onApply,
}: {
  map: GrowthMap;
  query: ArtifactQuery;
  onApply: (params: Record<string, string>) => void;
}) {
  const [draft, setDraft] = useState({
    kind: query.kind ?? '',
    skillId: query.skillId ?? '',
    destinationId: query.destinationId ?? '',
    hasOutcome: query.hasOutcome ?? '',
  });
  const set = (key: keyof typeof draft) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== '')));
  };
  const skills = map.destinations.flatMap((d) => d.skills.map((s) => ({ value: s.id, label: `${s.name} (${d.title})` })));
  return (
    <form className="card artifact-filters" onSubmit={apply} aria-label="Filter artifacts">
      <OptionSelect
        label="Kind"
        value={draft.kind}
        onChange={set('kind')}
        options={[{ value: '', label: 'Any kind' }, ...kindOptions.map((o) => ({ ...o, label: artifactKindLabels[o.value] }))]}
      />
      <OptionSelect
        label="Skill"
        value={draft.skillId}
        onChange={set('skillId')}
        options={[{ value: '', label: 'Any skill' }, ...skills]}
      />
      <OptionSelect
        label="Destination"
        value={draft.destinationId}
        onChange={set('destinationId')}
        options={[{ value: '', label: 'Any destination' }, ...map.destinations.map((d) => ({ value: d.id, label: d.title }))]}
      />
      <OptionSelect label="Outcome" value={draft.hasOutcome} onChange={set('hasOutcome')} options={hasOutcomeOptions} />
      <div className="button-row compact">
        <button type="submit">Filter</button>
      </div>
    </form>
  );
}
