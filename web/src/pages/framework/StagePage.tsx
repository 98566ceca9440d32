import { Link, useParams } from 'react-router';
import type { Content, StageContent } from '../../../../src/schemas/content.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { PracticeTaskItem, ReadingItem, StarterProjectItem } from './ContentItems.js';
import { useFramework } from '../../api/framework.js';
import { isStage } from './words.js';
import './framework.css';

export default function StagePage() {
  const { stage: param } = useParams();
  const framework = useFramework();
  const stage = framework.data?.stages.find((s) => s.id === param);
  if (framework.isPending) {
    return (
      <Page title="Stage">
        <Loading what="Loading the stage" />
      </Page>
    );
  }
  if (framework.isError) {
    return (
      <Page title="Stage">
        <LoadError error={framework.error} />
      </Page>
    );
  }
  if (!stage || !isStage(param)) {
    return (
      <Page title="Stage not found">
        <p>
          There is no such stage. See <Link to="/framework">the four stages of the System Evolution Framework</Link>.
        </p>
      </Page>
    );
  }
  return (
    <Page title={stage.name} actions={<Link to="/framework">All four stages</Link>}>
      <StageDetails stage={stage} content={framework.data} />
    </Page>
  );
}

const lists: readonly { key: 'systemNeeds' | 'engineerNeeds' | 'commonTasks' | 'commonMistakes'; label: string }[] = [
  { key: 'systemNeeds', label: 'What the system needs' },
  { key: 'engineerNeeds', label: 'What engineers need' },
  { key: 'commonTasks', label: 'Common tasks' },
  { key: 'commonMistakes', label: 'Common mistakes' },
];

function StageDetails({ stage, content }: { stage: StageContent; content: Content }) {
  const readings = content.readings.filter((r) => r.stages.includes(stage.id));
  const tasks = content.practiceTasks.filter((t) => t.stage === stage.id);
  const projects = content.starterProjects.filter((p) => p.stages.includes(stage.id));
  return (
    <>
      <p className="lead">{stage.summary}</p>
      <p>
        <Link className="button" to={`/framework/${stage.id}/self-check`}>
          Take the self-check for this stage
        </Link>
      </p>
      <div className="stage-lists">
        {lists.map(({ key, label }) => (
          <section key={key} aria-labelledby={`list-${key}`} className="card">
            <h2 id={`list-${key}`}>{label}</h2>
            <ul>
              {stage[key].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">Reading path</h2>
        {readings.length === 0 ? (
          <p className="muted">No readings for this stage yet.</p>
        ) : (
          <ol className="reading-list">
            {readings.map((reading) => (
              <ReadingItem key={reading.id} reading={reading} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">Practice tasks</h2>
        {tasks.length === 0 ? <p className="muted">No practice tasks for this stage yet.</p> : null}
        {tasks.map((task) => (
          <PracticeTaskItem key={task.id} task={task} content={content} />
        ))}
      </section>
      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading">Starter projects</h2>
        {projects.length === 0 ? <p className="muted">No starter projects for this stage yet.</p> : null}
        {projects.map((project) => (
          <StarterProjectItem key={project.id} project={project} content={content} />
        ))}
      </section>
      <p>
        <Link to={`/framework/${stage.id}/self-check`}>Take the self-check for {stage.name}</Link>
      </p>
    </>
  );
}
