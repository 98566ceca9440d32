import type { Content, PracticeTask, Reading, StarterProject } from '../../../../src/schemas/content.js';
import { listWords, skillNameIn, timeBox } from './words.js';

type Heading = 'h3' | 'h4';

/** A suggestion's reason, quoted from the user's own answers or goals. */
const Because = ({ because }: { because?: string | undefined }) =>
  because ? (
    <p className="because">
      <strong>Why for you:</strong> {because}
    </p>
  ) : null;

const kindWords: Record<Reading['kind'], string> = { book: 'Book', paper: 'Paper', talk: 'Talk', article: 'Article' };

export function ReadingItem({ reading, because }: { reading: Reading; because?: string | undefined }) {
  return (
    <li className="reading">
      <p className="reading-title">
        {reading.url ? (
          <a href={reading.url} rel="noreferrer">
            {reading.title}
          </a>
        ) : (
          <cite>{reading.title}</cite>
        )}{' '}
        <span className="muted">
          {kindWords[reading.kind]} by {listWords(reading.authors)}, {reading.year}
        </span>
      </p>
      <p className="reading-why">{reading.why}</p>
      <Because because={because} />
    </li>
  );
}

export function PracticeTaskItem({
  task,
  content,
  because,
  as: H = 'h3',
}: {
  task: PracticeTask;
  content: Content;
  because?: string | undefined;
  as?: Heading;
}) {
  return (
    <article className="framework-item" aria-labelledby={`task-${task.id}`}>
      <H id={`task-${task.id}`}>{task.title}</H>
      <p>{task.scenario}</p>
      <p className="item-label">Constraints</p>
      <ul>
        {task.constraints.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <dl className="framework-facts">
        <div>
          <dt>Deliverable</dt>
          <dd>{task.deliverable}</dd>
        </div>
        <div>
          <dt>Time box</dt>
          <dd>{timeBox(task.timeBoxMinutes)}</dd>
        </div>
        <div>
          <dt>Skills</dt>
          <dd>{listWords(task.skills.map((id) => skillNameIn(content, id)))}</dd>
        </div>
      </dl>
      <Because because={because} />
    </article>
  );
}

export function StarterProjectItem({
  project,
  content,
  because,
  as: H = 'h3',
}: {
  project: StarterProject;
  content: Content;
  because?: string | undefined;
  as?: Heading;
}) {
  return (
    <article className="framework-item" aria-labelledby={`project-${project.id}`}>
      <H id={`project-${project.id}`}>{project.title}</H>
      <dl className="framework-facts">
        <div>
          <dt>Tech</dt>
          <dd>{project.tech}</dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>{project.outcome}</dd>
        </div>
        <div>
          <dt>Skills</dt>
          <dd>{listWords(project.skills.map((id) => skillNameIn(content, id)))}</dd>
        </div>
      </dl>
      <p className="item-label">Deliverables</p>
      <ul>
        {project.deliverables.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <Because because={because} />
    </article>
  );
}

interface Suggestion {
  id: string;
  because: string;
}

/** Suggestions by id, resolved to the framework's items; ids the content no longer has are left out. */
export function SuggestedReadings({ content, suggestions }: { content: Content; suggestions: readonly Suggestion[] }) {
  const found = suggestions.flatMap((s) => {
    const reading = content.readings.find((r) => r.id === s.id);
    return reading ? [{ reading, because: s.because }] : [];
  });
  if (found.length === 0) return <p className="muted">No readings to suggest.</p>;
  return (
    <ul className="reading-list">
      {found.map(({ reading, because }) => (
        <ReadingItem key={reading.id} reading={reading} because={because} />
      ))}
    </ul>
  );
}

export function SuggestedTasks({
  content,
  suggestions,
  as,
}: {
  content: Content;
  suggestions: readonly Suggestion[];
  as?: Heading;
}) {
  const found = suggestions.flatMap((s) => {
    const task = content.practiceTasks.find((t) => t.id === s.id);
    return task ? [{ task, because: s.because }] : [];
  });
  if (found.length === 0) return <p className="muted">No practice tasks to suggest.</p>;
  return (
    <>
      {found.map(({ task, because }) => (
        <PracticeTaskItem key={task.id} task={task} content={content} because={because} as={as} />
      ))}
    </>
  );
}
