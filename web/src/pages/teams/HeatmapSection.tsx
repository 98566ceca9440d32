import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Category, Level } from '../../../../src/schemas/common.js';
import type { Heatmap } from '../../../../src/schemas/teams.js';
import { api, urlOf } from '../../api/client.js';
import { useHeatmap, useTeamsChanged } from '../../api/teams.js';
import { SelectField } from '../../components/fields.js';
import { formError } from '../../components/formError.js';
import { categoryOptions, levelName, levelRankOf } from '../../components/format.js';
import { LoadError, Loading } from '../../components/Page.js';
import { Hidden } from '../../components/text.js';

const filterOptions = [{ value: '', label: 'All categories' }, ...categoryOptions];

/** Text first, colour second: the level's word is in every cell, and the target beside it when higher. */
function LevelCell({ level, target }: { level: Level | undefined; target: Level | undefined }) {
  if (!level) return <td className="heat-cell heat-none">—</td>;
  const aims = target && levelRankOf(target) > levelRankOf(level) ? target : null;
  return (
    <td className={`heat-cell heat-${level}`}>
      {levelName(level)}
      {aims ? <span className="heat-target"> → {levelName(aims)}</span> : null}
    </td>
  );
}

function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  if (heatmap.skills.length === 0) return <p>No skills to show: nobody in this view has a skill on their map yet.</p>;
  return (
    // A wide table scrolls inside its own region, focusable so a keyboard can scroll it too (WCAG 2.1.1).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled without a mouse
    <section className="table-scroll heatmap-scroll" aria-labelledby="heatmap-caption" tabIndex={0}>
      <table className="heatmap">
        <caption id="heatmap-caption">
          Current level of each skill by member; an arrow shows the member’s target when it is higher.
        </caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            {heatmap.members.map((member) => (
              <th scope="col" key={member.userId}>
                {member.name}
              </th>
            ))}
            <th scope="col">Below target</th>
          </tr>
        </thead>
        <tbody>
          {heatmap.skills.map((skill) => (
            <tr key={skill.name}>
              <th scope="row">{skill.name}</th>
              {heatmap.members.map((member) => (
                <LevelCell key={member.userId} level={skill.levels[member.userId]} target={skill.targets[member.userId]} />
              ))}
              <td>{skill.belowTarget}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function HeatmapSection({ teamId, isLead }: { teamId: string; isLead: boolean }) {
  const [category, setCategory] = useState<Category | null>(null);
  const heatmap = useHeatmap(teamId, category, true);
  const navigate = useNavigate();
  const changed = useTeamsChanged();
  const draft = useMutation({
    mutationFn: (skill: string) => api('POST /api/v1/teams/{id}/workshops', { params: { id: teamId }, body: { skill } }),
    onSuccess: (workshop) => {
      void changed();
      void navigate(`/workshops/${workshop.id}`);
    },
  });
  const nameOf = (userId: string) => heatmap.data?.members.find((m) => m.userId === userId)?.name ?? 'someone';
  return (
    <section aria-labelledby="heatmap-heading" className="card">
      <h2 id="heatmap-heading" className="section-heading">
        Skills heatmap
      </h2>
      <p>Only members who accepted are here, and only what they agreed to share.</p>
      <div className="heatmap-tools">
        <SelectField
          label="Category"
          hint="Narrows to skills under destinations of this category (members who share their goals)."
          options={filterOptions}
          value={category ?? ''}
          onChange={(event) => setCategory(categoryOptions.find((o) => o.value === event.target.value)?.value ?? null)}
        />
        <a
          className="button secondary"
          href={urlOf('GET /api/v1/teams/{id}/heatmap.csv', { params: { id: teamId }, query: category ? { category } : {} })}
          download
        >
          Download CSV
        </a>
      </div>
      {heatmap.isPending ? <Loading what="Loading the heatmap" /> : null}
      {heatmap.isError ? <LoadError error={heatmap.error} /> : null}
      {heatmap.data ? (
        <>
          <HeatmapTable heatmap={heatmap.data} />
          <h3>Thin spots</h3>
          {heatmap.data.thinSpots.length === 0 ? <p>None: every skill has more than one person to lean on.</p> : null}
          <ul className="thin-spots">
            {heatmap.data.thinSpots.map((spot) => (
              <li key={spot.skill}>
                <span className={`tag ${spot.kind === 'bus-factor' ? 'warn' : 'bad'}`}>
                  {spot.kind === 'bus-factor' ? 'Bus factor' : 'No practitioner'}
                </span>{' '}
                {spot.reason}{' '}
                {isLead ? (
                  <button type="button" className="secondary" disabled={draft.isPending} onClick={() => draft.mutate(spot.skill)}>
                    Draft a workshop<Hidden> on {spot.skill}</Hidden>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {draft.error ? (
            <p className="form-error" role="alert">
              {formError(draft.error)}
            </p>
          ) : null}
          <h3>Pairing suggestions</h3>
          {heatmap.data.pairings.length === 0 ? <p>No Expert and Novice share a skill in this view.</p> : null}
          <ul className="pairings">
            {heatmap.data.pairings.map((pairing) => (
              <li key={`${pairing.skill}-${pairing.expert}-${pairing.novice}`}>
                <strong>
                  {nameOf(pairing.expert)} with {nameOf(pairing.novice)}
                </strong>{' '}
                on {pairing.skill}: {pairing.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
