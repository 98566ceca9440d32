import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Artifact } from '../../../../src/schemas/artifacts.js';
import type { Cycle } from '../../../../src/schemas/cycles.js';
import type { GrowthMap } from '../../../../src/schemas/map.js';
import { limits } from '../../../../src/schemas/limits.js';
import { artifactKey, uploadArtifactFile, useArtifactsChanged } from '../../api/artifacts.js';
import { api } from '../../api/client.js';
import { CheckboxGroup, OptionSelect } from '../../components/choices.js';
import { SubmitButton, TextAreaField, TextField } from '../../components/fields.js';
import { formError } from '../../components/formError.js';
import { levelOptions, levels } from '../../components/format.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';
import {
  type ArtifactDraft,
  artifactLabels,
  bodyOf,
  destinationIdsOf,
  draftOfArtifact,
  emptyDraft,
  skillLevelsOf,
  skillsText,
} from './artifactDraft.js';
import { FileField } from './FileField.js';
import { kindOptions } from './words.js';

const firstError = (errors: Record<string, string>, prefix: string) =>
  Object.entries(errors).find(([key]) => key === prefix || key.startsWith(`${prefix}.`))?.[1];

/**
 * Records an artifact or edits one (sending the version it started from), then sends the chosen
 * file. A file refused after the record was saved says so; the record stays.
 */
