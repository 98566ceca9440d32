import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { SystemStage } from '../../../../src/schemas/common.js';
import type { GrowthMap } from '../../../../src/schemas/map.js';
import { api } from '../../api/client.js';
import { SelectField, SubmitButton, TextField } from '../../components/fields.js';
import { useAnnounce } from '../../components/announce.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { stageOptions, stages } from '../../components/format.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';
import { mapKey } from '../../api/map.js';
import { focusLater } from '../../components/focusLater.js';
import { limits } from '../../../../src/schemas/limits.js';

interface HeaderDraft {
  title: string;
  role: string;
  techStack: string;
  systemStage: string;
}
const labels = { title: 'Map title', role: 'Role', techStack: 'Tech stack', systemStage: 'System stage' };
const draftOf = (map: GrowthMap): HeaderDraft => ({
  title: map.title,
  role: map.role ?? '',
  techStack: map.techStack.join(', '),
  systemStage: map.systemStage ?? '',
});
const stackOf = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** The map's title, role, tech stack and system stage: shown, and editable in place. */
export function MapHeader({ map }: { map: GrowthMap }) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="card map-header" aria-labelledby="map-details-heading">
      <h2 id="map-details-heading">Map details</h2>
      {editing ? (
        <MapHeaderForm
          map={map}
          onDone={() => {
            setEditing(false);
            focusLater('edit-map-details');
          }}
        />
      ) : (
        <>
          <dl className="map-facts">
            <div>
              <dt>Title</dt>
              <dd>{map.title}</dd>
            </div>
            <div>
              <dt>Role</dt>
              <dd>{map.role ?? <span className="muted">Not set</span>}</dd>
            </div>
            <div>
              <dt>Tech stack</dt>
              <dd>{map.techStack.length ? map.techStack.join(', ') : <span className="muted">Not set</span>}</dd>
            </div>
            <div>
              <dt>System stage</dt>
              <dd>
                {map.systemStage ? (
                  stages[map.systemStage]
                ) : (
                  <span className="muted">Not set — pick the stage your system is in</span>
                )}
              </dd>
            </div>
          </dl>
          <button type="button" className="secondary" id="edit-map-details" onClick={() => setEditing(true)}>
            Edit map details
          </button>
        </>
      )}
    </section>
  );
}

function MapHeaderForm({ map, onDone }: { map: GrowthMap; onDone: () => void }) {
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const { form, draft, set, errors, save, submit, saveProblems } = useConflictSafeDraft({
    initial: () => draftOf(map),
    version: map.version,
    labels,
    toDraft: draftOf,
    send: (draft, { version }) =>
      api('PATCH /api/v1/map', {
        body: {
          version: version ?? map.version,
          title: draft.title,
          role: draft.role.trim() || null,
          techStack: stackOf(draft.techStack),
          systemStage: (draft.systemStage || null) as SystemStage | null,
        },
      }),
    onSaved: (saved) => {
      queryClient.setQueryData(mapKey, saved);
      announce('Saved the map details.');
      onDone();
    },
    loadCurrent: async (current) => (current?.id ? current : api('GET /api/v1/map')),
    onReloaded: (fresh) => queryClient.setQueryData(mapKey, fresh),
    showSaved: (d) => (d.label === labels.systemStage ? { ...d, saved: stages[d.saved as SystemStage] ?? 'Not set' } : d),
  });
  useEffect(() => form.current?.querySelector('input')?.focus(), [form]);
  const stackError = errors.techStack ?? Object.entries(errors).find(([key]) => key.startsWith('techStack.'))?.[1];
  return (
    <form ref={form} onSubmit={submit} noValidate className="map-header-form">
      <TextField
        label={labels.title}
        value={draft.title}
        maxLength={limits.mapTitle}
        onChange={set('title')}
        error={errors.title}
        required
      />
      <TextField
        label={labels.role}
        value={draft.role}
        onChange={set('role')}
        error={errors.role}
        hint="e.g. Backend engineer, Staff engineer"
      />
      <TextField
        label={labels.techStack}
        value={draft.techStack}
        onChange={set('techStack')}
        error={stackError}
        hint="Separate with commas, e.g. TypeScript, PostgreSQL, Kubernetes"
      />
      <SelectField
        label={labels.systemStage}
        value={draft.systemStage}
        onChange={set('systemStage')}
        options={stageOptions}
        error={errors.systemStage}
        hint="Where the system you work on is today. Each stage needs different things from its engineers."
      />
      <SaveProblems {...saveProblems} />
      <div className="button-row">
        <SubmitButton busy={save.isPending}>Save map details</SubmitButton>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
