import { Link } from 'react-router';
import { artifactKindLabels } from '../../../../src/domain/labels.js';
import { useArtifacts } from '../../api/artifacts.js';
import { LoadError, Loading } from '../../components/Page.js';
import { levelDefinitions, levels } from '../../components/format.js';

/** The artifacts that back this skill, by the level each shows, highest first: the evidence behind a level. */
export function SkillArtifacts({ skillId }: { skillId: string }) {
  const artifacts = useArtifacts({ skillId });
  const byLevel = [...levels].reverse().map((level) => ({
    level,
    items: (artifacts.data ?? []).filter((a) => a.skills.some((s) => s.skillId === skillId && s.level === level)),
  }));
  return (
    <section aria-labelledby="skill-artifacts-heading" className="card skill-artifacts">
      <h2 id="skill-artifacts-heading">Artifacts behind it</h2>
      {artifacts.isPending ? (
        <Loading what="Loading the artifacts" />
      ) : artifacts.isError ? (
        <LoadError error={artifacts.error} />
      ) : artifacts.data.length === 0 ? (
        <p className="muted">
          No artifact shows this skill yet. <Link to="/artifacts/new">Record one</Link> and pick this skill with the level it
          shows.
        </p>
      ) : (
        byLevel
          .filter((group) => group.items.length > 0)
          .map((group) => (
            <div key={group.level}>
              <h3>Shows {levelDefinitions[group.level].label}</h3>
              <ul>
                {group.items.map((artifact) => (
                  <li key={artifact.id}>
                    <Link to={`/artifacts/${artifact.id}`}>{artifact.title}</Link>{' '}
                    <span className="muted">({artifactKindLabels[artifact.kind]})</span>
                    {artifact.outcome ? ` — ${artifact.outcome}` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ))
      )}
    </section>
  );
}
