import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ComponentProps, type DragEvent, useState } from 'react';
import { Link } from 'react-router';
import type { Skill } from '../../../../src/schemas/map.js';
import { api } from '../../api/client.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { useAnnounce } from '../../components/announce.js';
import { Hidden } from '../../components/text.js';
import { InlineConfirm } from '../../components/InlineConfirm.js';
import { DragHandle } from './DragHandle.js';
import { EvidenceHealthNote } from './EvidenceHealthNote.js';
import { LevelChangeForm } from './LevelChangeForm.js';
import { LevelPair } from './LevelPair.js';
import { SkillEditForm } from './SkillForm.js';
import { mapKey } from '../../api/map.js';
import { focusLater } from '../../components/focusLater.js';

type Open = 'none' | 'edit' | 'level' | 'delete';

/** A drop target's props, from useDragReorder. */
interface DropTarget {
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
  'data-drop': string | undefined;
}

/** One skill: its name and levels first, "Record a level change" as the one visible action, the rest in a menu. */
export function SkillItem({
  skill,
  position,
  count,
  onMove,
  handle,
  target,
}: {
  skill: Skill;
  position: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  handle: ComponentProps<typeof DragHandle>;
  target: DropTarget;
}) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [open, setOpen] = useState<Open>('none');
  const { id, name } = skill;
  const menuId = `skill-actions-${id}`;
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
  const items: MenuItem[] = [
    { key: 'edit', label: 'Edit', onSelect: () => setOpen('edit') },
    ...(position > 1 ? [{ key: 'up', label: 'Move up', onSelect: () => onMove(-1) }] : []),
    ...(position < count ? [{ key: 'down', label: 'Move down', onSelect: () => onMove(1) }] : []),
    { key: 'history', label: 'History', to: `/skills/${id}` },
    { key: 'delete', label: 'Delete…', danger: true, onSelect: () => setOpen('delete') },
  ];

  return (
    <li className="skill" {...target}>
      <div className="skill-row">
        <DragHandle {...handle} />
        <div className="skill-summary">
          <Link className="skill-name" to={`/skills/${id}`}>
            {name}
          </Link>{' '}
          <LevelPair current={skill.currentLevel} target={skill.targetLevel} />
          <EvidenceHealthNote skillId={id} />
        </div>
        <div className="skill-actions">
          <button
            type="button"
            className="secondary"
            id={`skill-level-${id}`}
            aria-expanded={open === 'level'}
            onClick={() => setOpen(open === 'level' ? 'none' : 'level')}
          >
            Record a level change <Hidden>for “{name}”</Hidden>
          </button>
          <Menu
            id={menuId}
            label={
              <>
                Actions <Hidden>for skill “{name}”</Hidden>
              </>
            }
            items={items}
          />
        </div>
      </div>
      {open === 'edit' ? <SkillEditForm skill={skill} onDone={() => close(menuId)} /> : null}
      {open === 'level' ? (
        <LevelChangeForm skill={skill} onDone={() => close(`skill-level-${id}`)} onCancel={() => close(`skill-level-${id}`)} />
      ) : null}
      {open === 'delete' ? (
        <InlineConfirm
          message={`Delete the skill “${name}” and its level history? This cannot be undone.`}
          confirmLabel="Delete permanently"
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => close(menuId)}
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
