import { compareEntries, levelRank } from '../../../../src/domain/levels.js';
import type { Level } from '../../../../src/schemas/common.js';
import type { LevelChange } from '../../../../src/schemas/map.js';
import { formatDate, levelDefinitions, levels } from '../../components/format.js';
import './mastery.css';

const [W, H] = [560, 150];
const [LEFT, RIGHT, TOP, BOTTOM] = [112, 16, 14, 30];
const DAY = 86_400_000;
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const y = (level: Level) => TOP + (levels.length - 1 - levelRank(level)) * ((H - TOP - BOTTOM) / (levels.length - 1));

/** "Started at Novice on 3 Jan 2026; now Practitioner since 5 Mar 2026; 2 changes: 1 up, 1 down." */
function summaryOf(sorted: LevelChange[]): string {
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return 'No level recorded yet.';
  const moves = sorted.slice(1).map((c) => levelRank(c.to) - levelRank(c.from ?? c.to));
  const [up, down] = [moves.filter((m) => m > 0).length, moves.filter((m) => m < 0).length];
  const label = (level: Level) => levelDefinitions[level].label;
  return (
    `Started at ${label(first.to)} on ${formatDate(first.date)}; now ${label(last.to)} since ${formatDate(last.date)}` +
    (sorted.length > 1 ? `; ${sorted.length - 1} change${sorted.length === 2 ? '' : 's'}: ${up} up, ${down} down.` : '.')
  );
}

/**
 * The level over time as a step line: one row per level (N, P, E, with their names), a mark at each
 * recorded change (▲ up, ▼ down, ■ start). One colour throughout; the timeline list is its text version.
 */
export function MasteryChart({ history, today, describedBy }: { history: LevelChange[]; today: string; describedBy: string }) {
  const sorted = [...history].sort(compareEntries);
  const first = sorted[0];
  if (!first) return null;
  const start = ms(first.date);
  const end = Math.max(ms(today), ms(sorted.at(-1)?.date ?? first.date), start + DAY);
  const x = (date: string) => LEFT + ((ms(date) - start) / (end - start)) * (W - LEFT - RIGHT);
  const right = W - RIGHT;
  let path = `M ${x(first.date)} ${y(first.to)}`;
  for (const change of sorted.slice(1)) path += ` H ${x(change.date)} V ${y(change.to)}`;
  path += ` H ${right}`;
  return (
    <figure className="mastery-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-label={`Mastery over time. ${summaryOf(sorted)}`}
        aria-describedby={describedBy}
        focusable="false"
      >
        {levels.map((level) => (
          <g key={level}>
            <line x1={LEFT} x2={right} y1={y(level)} y2={y(level)} className="chart-grid" />
            <text x={LEFT - 8} y={y(level) + 4} textAnchor="end" className="chart-axis">
              {levelDefinitions[level].letter} {levelDefinitions[level].label}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={right} y1={H - BOTTOM + 6} y2={H - BOTTOM + 6} className="chart-track" />
        <text x={LEFT} y={H - 8} className="chart-name">
          {formatDate(first.date)}
        </text>
        <text x={right} y={H - 8} textAnchor="end" className="chart-name">
          {formatDate(new Date(end).toISOString().slice(0, 10))}
        </text>
        <path d={path} className="mastery-line" />
        {sorted.map((change, index) => {
          const [cx, cy] = [x(change.date), y(change.to)];
          const delta = change.from ? levelRank(change.to) - levelRank(change.from) : 0;
          if (index === 0 || delta === 0)
            return <rect key={change.id} x={cx - 4.5} y={cy - 4.5} width={9} height={9} className="mastery-mark" />;
          const d = delta > 0 ? `M ${cx} ${cy - 7} l 6 10 h -12 z` : `M ${cx} ${cy + 7} l 6 -10 h -12 z`;
          return <path key={change.id} d={d} className="mastery-mark" />;
        })}
      </svg>
      <figcaption className="chart-legend-line">
        ■ start or same level · ▲ went up · ▼ went down · today at the right edge
      </figcaption>
    </figure>
  );
}
