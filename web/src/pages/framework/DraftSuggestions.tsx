import type { Content } from '../../../../src/schemas/content.js';
import type { WizardDraft } from '../../../../src/schemas/framework.js';
import { StarterProjectItem, SuggestedReadings, SuggestedTasks } from './ContentItems.js';
import { Placeholdered } from './wizardWords.js';

/** Artifacts to collect, practice tasks, readings and starter projects, each with why it was suggested. */
export function DraftSuggestions({ draft, content }: { draft: WizardDraft; content: Content }) {
  const projects = draft.starterProjects.flatMap((s) => {
    const project = content.starterProjects.find((p) => p.id === s.id);
    return project ? [{ project, because: s.because }] : [];
  });
  return (
    <>
      <section aria-labelledby="draft-artifacts-heading">
        <h2 id="draft-artifacts-heading">Suggested artifacts</h2>
        <p className="muted">Signals you can point to in performance conversations and reviews.</p>
        {draft.artifacts.length === 0 ? <p className="muted">No artifacts to suggest.</p> : null}
        <ul className="draft-artifacts">
          {draft.artifacts.map((artifact) => (
            <li key={`${artifact.kind}-${artifact.title}`}>
              <strong>
                <Placeholdered text={artifact.title} />
              </strong>
              <p className="why">
                <strong>Why:</strong> {artifact.why}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="draft-tasks-heading">
        <h2 id="draft-tasks-heading">Practice tasks</h2>
        <SuggestedTasks content={content} suggestions={draft.practiceTasks} />
      </section>
      <section aria-labelledby="draft-readings-heading">
        <h2 id="draft-readings-heading">Readings</h2>
        <SuggestedReadings content={content} suggestions={draft.readings} />
      </section>
      <section aria-labelledby="draft-projects-heading">
        <h2 id="draft-projects-heading">Starter projects</h2>
        {projects.length === 0 ? <p className="muted">No starter projects to suggest.</p> : null}
        {projects.map(({ project, because }) => (
          <StarterProjectItem key={project.id} project={project} content={content} because={because} />
        ))}
      </section>
    </>
  );
}