export function ArtifactForm({
  artifact,
  map,
  cycles,
  onSaved,
  onFileRefused,
  fileProblem,
}: {
  artifact?: Artifact;
  map: GrowthMap;
  cycles: readonly Cycle[];
  onSaved: (saved: Artifact) => unknown;
  onFileRefused: (saved: Artifact, message: string) => unknown;
  fileProblem?: string | null;
}) {
  const queryClient = useQueryClient();
  const changed = useArtifactsChanged();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | null>(fileProblem ?? null);
  // A new key empties the file input once its file was sent or refused.
  const [fileInput, setFileInput] = useState(0);
  const { form, draft, setDraft, set, errors, save, submit, saveProblems } = useConflictSafeDraft<Artifact, ArtifactDraft>({
    initial: () => (artifact ? draftOfArtifact(artifact) : emptyDraft()),
    version: artifact?.version,
    labels: artifactLabels,
    toDraft: draftOfArtifact,
    send: (d, { version }) =>
      artifact && version !== undefined
        ? api('PATCH /api/v1/artifacts/{id}', { params: { id: artifact.id }, body: { version, ...bodyOf(d) } })
        : api('POST /api/v1/artifacts', { body: bodyOf(d) }),
    onSaved: async (saved) => {
      queryClient.setQueryData(artifactKey(saved.id), saved);
      if (file) {
        setProgress(0);
        try {
          await uploadArtifactFile(saved.id, file, setProgress);
        } catch (error) {
          const message = `“${saved.title}” is saved, but the file was not attached: ${formError(error) ?? 'the upload failed.'}`;
          setFileError(message);
          await changed();
          return onFileRefused(saved, message);
        } finally {
          setProgress(null);
          setFile(null);
          setFileInput((n) => n + 1);
        }
      }
      await changed();
      return onSaved(saved);
    },
    loadCurrent: async (current) =>
      current?.id === artifact?.id && current
        ? current
        : api('GET /api/v1/artifacts/{id}', { params: { id: artifact?.id ?? '' } }),
    onReloaded: (fresh) => queryClient.setQueryData(artifactKey(fresh.id), fresh),
  });

  const skillLevels = skillLevelsOf(draft);
  const setSkillLevel = (skillId: string, level: string) => {
    const next = new Map(skillLevels);
    const chosen = levels.find((l) => l === level);
    if (chosen) next.set(skillId, chosen);
    else next.delete(skillId);
    setDraft((d) => ({ ...d, skills: skillsText(next) }));
  };
  const skills = map.destinations.flatMap((destination) => destination.skills.map((skill) => ({ skill, destination })));
  const heading = artifact ? `Edit “${artifact.title}”` : 'Record an artifact';

  return (
    <form ref={form} className="card artifact-form" onSubmit={submit} noValidate aria-label={heading}>
      <TextField
        label={artifactLabels.title}
        value={draft.title}
        onChange={set('title')}
        maxLength={limits.artifactTitle}
        error={errors.title}
        required
        hint="What it is, e.g. “Tracing rollout design doc” or “ADR 12: queue-based checkout”."
      />
      <div className="field-row">
        <OptionSelect
          label={artifactLabels.kind}
          value={draft.kind}
          onChange={set('kind')}
          options={kindOptions}
          error={errors.kind}
        />
        <TextField
          label={artifactLabels.date}
          type="date"
          value={draft.date}
          onChange={set('date')}
          error={errors.date}
          hint="Optional. When you produced it."
        />
      </div>
      <TextField
        label={artifactLabels.url}
        type="url"
        value={draft.url}
        onChange={set('url')}
        error={errors.url}
        hint="Optional. An http or https link to the doc, pull request, slides or post."
      />
      <TextAreaField
        label={artifactLabels.description}
        value={draft.description}
        onChange={set('description')}
        maxLength={limits.artifactDescription}
        error={errors.description}
        hint="Optional. What it covers and your part in it."
      />
      <TextField
        label={artifactLabels.outcome}
        value={draft.outcome}
        onChange={set('outcome')}
        maxLength={limits.artifactOutcome}
        error={errors.outcome}
        hint="Optional. One sentence: what changed because of it, e.g. “Checkout incidents are found in minutes, not hours.”"
      />

      <fieldset className="metric">
        <legend>Metric: what changed, measured (optional)</legend>
        <p className="field-hint">A number before and after beats a sentence: it is the strongest signal you can point to.</p>
        <div className="field-row">
          <TextField
            label={artifactLabels.metricName}
            value={draft.metricName}
            onChange={set('metricName')}
            maxLength={limits.metricName}
            error={errors['metric.name'] ?? (errors.metric && !draft.metricName ? errors.metric : undefined)}
            hint="e.g. MTTR, p99 latency, build time"
          />
          <TextField
            label={artifactLabels.metricUnit}
            value={draft.metricUnit}
            onChange={set('metricUnit')}
            maxLength={limits.metricUnit}
            error={errors['metric.unit']}
            hint="e.g. minutes, ms, %"
          />
        </div>
        <div className="field-row">
          <TextField
            label={artifactLabels.metricBefore}
            inputMode="decimal"
            value={draft.metricBefore}
            onChange={set('metricBefore')}
            error={errors['metric.before']}
          />
          <TextField
            label={artifactLabels.metricAfter}
            inputMode="decimal"
            value={draft.metricAfter}
            onChange={set('metricAfter')}
            error={errors['metric.after']}
          />
        </div>
        <div className="field-row">
          <TextField
            label={artifactLabels.metricMeasuredOn}
            type="date"
            value={draft.metricMeasuredOn}
            onChange={set('metricMeasuredOn')}
            error={errors['metric.measuredOn']}
          />
          <TextField
            label={artifactLabels.metricSourceUrl}
            type="url"
            value={draft.metricSourceUrl}
            onChange={set('metricSourceUrl')}
            error={errors['metric.sourceUrl']}
            hint="Optional. A link to the dashboard or report."
          />
        </div>
      </fieldset>

      <fieldset className="artifact-skills" aria-describedby="artifact-skills-hint">
        <legend>{artifactLabels.skills}</legend>
        <p className="field-hint" id="artifact-skills-hint">
          {skills.length === 0
            ? 'Your map has no skills yet: add them in the map editor to link this artifact to them.'
            : 'For each skill this work demonstrates, the level it shows.'}
        </p>
        {firstError(errors, 'skills') ? <p className="field-error">{firstError(errors, 'skills')}</p> : null}
        {skills.map(({ skill, destination }) => (
          <OptionSelect
            key={skill.id}
            label={`${skill.name} (${destination.title})`}
            value={skillLevels.get(skill.id) ?? ''}
            onChange={(event) => setSkillLevel(skill.id, event.target.value)}
            options={[{ value: '', label: 'Not shown by this artifact' }, ...levelOptions]}
          />
        ))}
      </fieldset>

      {map.destinations.length > 0 ? (
        <CheckboxGroup
          legend={artifactLabels.destinationIds}
          hint="Optional. The destinations this work moves you towards."
          options={map.destinations.map((d) => ({ value: d.id, label: d.title }))}
          value={destinationIdsOf(draft)}
          onChange={(ids) => setDraft((d) => ({ ...d, destinationIds: ids.join(' ') }))}
          error={firstError(errors, 'destinationIds')}
        />
      ) : null}

      <OptionSelect
        label={artifactLabels.cycleId}
        value={draft.cycleId}
        onChange={set('cycleId')}
        options={[{ value: '', label: 'None' }, ...cycles.map((c) => ({ value: c.id, label: c.goal }))]}
        error={errors.cycleId}
        hint="Optional. The learning cycle it came out of, e.g. its demonstration."
      />

      <FileField
        key={fileInput}
        artifact={artifact}
        chosen={file}
        onChoose={(chosen) => {
          setFile(chosen);
          setFileError(null);
        }}
        onProblem={setFileError}
        progress={progress}
        problem={fileError}
      />

      <SaveProblems {...saveProblems} />
      <div className="button-row">
        <SubmitButton busy={save.isPending} busyLabel={progress === null ? 'Saving…' : 'Uploading…'}>
          {artifact ? 'Save artifact' : 'Record artifact'}
        </SubmitButton>
      </div>
    </form>
  );
}
