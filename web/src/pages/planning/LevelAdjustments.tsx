import type { Level } from '../../../../src/schemas/common.js';
import type { Destination } from '../../../../src/schemas/map.js';
import { SelectField, TextField } from '../../components/fields.js';
import { levelDefinitions, levels } from '../../components/format.js';

export type Adjustments = Record<string, { to: Level | ''; note: string }>;

/** Week 6 of the source: "adjust mastery levels". Each skill of the cycle's destinations, no change by default. */
export function LevelAdjustments({
  destinations,
  value,
  onChange,
  errors,
}: {
  destinations: Destination[];
  value: Adjustments;
  onChange: (next: Adjustments) => void;
  errors: Record<string, string>;
}) {
  const withSkills = destinations.filter((d) => d.skills.length > 0);
  if (withSkills.length === 0) {
    return <p className="muted">The cycle’s destinations have no skills mapped, so there are no levels to adjust.</p>;
  }
  return (
    <fieldset className="level-adjustments">
      <legend>Adjust mastery levels</legend>
      <p className="field-hint">
        Leave “No change” where the level stayed. A level can go down as well as up; say why it changed.
      </p>
      {withSkills.map((destination) => (
        <div key={destination.id} className="adjust-destination">
          <h3>{destination.title}</h3>
          {destination.skills.map((skill) => {
            const current = levelDefinitions[skill.currentLevel];
            const entry = value[skill.id] ?? { to: '', note: '' };
            const set = (patch: Partial<typeof entry>) => onChange({ ...value, [skill.id]: { ...entry, ...patch } });
            return (
              <fieldset key={skill.id} className="adjust-skill">
                <legend>
                  {skill.name} <span className="muted">(now {current.label})</span>
                </legend>
                <SelectField
                  label="New level"
                  value={entry.to}
                  onChange={(event) => set({ to: event.target.value as Level | '' })}
                  error={errors[`${skill.id}.to`]}
                  options={[
                    { value: '', label: `No change (${current.label})` },
                    ...levels
                      .filter((level) => level !== skill.currentLevel)
                      .map((level) => ({
                        value: level,
                        label: `${levelDefinitions[level].label} (${levelDefinitions[level].letter}) — ${levelDefinitions[level].meaning}`,
                      })),
                  ]}
                />
                {entry.to ? (
                  <TextField
                    label="Why"
                    value={entry.note}
                    onChange={(event) => set({ note: event.target.value })}
                    error={errors[`${skill.id}.note`]}
                    required
                    hint="Required when the level changes: what you did or saw that shows it."
                  />
                ) : null}
              </fieldset>
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
