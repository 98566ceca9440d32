import { useState } from 'react';
import { Link } from 'react-router';
import { useArtifacts } from '../../api/artifacts.js';
import { useCycles } from '../../api/cycles.js';
import { useEndorsements } from '../../api/endorsements.js';
import { useFeedbackSessions } from '../../api/feedback.js';
import { useLadderChoice, useLadders, useNextLevel } from '../../api/ladders.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { focusLater } from '../../components/focusLater.js';
import { useSession } from '../../session.js';
import { type EvidenceNames, GapList } from './GapList.js';
import { LadderChoiceForm } from './LadderChoiceForm.js';
import './ladders.css';

const TITLE = 'Next level';

/** The titles of the user's own records, so an evidence link says what it opens. */
function useEvidenceNames(): EvidenceNames {
  const artifacts = useArtifacts();
  const sessions = useFeedbackSessions({});
  const cycles = useCycles();
  const endorsements = useEndorsements();
  return new Map([
    ...(artifacts.data ?? []).map((a): [string, string] => [a.id, a.title]),
    ...(sessions.data ?? []).map((s): [string, string] => [s.id, `${s.partner}, ${s.date}`]),
    ...(cycles.data ?? []).map((c): [string, string] => [c.id, c.goal]),
    ...(endorsements.data ?? []).map((e): [string, string] => [e.id, `from ${e.endorserName}`]),
  ]);
}

/** "What am I missing for the next level": pick a ladder and level, see the gaps and the evidence you have. */
export default function NextLevelPage() {
  const { user } = useSession();
  const ladders = useLadders();
  const choice = useLadderChoice();
  const nextLevel = useNextLevel(Boolean(choice.data));
  const names = useEvidenceNames();
  const [editing, setEditing] = useState(false);

  if (ladders.isPending || choice.isPending) {
    return (
      <Page title={TITLE}>
        <Loading what="Loading the career ladders" />
      </Page>
    );
  }
  if (ladders.isError || choice.isError) {
    return (
      <Page title={TITLE}>
        <LoadError error={ladders.error ?? choice.error} />
      </Page>
    );
  }
  return (
    <Page title={TITLE}>
      <p className="lead">
        What the next level of your career ladder asks for that your level does not, and the work you have already done towards
        it.{choice.data ? null : ' A ladder is a guide for conversations with your manager or mentor, not a checklist.'}
      </p>
      {!choice.data || editing ? (
        <LadderChoiceForm
          ladders={ladders.data}
          choice={choice.data}
          onSaved={() => {
            setEditing(false);
            focusLater('change-ladder');
          }}
        />
      ) : (
        <div className="ladder-current">
          <p>
            You are at <strong>{choice.data.level.name}</strong> on <strong>{choice.data.ladder.name}</strong>.
          </p>
          <button
            type="button"
            id="change-ladder"
            className="secondary"
            onClick={() => {
              setEditing(true);
              focusLater('ladder-choice-heading');
            }}
          >
            Change ladder or level
          </button>
        </div>
      )}
      {!choice.data ? (
        <div className="card empty-state">
          <p>
            You have not picked a ladder yet. Pick the one your organisation uses, or the example that ships with Growth Map, and
            your current level: this page then lists what the next level asks for.
          </p>
          {user?.role === 'admin' ? (
            <p>
              Your organisation’s own ladder can be added on the <Link to="/admin/ladders">career ladders</Link> screen.
            </p>
          ) : null}
        </div>
      ) : nextLevel.isPending ? (
        <Loading what="Comparing the levels" />
      ) : nextLevel.isError ? (
        <LoadError error={nextLevel.error} />
      ) : nextLevel.data ? (
        <>
          <p className="notice">{nextLevel.data.message}</p>
          <GapList nextLevel={nextLevel.data} names={names} />
        </>
      ) : null}
    </Page>
  );
}
