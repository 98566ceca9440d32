import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Content } from '../../../../src/schemas/content.js';
import type { SelfCheck } from '../../../../src/schemas/framework.js';
import type { SystemStage } from '../../../../src/schemas/common.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { SelfCheckForm } from './SelfCheckForm.js';
import { SelfCheckHistory } from './SelfCheckHistory.js';
import { SelfCheckResults } from './SelfCheckResults.js';
import { useFramework, useSelfChecks } from '../../api/framework.js';
import { isStage } from './words.js';
import { focusLater } from '../../components/focusLater.js';
import './framework.css';

export default function SelfCheckPage() {
  const { stage } = useParams();
  const framework = useFramework();
  const name = framework.data?.stages.find((s) => s.id === stage)?.name;
  if (framework.isPending || framework.isError || !name || !isStage(stage)) {
    return (
      <Page title={framework.isPending || framework.isError ? 'Self-check' : 'Stage not found'}>
        {framework.isPending ? (
          <Loading what="Loading the self-check" />
        ) : framework.isError ? (
          <LoadError error={framework.error} />
        ) : (
          <p>
            There is no such stage. See <Link to="/framework">the four stages of the System Evolution Framework</Link>.
          </p>
        )}
      </Page>
    );
  }
  return (
    <Page title={`Self-check: ${name}`} actions={<Link to={`/framework/${stage}`}>About {name}</Link>}>
      <SelfCheckScreen stage={stage} content={framework.data} />
    </Page>
  );
}

function SelfCheckScreen({ stage, content }: { stage: SystemStage; content: Content }) {
  const checks = useSelfChecks();
  const [shown, setShown] = useState<SelfCheck | null>(null);
  // The form remounts empty after each save, so taking it again starts fresh.
  const [round, setRound] = useState(0);
  const items = content.selfCheck.filter((item) => item.stage === stage);
  const mine = (checks.data ?? []).filter((check) => check.stage === stage);
  function show(check: SelfCheck | null) {
    setShown(check);
    if (check) focusLater('results-heading');
  }
  return (
    <>
      {shown ? (
        <>
          <SelfCheckResults check={shown} content={content} />
          <p>
            <button
              type="button"
              onClick={() => {
                setShown(null);
                setRound((r) => r + 1);
                focusLater('self-check-heading');
              }}
            >
              Take the self-check again
            </button>
          </p>
        </>
      ) : (
        <div>
          <p className="lead" id="self-check-heading" tabIndex={-1}>
            Answer each statement with yes, partly or not yet, thinking of what you actually did recently. The results say what to
            work on next and suggest skills, practice tasks and readings, each with the answer behind it.
          </p>
          {items.length === 0 ? (
            <p className="notice">This stage has no self-check statements yet.</p>
          ) : (
            <SelfCheckForm key={round} stage={stage} items={items} onSaved={show} />
          )}
        </div>
      )}
      {checks.isPending ? (
        <Loading what="Loading your self-check history" />
      ) : checks.isError ? (
        <LoadError error={checks.error} />
      ) : (
        <SelfCheckHistory checks={mine} shownId={shown?.id ?? null} onShow={show} />
      )}
    </>
  );
}
