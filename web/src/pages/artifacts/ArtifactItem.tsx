import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Artifact } from '../../../../src/schemas/artifacts.js';
import type { GrowthMap } from '../../../../src/schemas/map.js';
import { fileUrl, useArtifactsChanged } from '../../api/artifacts.js';
import { api } from '../../api/client.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { formError } from '../../components/formError.js';
import { formatDate, levelDefinitions } from '../../components/format.js';
import { artifactKindLabels, fileTypeLabels, measuredText, metricText, sizeText } from './words.js';

/** One artifact in the list: what it is, what it changed, what it shows; edit or delete. */
export function ArtifactItem({ artifact, map }: { artifact: Artifact; map: GrowthMap | undefined }) {
  const [confirming, setConfirming] = useState(false);
  const changed = useArtifactsChanged();
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/artifacts/{id}', { params: { id: artifact.id } }),
    onSuccess: () => changed(),
  });
  const skills = map?.destinations.flatMap((d) => d.skills) ?? [];
  const skillName = (id: string) => skills.find((s) => s.id === id)?.name ?? 'A skill';
  const destinations = (map?.destinations ?? []).filter((d) => artifact.destinationIds.includes(d.id));
  const headingId = `artifact-${artifact.id}`;
  return (
    <li className="card artifact" aria-labelledby={headingId}>
      <p className="tag">{artifactKindLabels[artifact.kind]}</p>
      <h2 id={headingId}>{artifact.url ? <a href={artifact.url}>{artifact.title}</a> : artifact.title}</h2>
      {artifact.date ? <p className="muted">{formatDate(artifact.date)}</p> : null}
      {artifact.outcome ? <p className="artifact-outcome">{artifact.outcome}</p> : null}
      {artifact.metric ? (
        <p className="artifact-metric">
          <strong>{metricText(artifact.metric)}</strong>
          {artifact.metric.measuredOn || artifact.metric.sourceUrl ? ' (' : ''}
          {measuredText(artifact.metric)}
          {artifact.metric.measuredOn && artifact.metric.sourceUrl ? ', ' : ''}
          {artifact.metric.sourceUrl ? <a href={artifact.metric.sourceUrl}>source</a> : null}
          {artifact.metric.measuredOn || artifact.metric.sourceUrl ? ')' : ''}
        </p>
      ) : null}
      {artifact.description ? <p className="prose">{artifact.description}</p> : null}
      {artifact.skills.length > 0 ? (
        <p>Shows: {artifact.skills.map((s) => `${skillName(s.skillId)} (${levelDefinitions[s.level].label})`).join(', ')}</p>
      ) : null}
      {destinations.length > 0 ? <p>Towards: {destinations.map((d) => d.title).join(', ')}</p> : null}
      {artifact.file ? (
        <p>
          File: <a href={fileUrl(artifact.id)}>{artifact.file.name}</a>{' '}
          <span className="muted">
            ({fileTypeLabels[artifact.file.type]}, {sizeText(artifact.file.size)})
          </span>
        </p>
      ) : null}
      {confirming ? (
        <InlineConfirm
          message={`Delete “${artifact.title}”${artifact.file ? ' and its file' : ''}? Level changes that cite it keep their note.`}
          confirmLabel="Delete artifact"
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="button-row compact">
          <Link className="button secondary" to={`/artifacts/${artifact.id}`}>
            Edit <span className="visually-hidden">“{artifact.title}”</span>
          </Link>
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            Delete <span className="visually-hidden">“{artifact.title}”</span>
          </button>
        </div>
      )}
      {remove.isError ? (
        <p className="form-error" role="alert">
          {formError(remove.error)}
        </p>
      ) : null}
    </li>
  );
}
