import { useState } from 'react';
import type { Destination, GrowthMap } from '../../../../src/schemas/map.js';
import { api } from '../../api/client.js';
import { SkillAddForm } from './SkillForm.js';
import { SkillItem } from './SkillItem.js';
import { focusLater } from '../../components/focusLater.js';
import { useDragReorder, useReorder } from './useReorder.js';

const withSkills = (map: GrowthMap, destination: Destination, skills: Destination['skills']): GrowthMap => ({
  ...map,
  destinations: map.destinations.map((d) => (d.id === destination.id ? { ...d, skills } : d)),
});

/** The skills that bridge to one destination, in order; the form to add another opens on demand. */
export function SkillList({ destination }: { destination: Destination }) {
  const [adding, setAdding] = useState(false);
  const { skills } = destination;
  const headingId = `skills-${destination.id}`;
  const addId = `add-skill-${destination.id}`;
  const reorder = useReorder({
    items: skills,
    nameOf: (s) => s.name,
    apply: (map, next) => withSkills(map, destination, next),
    save: (next) =>
      api('PUT /api/v1/destinations/{id}/skills/order', {
        params: { id: destination.id },
        body: { ids: next.map((s) => s.id) },
      }),
    focusIdOf: (s) => `skill-actions-${s.id}`,
  });
  const drag = useDragReorder(reorder.move);
  const closeForm = () => {
    setAdding(false);
    focusLater(addId);
  };

  return (
    <div className="skills">
      <h4 id={headingId} tabIndex={-1}>
        Skills <span className="muted">({skills.length})</span>
      </h4>
      {skills.length === 0 ? (
        <p className="muted">
          No skills yet. Add the 2–3 skills that bridge to this destination, each with where you are and where you want to be.
        </p>
      ) : (
        <ol className="skill-list">
          {skills.map((skill, index) => (
            <SkillItem
              key={skill.id}
              skill={skill}
              position={index + 1}
              count={skills.length}
              onMove={(delta) => reorder.move(index, index + delta)}
              handle={drag.handle(index)}
              target={drag.target(index)}
            />
          ))}
        </ol>
      )}
      {reorder.error ? (
        <p className="form-error" role="alert">
          {reorder.error}
        </p>
      ) : null}
      {adding ? (
        <SkillAddForm destination={destination} onDone={closeForm} />
      ) : (
        <button type="button" className="secondary add-skill" id={addId} onClick={() => setAdding(true)}>
          Add a skill <span className="visually-hidden">to “{destination.title}”</span>
        </button>
      )}
    </div>
  );
}
