import type { Level } from '../../../../src/schemas/common.js';
import { limits } from '../../../../src/schemas/limits.js';
import { useMap } from '../../api/map.js';
import { SelectField, TextField } from '../../components/fields.js';
import { levelOptions } from '../../components/format.js';

export interface ObservationDraft {
  key: string;
  skillId: string;
  level: Level;
  note: string;
}

let counter = 0;

const isLevel = (value: string): value is Level => levelOptions.some((option) => option.value === value);

/** What the partner saw of a skill on your map, at a level: "Demonstrates deep understanding of tracing (P)". */
export function ObservationRows({
  observations,
  onChange,
  errors,
}: {
  observations: readonly ObservationDraft[];
  onChange: (observations: ObservationDraft[]) => void;
  errors: Record<string, string>;
}) {
  const map = useMap();
  const skills = map.data?.destinations.flatMap((destination) => destination.skills) ?? [];
  const update = (index: number, change: Partial<ObservationDraft>) =>
    onChange(observations.map((o, i) => (i === index ? { ...o, ...change } : o)));
  const first = skills[0];
  return (
    <fieldset>
      <legend>Observations</legend>
      {first === undefined ? <p className="muted">Add skills to your map to record what your partner observed.</p> : null}
      {observations.map((observation, index) => (
        <div key={observation.key} className="action-item-row" role="group" aria-label={`Observation ${index + 1}`}>
          <SelectField
            label={`Skill observed ${index + 1}`}
            value={observation.skillId}
            onChange={(event) => update(index, { skillId: event.target.value })}
            error={errors[`observations.${index}.skillId`]}
            options={skills.map((skill) => ({ value: skill.id, label: skill.name }))}
          />
          <SelectField
            label="Level shown"
            value={observation.level}
            onChange={(event) => update(index, { level: isLevel(event.target.value) ? event.target.value : 'novice' })}
            options={levelOptions}
          />
          <TextField
            label="What they saw"
            value={observation.note}
            maxLength={limits.feedbackObservationNote}
            onChange={(event) => update(index, { note: event.target.value })}
            error={errors[`observations.${index}.note`]}
            hint="e.g. “Demonstrates deep understanding of tracing”"
          />
          <button type="button" className="secondary" onClick={() => onChange(observations.filter((_, i) => i !== index))}>
            Remove<span className="visually-hidden"> observation {index + 1}</span>
          </button>
        </div>
      ))}
      {first !== undefined ? (
        <div className="button-row">
          <button
            type="button"
            className="secondary"
            onClick={() =>
              onChange([...observations, { key: `obs-${++counter}`, skillId: first.id, level: 'practitioner', note: '' }])
            }
          >
            Add an observation
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
