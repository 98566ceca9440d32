import type { Level } from '../../../../src/schemas/common.js';
import { levelDefinitions, levelRankOf, levels } from '../../components/format.js';

/** "Practitioner (P)": short enough for a select box at 390 px; the meanings sit in the field's hint. */
export const levelChoices = levels.map((value) => ({
  value,
  label: `${levelDefinitions[value].label} (${levelDefinitions[value].letter})`,
}));

function LevelBadge({ level }: { level: Level }) {
  const d = levelDefinitions[level];
  return (
    <>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an abbr is not focusable; the text beside it says the level */}
      <abbr className={`level level-${level}`} title={`${d.label}: ${d.meaning}`} aria-hidden="true">
        {d.letter}
      </abbr>{' '}
      {d.label}
    </>
  );
}

/**
 * "Novice → Practitioner" while the target is ahead; "Practitioner, target reached" at it; "Expert, beyond
 * target (Practitioner)" above it, never an arrow pointing down. Said as "current level …, target level …".
 */
export function LevelPair({ current, target }: { current: Level; target: Level }) {
  const gap = levelRankOf(current) - levelRankOf(target);
  return (
    <span className="level-pair">
      <span className="visually-hidden">Current level </span>
      <LevelBadge level={current} />
      {gap < 0 ? (
        <>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden">, target level </span>
          <LevelBadge level={target} />
        </>
      ) : gap === 0 ? (
        <span className="reached"> · target reached</span>
      ) : (
        <span className="beyond">
          {' '}
          · beyond target <span className="muted">({levelDefinitions[target].label})</span>
        </span>
      )}
    </span>
  );
}
