import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CatalogueSkill } from '../../../../src/schemas/content.js';
import type { Destination } from '../../../../src/schemas/map.js';
import { api } from '../../api/client.js';
import { SelectField } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { mapKey } from '../../api/map.js';
import { Hidden } from '../../components/text.js';

/** One step: pick an active destination and add the skill to it, from novice towards practitioner. */
export function AddToDestination({ skill, destinations }: { skill: CatalogueSkill; destinations: Destination[] }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [target, setTarget] = useState(destinations[0]?.id ?? '');
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = destinations.find((d) => d.id === target) ?? destinations[0];
  const add = useMutation({
    mutationFn: (destination: Destination) =>
      api('POST /api/v1/destinations/{id}/skills', {
        params: { id: destination.id },
        body: {
          name: skill.name,
          currentLevel: 'novice',
          targetLevel: 'practitioner',
        },
      }),
    onSuccess: async (_, destination) => {
      const message = `Added “${skill.name}” to “${destination.title}”.`;
      setDone(message);
      announce(message);
      await queryClient.invalidateQueries({ queryKey: mapKey });
    },
    onError: (error) => setProblem(error.message),
  });
  if (!chosen) return null;
  const already = chosen.skills.some((s) => s.name.trim().toLowerCase() === skill.name.trim().toLowerCase());
  return (
    <div className="add-to-destination">
      <SelectField
        label="Add to destination"
        hint={<Hidden>for {skill.name}</Hidden>}
        options={destinations.map((d) => ({ value: d.id, label: d.title }))}
        value={chosen.id}
        onChange={(event) => {
          setTarget(event.target.value);
          setDone(null);
          setProblem(null);
        }}
      />
      <button
        type="button"
        disabled={add.isPending}
        aria-busy={add.isPending || undefined}
        onClick={() => {
          setDone(null);
          setProblem(null);
          if (already) setProblem(`“${skill.name}” is already on “${chosen.title}”.`);
          else add.mutate(chosen);
        }}
      >
        {add.isPending ? 'Adding…' : 'Add'}
        <Hidden> “{skill.name}”</Hidden>
      </button>
      {done ? <p className="success add-result">{done} It starts at Novice, aiming for Practitioner.</p> : null}
      {problem ? (
        <p className="form-error add-result" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
