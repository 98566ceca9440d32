import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SystemStage } from '../../../../src/schemas/common.js';
import type { Content } from '../../../../src/schemas/content.js';
import type { WizardDraft } from '../../../../src/schemas/framework.js';
import type { GrowthMap } from '../../../../src/schemas/map.js';
import { ApiError, api } from '../../api/client.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { useMap } from '../../api/map.js';
import { DraftView } from './DraftView.js';
import { useFramework, useSelfChecks } from '../../api/framework.js';
import { WizardForm } from './WizardForm.js';
import { type WizardAnswers, cycleChoices, emptyGoals } from './wizardWords.js';
import { focusLater } from '../../components/focusLater.js';
import './framework.css';

export default function WizardPage() {
  const framework = useFramework();
  const map = useMap();
  const checks = useSelfChecks();
  return (
    <Page title="Tailor your Growth Map">
      <p className="lead">
        Tell Growth Map your current role, tech stack and goals, and the cycle you prefer. It drafts a personalised Growth Map
        with concrete milestones and artifacts, and says why it suggests each part. Nothing is saved until you accept; accepted
        parts are added to your map, never replacing what is there.
      </p>
      {framework.isPending || map.isPending || checks.isPending ? (
        <Loading what="Loading the wizard" />
      ) : framework.isError ? (
        <LoadError error={framework.error} />
      ) : map.isError ? (
        <LoadError error={map.error} />
      ) : (
        <Wizard content={framework.data} map={map.data} latestStage={checks.data?.[0]?.stage} />
      )}
    </Page>
  );
}

const noGoalMessage = 'Give at least one goal: in your own words, as a template, or both.';

/** The body the server expects, and for each goal sent, which of the three fields it came from. */
function draftBody(answers: WizardAnswers) {
  const choice = cycleChoices.find((c) => c.value === answers.cycle) ?? cycleChoices[0];
  const sent = answers.goals.flatMap((goal, index) =>
    goal.text.trim() || goal.templateId
      ? [
          {
            index,
            goal: {
              ...(goal.text.trim() && { text: goal.text.trim() }),
              ...(goal.templateId && { templateId: goal.templateId }),
            },
          },
        ]
      : [],
  );
  const body = {
    role: answers.role.trim(),
    techStack: answers.techStack
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    stage: answers.stage,
    goals: sent.map((s) => s.goal),
    lengthWeeks: choice.lengthWeeks,
    reviewWeeks: choice.reviewWeeks,
  };
  return { body, goalIndex: sent.map((s) => s.index) };
}

/** `latestStage`: the stage of the newest self-check, which says best where the user's system is now. */
function Wizard({ content, map, latestStage }: { content: Content; map: GrowthMap; latestStage: SystemStage | undefined }) {
  const [answers, setAnswers] = useState<WizardAnswers>(() => ({
    role: map.role ?? '',
    techStack: map.techStack.join(', '),
    stage: latestStage ?? map.systemStage ?? content.stages[0]?.id ?? 'mvp-foundation',
    goals: emptyGoals(),
    cycle: '6-1',
  }));
  // Set on a submit with no goal: a new error each time, so the cursor goes back to Goal 1 each time.
  const [noGoal, setNoGoal] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState<{ draft: WizardDraft; body: ReturnType<typeof draftBody>['body'] } | null>(null);
  const request = useMutation({
    mutationFn: (body: ReturnType<typeof draftBody>['body']) => api('POST /api/v1/wizard/draft', { body }),
    onSuccess: (result, body) => {
      setDraft({ draft: result, body });
      focusLater('draft-heading');
    },
  });
  const { goalIndex } = draftBody(answers);
  const goalProblem = (index: number): string | undefined => {
    if (noGoal) return index === 0 ? noGoal.fields.goals : undefined;
    const sent = goalIndex.indexOf(index);
    const fields = request.error instanceof ApiError ? request.error.fields : {};
    return sent < 0 ? undefined : (fields[`goals.${sent}.templateId`] ?? fields[`goals.${sent}.text`]);
  };
  if (draft) {
    return (
      <DraftView
        content={content}
        draft={draft.draft}
        answers={draft.body}
        onDiscard={() => {
          setDraft(null);
          request.reset();
          focusLater('wizard-heading');
        }}
      />
    );
  }
  return (
    <section aria-labelledby="wizard-heading">
      <h2 id="wizard-heading" tabIndex={-1}>
        About you and your goals
      </h2>
      <WizardForm
        content={content}
        answers={answers}
        onChange={setAnswers}
        busy={request.isPending}
        error={noGoal ?? request.error}
        goalProblem={goalProblem}
        onSubmit={() => {
          const { body } = draftBody(answers);
          if (body.goals.length === 0) {
            setNoGoal(new ApiError(400, 'validation_failed', 'Give at least one goal.', { goals: noGoalMessage }));
            return;
          }
          setNoGoal(null);
          request.mutate(body);
        }}
      />
      <p>
        Prefer to start by hand? <Link to="/map">Open the map editor</Link>.
      </p>
    </section>
  );
}
