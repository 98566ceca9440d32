import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Skill } from '../../../../src/schemas/map.js';
import { api } from '../../api/client.js';
import { useAnnounce } from '../../components/announce.js';
import { LevelChangeForm } from './LevelChangeForm.js';
import { LevelPair } from './LevelPair.js';
import { SkillEditForm } from './SkillForm.js';
import { mapKey } from '../../api/map.js';
import { Hidden } from '../../components/text.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { focusLater } from '../../components/focusLater.js';

type Open = 'none' | 'edit' | 'level' | 'delete';

export function SkillItem({
  skill,
  position,
  count,
  onMove,
}: {
  skill: Skill;
  position: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>('none');
  const { id, name } = skill;
  const close = (focusId: string) => {
    setOpen('none');
    focusLater(focusId);
  };
  const remove = useMutation({
    mutationFn: () => api('DELETE /api/v1/skills/{id}', { params: { id } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: mapKey });
      announce(`Deleted skill “${name}”.`);
      focusLater(`skills-${skill.destinationId}`);
    },
  });

  return (
    <li className="skill">
      <div className="skill-summary">
        <span className="skill-name">{name}</span> <LevelPair current={skill.currentLevel} target={skill.targetLevel} />
      </div>
      {open === 'edit' ? (
        <SkillEditForm skill={skill} onDone={() => close(`skill-edit-${id}`)} />
      ) : open === 'level' ? (
        <LevelChangeForm skill={skill} onDone={() => close(`skill-level-${id}`)} onCancel={() => close(`skill-level-${id}`)} />
      ) : (
        <div className="button-row compact">
          <button type="button" className="secondary" id={`skill-edit-${id}`} onClick={() => setOpen('edit')}>
            Edit <Hidden>skill “{name}”</Hidden>
          </button>
          <button type="button" className="secondary" id={`skill-up-${id}`} disabled={position === 1} onClick={() => onMove(-1)}>
            <span aria-hidden="true">↑ </span>Move up <Hidden>skill “{name}”</Hidden>
          </button>
          <button
            type="button"
            className="secondary"
            id={`skill-down-${id}`}
            disabled={position === count}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓ </span>Move down <Hidden>skill “{name}”</Hidden>
          </button>
          <button type="button" className="secondary" id={`skill-level-${id}`} onClick={() => setOpen('level')}>
            Record a level change <Hidden>for “{name}”</Hidden>
          </button>
          <Link className="button secondary" to={`/skills/${id}`}>
            History <Hidden>of “{name}”</Hidden>
          </Link>
          <button type="button" className="secondary danger-text" id={`skill-delete-${id}`} onClick={() => setOpen('delete')}>
            Delete <Hidden>skill “{name}”</Hidden>
          </button>
        </div>
      )}
      {open === 'delete' ? (
        <InlineConfirm
          message={`Delete the skill “${name}” and its level history? This cannot be undone.`}
          confirmLabel="Delete permanently"
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => close(`skill-delete-${id}`)}
        />
      ) : null}
      {remove.error ? (
        <p className="form-error" role="alert">
          {remove.error.message}
        </p>
      ) : null}
    </li>
  );
}
