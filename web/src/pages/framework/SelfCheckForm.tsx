import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { SystemStage } from '../../../../src/schemas/common.js';
import type { SelfCheckItem } from '../../../../src/schemas/content.js';
import type { SelfCheck } from '../../../../src/schemas/framework.js';
import { api } from '../../api/client.js';
import { FormMessage, SubmitButton } from '../../components/fields.js';
import { selfChecksKey } from '../../api/framework.js';
import { type Answer, answerOrder, answerWords, areaLabels, areaOrder } from './words.js';

/** One radio group per statement, the statement as its legend, grouped under the stage's four lists. */
export function SelfCheckForm({
  stage,
  items,
  onSaved,
}: {
  stage: SystemStage;
  items: SelfCheckItem[];
  onSaved: (check: SelfCheck) => void;
}) {
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const save = useMutation({
    mutationFn: () => api('POST /api/v1/self-checks', { body: { stage, answers } }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: selfChecksKey });
      onSaved(saved);
    },
  });
  const answered = Object.keys(answers).length;
  return (
    <form
      ref={form}
      className="self-check-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (answered === 0) {
          setProblem('Answer at least one statement before saving.');
          form.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
          return;
        }
        setProblem(null);
        save.mutate();
      }}
    >
      {areaOrder.map((area) => {
        const inArea = items.filter((item) => item.area === area);
        if (inArea.length === 0) return null;
        return (
          <section key={area} aria-labelledby={`area-${area}`}>
            <h2 id={`area-${area}`}>{areaLabels[area]}</h2>
            {inArea.map((item) => (
              <fieldset key={item.id} className="statement">
                <legend>{item.statement}</legend>
                <div className="statement-choices">
                  {answerOrder.map((answer) => (
                    <label key={answer} className="statement-choice">
                      <input
                        type="radio"
                        name={item.id}
                        value={answer}
                        checked={answers[item.id] === answer}
                        onChange={() => setAnswers((current) => ({ ...current, [item.id]: answer }))}
                      />
                      {answerWords[answer]}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </section>
        );
      })}
      <p className="muted">
        {answered} of {items.length} statements answered.
        {answered > 0 && answered < items.length ? ' Unanswered statements do not count towards your score.' : ''}
      </p>
      <FormMessage error={problem ?? (save.error ? save.error.message : null)} />
      <SubmitButton busy={save.isPending}>Save self-check</SubmitButton>
    </form>
  );
}
