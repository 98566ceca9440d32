import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Destination, GrowthMap } from '../../../../src/schemas/map.js';
import { api } from '../../api/client.js';
import { useAnnounce } from '../../components/announce.js';
import { SkillAddForm } from './SkillForm.js';
import { SkillItem } from './SkillItem.js';
import { mapKey } from '../../api/map.js';
import { focusLater } from '../../components/focusLater.js';
import { swapped } from './reorder.js';

/** The skills that bridge to one destination, in order, with the form to add another. */
export function SkillList({ destination }: { destination: Destination }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [moveError, setMoveError] = useState<string | null>(null);
  const { skills } = destination;
  const headingId = `skills-${destination.id}`;

  async function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    const skill = skills[index];
    if (!skill || target < 0 || target >= skills.length) return;
    const next = swapped(skills, index, target);
    queryClient.setQueryData<GrowthMap>(
      mapKey,
      (map) =>
        map && { ...map, destinations: map.destinations.map((d) => (d.id === destination.id ? { ...d, skills: next } : d)) },
    );
    announce(`Moved skill “${skill.name}” to position ${target + 1} of ${skills.length}.`);
    const [here, other] = delta < 0 ? ['up', 'down'] : ['down', 'up'];
    focusLater(`skill-${here}-${skill.id}`, `skill-${other}-${skill.id}`);
    setMoveError(null);
    try {
      await api('PUT /api/v1/destinations/{id}/skills/order', {
        params: { id: destination.id },
        body: { ids: next.map((s) => s.id) },
      });
    } catch (error) {
      setMoveError(
        `Could not save the new order: ${error instanceof Error ? error.message : 'unknown error'} The list shows the saved order again.`,
      );
    } finally {
      await queryClient.invalidateQueries({ queryKey: mapKey });
    }
  }

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
              onMove={(delta) => void move(index, delta)}
            />
          ))}
        </ol>
      )}
      {moveError ? (
        <p className="form-error" role="alert">
          {moveError}
        </p>
      ) : null}
      <SkillAddForm destination={destination} />
    </div>
  );
}
