import { Link } from 'react-router';
import { artifactKindLabels } from '../../../../src/domain/labels.js';
import { PRINTED_ARTIFACTS } from '../../../../src/domain/onePage.js';
import type { Artifact } from '../../../../src/schemas/artifacts.js';
import type { GrowthMap } from '../../../../src/schemas/map.js';
import { useArtifacts } from '../../api/artifacts.js';
import { LoadError } from '../../components/Page.js';
import { levelDefinitions } from '../../components/format.js';
import { byOutcomeStrength, metricText } from '../../components/metricText.js';
import './onepage-artifacts.css';

/** The screen keeps the page a summary; the printed sheet (and the PDF) has room for three beside the plan and the log. */
const SCREEN_CAP = 8;
const PRINT_CAP = PRINTED_ARTIFACTS;

/**
 * The Growth Map guide, section 4: the one-page map's template ends with Artifacts. Strongest
 * outcome first (a before/after metric, then an outcome sentence), the most recent among equals.
 */
export function OnePageArtifacts({ map }: { map: GrowthMap }) {
  const artifacts = useArtifacts();
  if (artifacts.isPending) return null;
  const ranked = [...(artifacts.data ?? [])].sort(byOutcomeStrength);
  const skillNames = new Map(map.destinations.flatMap((d) => d.skills.map((s): [string, string] => [s.id, s.name])));
  return (
    <section className="op-artifacts" aria-labelledby="op-artifacts-heading">
      <h2 id="op-artifacts-heading">Artifacts</h2>
      {artifacts.isError ? (
        <LoadError error={artifacts.error} />
      ) : ranked.length === 0 ? (
        <p>
          No artifacts yet: the design docs, decision records, talks and code that show your growth.{' '}
          <Link to="/artifacts">Record them on the Artifacts screen</Link>; they appear here, strongest outcome first.
        </p>
      ) : (
        <>
          <ul className="op-artifact-list">
            {ranked.slice(0, SCREEN_CAP).map((artifact, index) => (
              <ArtifactLine key={artifact.id} artifact={artifact} skillNames={skillNames} printed={index < PRINT_CAP} />
            ))}
          </ul>
          <More total={ranked.length} shown={SCREEN_CAP} className="op-screen-only" />
          <More total={ranked.length} shown={PRINT_CAP} className="op-print-only" />
        </>
      )}
    </section>
  );
}

function More({ total, shown, className }: { total: number; shown: number; className: string }) {
  if (total <= shown) return null;
  return (
    <p className={`op-more ${className}`}>
      and {total - shown} more on the <Link to="/artifacts">Artifacts screen</Link>
    </p>
  );
}

function ArtifactLine({
  artifact,
  skillNames,
  printed,
}: {
  artifact: Artifact;
  skillNames: ReadonlyMap<string, string>;
  printed: boolean;
}) {
  const skills = artifact.skills.flatMap(({ skillId, level }) => {
    const name = skillNames.get(skillId);
    return name ? [`${name} (${levelDefinitions[level].label})`] : [];
  });
  return (
    <li className={printed ? undefined : 'op-screen-only'}>
      <Link to={`/artifacts/${artifact.id}`}>{artifact.title}</Link>{' '}
      <span className="op-letter">({artifactKindLabels[artifact.kind]})</span>
      {artifact.metric ? (
        <>
          {' '}
          — <strong>{metricText(artifact.metric)}</strong>
        </>
      ) : null}
      {artifact.outcome ? ` — ${artifact.outcome}` : null}
      {skills.length > 0 ? <span className="op-artifact-skills"> · Shows {skills.join(', ')}</span> : null}
    </li>
  );
}
