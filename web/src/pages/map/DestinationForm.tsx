import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Category } from '../../../../src/schemas/common.js';
import type { Destination } from '../../../../src/schemas/map.js';
import { api } from '../../api/client.js';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../components/fields.js';
import { SaveProblems } from '../../components/saveProblems.js';
import { categories, categoryOptions } from '../../components/format.js';
import { LiveSmart } from './LiveSmart.js';
import { useConflictSafeDraft } from '../../components/useConflictSafeDraft.js';
import { mapKey } from '../../api/map.js';
import { limits } from '../../../../src/schemas/limits.js';

interface Draft {
  title: string;
  category: Category;
  description: string;
  measure: string;
  targetDate: string;
  businessImpact: string;
}

const labels: Record<keyof Draft, string> = {
  title: 'Title',
  category: 'Category',
  description: 'Description',
  measure: 'Measure',
  targetDate: 'Target date',
  businessImpact: 'Business impact',
};

const toDraft = (d?: Destination): Draft => ({
  title: d?.title ?? '',
  category: d?.category ?? 'technical-specialization',
  description: d?.description ?? '',
  measure: d?.measure ?? '',
  targetDate: d?.targetDate ?? '',
  businessImpact: d?.businessImpact ?? '',
});

const toBody = (draft: Draft) => ({
  title: draft.title,
  category: draft.category,
  description: draft.description.trim() || null,
  measure: draft.measure.trim() || null,
  targetDate: draft.targetDate || null,
  businessImpact: draft.businessImpact.trim() || null,
});

/** Adds a destination, or edits one in place. Edits send the version they started from. */
export function DestinationForm({
  destination,
  onSaved,
  onCancel,
}: {
  destination?: Destination;
  onSaved: (saved: Destination) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const { form, draft, set, errors, save, submit, saveProblems } = useConflictSafeDraft<Destination, Draft>({
    initial: () => toDraft(destination),
    version: destination?.version,
    labels,
    toDraft,
    send: (draft, { version }) =>
      destination
        ? api('PATCH /api/v1/destinations/{id}', {
            params: { id: destination.id },
            body: { version: version ?? destination.version, ...toBody(draft) },
          })
        : api('POST /api/v1/destinations', { body: toBody(draft) }),
    onSaved: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: mapKey });
      onSaved(saved);
    },
    loadCurrent: async (current) => {
      if (current?.id === destination?.id && current) return current;
      const map = await queryClient.fetchQuery({
        queryKey: mapKey,
        queryFn: () => api('GET /api/v1/map'),
        staleTime: 0,
      });
      const fresh = map.destinations.find((d) => d.id === destination?.id);
      if (!fresh) throw new Error('This destination was deleted elsewhere. Copy anything you want to keep, then cancel.');
      return fresh;
    },
    onReloaded: () => void queryClient.invalidateQueries({ queryKey: mapKey }),
  });
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [form]);

  const heading = destination ? `Edit “${destination.title}”` : 'New destination';

  return (
    <form ref={form} className="card destination-form" onSubmit={submit} noValidate aria-label={heading}>
      <h3 className="form-heading">{heading}</h3>
      <div className="destination-form-grid">
        <div>
          <TextField
            label={labels.title}
            value={draft.title}
            maxLength={limits.destinationTitle}
            onChange={set('title')}
            error={errors.title}
            required
            hint="An action and what it acts on, e.g. “Publish a technical article series and deliver two internal talks per quarter.”"
          />
          <SelectField
            label={labels.category}
            value={draft.category}
            onChange={set('category')}
            options={categoryOptions}
            error={errors.category}
            hint={categories[draft.category].examples}
          />
          <TextAreaField
            label={labels.description}
            value={draft.description}
            maxLength={limits.destinationDescription}
            onChange={set('description')}
            error={errors.description}
          />
          <TextField
            label={labels.measure}
            value={draft.measure}
            maxLength={limits.destinationMeasure}
            onChange={set('measure')}
            error={errors.measure}
            hint="The metric and its target, e.g. “99.9% uptime over 30 days” or “two talks per quarter”."
          />
          <TextField
            label={labels.targetDate}
            type="date"
            value={draft.targetDate}
            onChange={set('targetDate')}
            error={errors.targetDate}
          />
          <TextAreaField
            label={labels.businessImpact}
            value={draft.businessImpact}
            maxLength={limits.destinationImpact}
            onChange={set('businessImpact')}
            error={errors.businessImpact}
            hint="Why a manager or the business would value it: who benefits, and how."
          />
        </div>
        <LiveSmart input={draft} />
      </div>
      <SaveProblems {...saveProblems} />
      <div className="button-row">
        <SubmitButton busy={save.isPending}>Save destination</SubmitButton>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
