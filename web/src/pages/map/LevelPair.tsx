import type { Level } from '../../../../src/schemas/common.js';
import { levelDefinitions, levelRankOf } from '../../components/format.js';

/** "Practitioner (P) → Expert (E)", said as "current Practitioner, target Expert". */
export function LevelPair({ current, target }: { current: Level; target: Level }) {
  const [c, t] = [levelDefinitions[current], levelDefinitions[target]];
  const reached = levelRankOf(current) >= levelRankOf(target);
  return (
    <span className="level-pair">
      <span className="visually-hidden">Current level </span>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an abbr is not focusable; the visually hidden text says the level */}
      <abbr className={`level level-${current}`} title={`${c.label}: ${c.meaning}`} aria-hidden="true">
        {c.letter}
      </abbr>{' '}
      {c.label}
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden">, target level </span>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an abbr is not focusable; the visually hidden text says the level */}
      <abbr className={`level level-${target}`} title={`${t.label}: ${t.meaning}`} aria-hidden="true">
        {t.letter}
      </abbr>{' '}
      {t.label}
      {reached ? <span className="reached"> (target reached)</span> : null}
    </span>
  );
}
