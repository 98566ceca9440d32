import { levelDefinitions } from '../../components/format.js';
import { useEvidenceHealth } from '../../api/talkingPoints.js';
import './evidence-health.css';

/**
 * Beside a skill on the map editor: a quiet line when its level rests on nothing or on one kind of
 * evidence (the Growth Map guide, section 4: "build signals you can point to"). Never blocks; says
 * nothing while loading or when the level is backed.
 */
export function EvidenceHealthNote({ skillId }: { skillId: string }) {
  const health = useEvidenceHealth();
  const warning = health.data?.skills.find((s) => s.skillId === skillId)?.warning;
  if (!warning) return null;
  return <p className="evidence-note">{warning.message}</p>;
}

/**
 * On the one-page map: one short line per warned skill, under one small heading. The printed
 * sheet shares its page with the plan, the log and the artifacts, so on paper the warnings
 * become one line naming the skills.
 */
export function EvidenceHealthLines() {
  const health = useEvidenceHealth();
  const warned = health.data?.skills.filter((s) => s.warning) ?? [];
  if (warned.length === 0) return null;
  return (
    <section className="op-evidence" aria-labelledby="op-evidence-heading">
      <h2 id="op-evidence-heading">Evidence to strengthen</h2>
      <ul>
        {warned.map((s) => (
          <li key={s.skillId}>{s.warning?.message}</li>
        ))}
      </ul>
      <p className="op-evidence-print">
        {warned.map((s) => `${s.skill} (${levelDefinitions[s.level].letter})`).join(', ')}: each rests on your own word or on one
        kind of evidence. The map says which.
      </p>
    </section>
  );
}
