import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Content } from '../../../../src/schemas/content.js';
import type { WizardAccept, WizardDraft } from '../../../../src/schemas/framework.js';
import { ApiError, api } from '../../api/client.js';
import { FormMessage } from '../../components/fields.js';
import { AcceptedView } from './AcceptedView.js';
import { DraftCycleView } from './DraftCycle.js';
import { DraftDestinationCard } from './DraftDestination.js';
import { type DraftAnswers, type DestinationEdit, acceptBody, editOf, initialEdits } from './draftSelection.js';
import { DraftSuggestions } from './DraftSuggestions.js';
import { formError } from '../../components/formError.js';
import { focusLater } from '../../components/focusLater.js';

/** The draft, with a checkbox for every part; nothing is written before "Accept selected" or "Accept all". */
export function DraftView({
  content,
  draft,
  answers,
  onDiscard,
}: {
  content: Content;
  draft: WizardDraft;
  answers: DraftAnswers;
  onDiscard: () => void;
}) {
  const queryClient = useQueryClient();
  const [edits, setEdits] = useState(() => initialEdits(draft));
  const [editing, setEditing] = useState<Record<string, boolean>>({});
  const [cycleAccepted, setCycleAccepted] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [titleErrors, setTitleErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState<WizardAccept | null>(null);
  const accept = useMutation({
    mutationFn: (body: WizardAccept) => api('POST /api/v1/wizard/accept', { body }),
    onSuccess: async (_, body) => {
      // The map, the cycles and this week all changed.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      focusLater('accepted-heading');
      setSent(body);
    },
    onError: (error, body) => {
      const fields = error instanceof ApiError ? error.fields : {};
      const byKey = Object.fromEntries(
        body.destinations.flatMap((d, i) =>
          fields[`destinations.${i}.title`] ? [[d.key, fields[`destinations.${i}.title`]!]] : [],
        ),
      );
      showTitleErrors(byKey);
    },
  });
  const edit = (key: string, patch: Partial<DestinationEdit>) =>
    setEdits((current) => ({
      ...current,
      [key]: { ...editOf(current, draft.destinations.find((d) => d.key === key)!), ...patch },
    }));
  const anyCycleDestination = draft.cycle.destinationKeys.some((key) => edits[key]?.accepted);

  function showTitleErrors(byKey: Record<string, string>) {
    setTitleErrors(byKey);
    const keys = Object.keys(byKey);
    if (keys.length === 0) return;
    setEditing((current) => ({ ...current, ...Object.fromEntries(keys.map((k) => [k, true])) }));
    window.setTimeout(() => document.querySelector<HTMLElement>('.draft-edit [aria-invalid="true"]')?.focus(), 0);
  }

  function submit(all: boolean) {
    setProblem(null);
    const body = acceptBody(draft, answers, edits, cycleAccepted, all);
    if (body.destinations.length === 0) {
      setProblem('Select at least one destination to accept. The cycle needs one of its destinations too.');
      return;
    }
    const untitled = Object.fromEntries(
      body.destinations.filter((d) => !d.title).map((d) => [d.key, 'Give the destination a title.']),
    );
    showTitleErrors(untitled);
    if (Object.keys(untitled).length > 0) return;
    accept.mutate(body);
  }

  if (accept.isSuccess && sent) return <AcceptedView accepted={accept.data} body={sent} />;
  return (
    <>
      <h2 id="draft-heading" tabIndex={-1}>
        Your draft Growth Map
      </h2>
      <p className="notice">
        Nothing is saved yet. Untick what you do not want, edit what needs your words — text in [brackets] is for you to fill in —
        then accept. Accepted parts are added to your map.
      </p>
      <section aria-labelledby="draft-destinations-heading">
        <h2 id="draft-destinations-heading">Destinations</h2>
        {draft.destinations.map((destination, index) => (
          <DraftDestinationCard
            key={destination.key}
            number={index + 1}
            destination={destination}
            edit={editOf(edits, destination)}
            onEdit={(patch) => edit(destination.key, patch)}
            editing={editing[destination.key] ?? false}
            onEditing={(open) => setEditing((current) => ({ ...current, [destination.key]: open }))}
            titleError={titleErrors[destination.key]}
          />
        ))}
      </section>
      <DraftCycleView
        cycle={draft.cycle}
        titles={draft.cycle.destinationKeys.map((key) => edits[key]?.title || key)}
        accepted={cycleAccepted}
        canAccept={anyCycleDestination}
        onAccept={setCycleAccepted}
      />
      <DraftSuggestions draft={draft} content={content} />
      <div className="draft-actions">
        <FormMessage error={problem ?? formError(accept.error)} />
        <div className="button-row">
          <button
            type="button"
            onClick={() => submit(false)}
            disabled={accept.isPending}
            aria-busy={accept.isPending || undefined}
          >
            {accept.isPending ? 'Accepting…' : 'Accept selected'}
          </button>
          <button type="button" className="secondary" onClick={() => submit(true)} disabled={accept.isPending}>
            Accept all
          </button>
          <button type="button" className="secondary" onClick={onDiscard} disabled={accept.isPending}>
            Discard draft
          </button>
        </div>
      </div>
    </>
  );
}
