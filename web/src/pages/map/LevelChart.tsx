import { useId } from 'react';
import type { Skill } from '../../../../src/schemas/map.js';
import { levelDefinitions, levelRankOf, levels } from '../../components/format.js';

const NAME_WIDTH = 150;
const STEP = 70;
const ROW = 22;
const TOP = 18;
const x = (rank: number) => NAME_WIDTH + 16 + rank * STEP;
const short = (name: string) => (name.length > 24 ? `${name.slice(0, 23)}…` : name);

/**
 * Each skill on the N–P–E scale: a solid bar and a filled dot up to the current level, a hatched bar
 * and an open diamond to the target. Shapes and patterns carry the meaning, not colour; the list
 * in the caption says the same in words.
 */
export function LevelChart({ skills }: { skills: Skill[] }) {
  const id = useId();
  const [titleId, descId, hatchId] = [`${id}-title`, `${id}-desc`, `${id}-hatch`];
  const height = TOP + skills.length * ROW + 4;
  const width = x(2) + 16;
  return (
    <figure className="level-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        focusable="false"
      >
        <title id={titleId}>Current against target level of each skill</title>
        <defs>
          <pattern id={hatchId} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="4" className="chart-hatch" />
          </pattern>
        </defs>
        {levels.map((level, rank) => (
          <g key={level}>
            <line x1={x(rank)} x2={x(rank)} y1={TOP - 4} y2={height - 2} className="chart-grid" />
            <text x={x(rank)} y={11} textAnchor="middle" className="chart-axis">
              {levelDefinitions[level].letter}
            </text>
          </g>
        ))}
        {skills.map((skill, row) => {
          const y = TOP + row * ROW + ROW / 2;
          const [current, target] = [levelRankOf(skill.currentLevel), levelRankOf(skill.targetLevel)];
          return (
            <g key={skill.id}>
              <text x={0} y={y + 4} className="chart-name">
                {short(skill.name)}
              </text>
              <line x1={x(0)} x2={x(2)} y1={y} y2={y} className="chart-track" />
              {current > 0 ? <rect x={x(0)} y={y - 4} width={x(current) - x(0)} height={8} className="chart-done" /> : null}
              {target > current ? (
                <rect
                  x={x(current)}
                  y={y - 4}
                  width={x(target) - x(current)}
                  height={8}
                  fill={`url(#${hatchId})`}
                  className="chart-togo"
                />
              ) : null}
              <circle cx={x(current)} cy={y} r={5} className="chart-current" />
              <path
                d={`M ${x(target)} ${y - 7} l 7 7 l -7 7 l -7 -7 z`}
                className={target > current ? 'chart-target' : 'chart-target reached'}
              />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="chart-legend" aria-hidden="true">
          <span className="legend-current">●</span> current · <span className="legend-target">◇</span> target · hatched: still to
          grow · N Novice, P Practitioner, E Expert
        </span>
        <ul id={descId} className="visually-hidden">
          {skills.map((skill) => (
            <li key={skill.id}>
              {skill.name}: current {levelDefinitions[skill.currentLevel].label}, target{' '}
              {levelDefinitions[skill.targetLevel].label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
