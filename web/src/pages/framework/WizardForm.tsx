import { useRef } from 'react';
import { Link } from 'react-router';
import type { SystemStage } from '../../../../src/schemas/common.js';
import type { Content } from '../../../../src/schemas/content.js';
import { fieldErrors } from '../../api/client.js';
import { FormMessage, SelectField, SubmitButton, TextField } from '../../components/fields.js';
import { useFocusFirstInvalid } from '../../components/saveProblems.js';
import { useSelfChecks } from '../../api/framework.js';
import { type WizardAnswers, cycleChoices } from './wizardWords.js';
import { DateText } from '../../components/text.js';
import { formError } from '../../components/formError.js';

/** What the wizard asks: role, stack, stage, one to three goals and the preferred cycle. */
export function WizardForm({
  content,
  answers,
  onChange,
  onSubmit,
  busy,
  error,
  goalProblem,
}: {
  content: Content;
  answers: WizardAnswers;
  onChange: (next: WizardAnswers) => void;
  onSubmit: () => void;
  busy: boolean;
  error: unknown;
  /** The goal fields map to the server's goals.N only after empty ones are dropped; `goalIndex` maps back. */
  goalProblem: (index: number) => string | undefined;
}) {
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);
  const fields = fieldErrors(error);
  const set = <K extends keyof WizardAnswers>(key: K, value: WizardAnswers[K]) => onChange({ ...answers, [key]: value });
  const setGoal = (index: number, part: 'text' | 'templateId', value: string) =>
    set(
      'goals',
      answers.goals.map((goal, i) => (i === index ? { ...goal, [part]: value } : goal)),
    );
  const stageName = content.stages.find((s) => s.id === answers.stage)?.name ?? answers.stage;
  const templates = [
    { value: '', label: 'No template' },
    ...content.destinationTemplates.map((t) => ({ value: t.id, label: t.title })),
  ];
  return (
    <form
      ref={form}
      className="wizard-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <TextField
        label="Role"
        value={answers.role}
        onChange={(e) => set('role', e.target.value)}
        error={fields.role}
        hint="For example: backend engineer, or senior frontend engineer."
        autoComplete="organization-title"
      />
      <TextField
        label="Tech stack"
        value={answers.techStack}
        onChange={(e) => set('techStack', e.target.value)}
        error={fields.techStack}
        hint="Comma separated, for example: TypeScript, PostgreSQL, Kubernetes."
      />
      <SelectField
        label="System stage"
        options={content.stages.map((s) => ({ value: s.id, label: s.name }))}
        value={answers.stage}
        onChange={(e) => set('stage', e.target.value as SystemStage)}
        error={fields.stage}
        hint={<SelfCheckNote stage={answers.stage} stageName={stageName} />}
      />
      <fieldset className="wizard-group">
        <legend>Goals: one to three</legend>
        <p className="field-hint">
          Say each goal in your own words, pick a destination template, or both. Goals 2 and 3 are optional.
        </p>
        {answers.goals.map((goal, index) => (
          <div key={index} className="wizard-goal">
            <TextField
              label={`Goal ${index + 1}`}
              value={goal.text}
              onChange={(e) => setGoal(index, 'text', e.target.value)}
              error={goalProblem(index) ?? (index === 0 ? fields.goals : undefined)}
              maxLength={300}
            />
            <SelectField
              label={`Template for goal ${index + 1}`}
              options={templates}
              value={goal.templateId}
              onChange={(e) => setGoal(index, 'templateId', e.target.value)}
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="wizard-group">
        <legend>Preferred cycle</legend>
        {cycleChoices.map((choice) => (
          <label key={choice.value} className="wizard-choice">
            <input
              type="radio"
              name="cycle"
              value={choice.value}
              checked={answers.cycle === choice.value}
              onChange={() => set('cycle', choice.value)}
            />
            {choice.label}
          </label>
        ))}
        {fields.reviewWeeks || fields.lengthWeeks ? (
          <p className="field-error">{fields.reviewWeeks ?? fields.lengthWeeks}</p>
        ) : null}
      </fieldset>
      <FormMessage error={formError(error)} />
      <SubmitButton busy={busy} busyLabel="Drafting…">
        Draft my Growth Map
      </SubmitButton>
      <p className="muted">Drafting saves nothing. You choose what to keep afterwards.</p>
    </form>
  );
}

/** The draft reads the latest self-check of the chosen stage: say which, or how to take one. */
function SelfCheckNote({ stage, stageName }: { stage: SystemStage; stageName: string }) {
  const checks = useSelfChecks();
  const latest = checks.data?.find((check) => check.stage === stage);
  if (checks.isPending) return null;
  return latest ? (
    <>
      The draft uses your latest self-check for {stageName}, taken on <DateText date={latest.takenOn} />.{' '}
      <Link to={`/framework/${stage}/self-check`}>Take it again</Link>
    </>
  ) : (
    <>
      The draft uses your latest self-check for this stage, and you have not taken one for {stageName} yet.{' '}
      <Link to={`/framework/${stage}/self-check`}>Take the self-check for {stageName}</Link> for suggestions that fit your
      answers.
    </>
  );
}
