import { Link } from 'react-router';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { useMap } from '../../api/map.js';
import { StageMarker, useSetStage } from './StageMarker.js';
import { useFramework } from '../../api/framework.js';
import './framework.css';

/** The mentoring formats of Engineer Growth, each with what Growth Map gives it to work from. */
const formats = [
  {
    name: '1:1 mentoring',
    use: 'Bring your one-page map and this week’s progress log; talk about growth signals, not project status.',
  },
  {
    name: 'Growth roadmap review',
    use: 'Walk a mentor or manager through your destinations, skill levels and the last cycle’s review.',
  },
  {
    name: 'Team mentoring and workshops',
    use: 'Take a stage’s self-check together, then work through one of its practice tasks as a group.',
  },
];

export default function FrameworkPage() {
  const framework = useFramework();
  const map = useMap();
  const setter = useSetStage();
  return (
    <Page title="System Evolution Framework">
      <p className="lead">
        Engineer growth is the human side of system evolution: how engineering judgment grows as systems, constraints, ownership
        and coordination become more complex. Use the four stages to see what kind of ownership, coordination and architectural
        judgment your system’s stage asks for.
      </p>
      <p className="framework-links">
        <Link to="/framework/wizard">Tailor your Growth Map</Link>
        <Link to="/framework/skills">Browse the skills catalogue</Link>
      </p>
      {framework.isPending || map.isPending ? (
        <Loading what="Loading the framework" />
      ) : framework.isError ? (
        <LoadError error={framework.error} />
      ) : map.isError ? (
        <LoadError error={map.error} />
      ) : (
        <section aria-labelledby="stages-heading">
          <h2 id="stages-heading">The four stages</h2>
          {map.data.systemStage ? null : (
            <p className="muted">Pick the stage your system is in now, and Growth Map suggests what fits it.</p>
          )}
          <ol className="stage-grid">
            {framework.data.stages.map((stage, index) => (
              <li key={stage.id} className={`stage-card${map.data.systemStage === stage.id ? ' mine' : ''}`}>
                <p className="stage-number">Stage {index + 1}</p>
                <h3>{stage.name}</h3>
                <StageMarker stage={stage.id} name={stage.name} map={map.data} setter={setter} />
                <p>{stage.summary}</p>
                <p>
                  <Link to={`/framework/${stage.id}`}>Read about {stage.name}</Link>
                </p>
              </li>
            ))}
          </ol>
          {setter.error ? (
            <p className="form-error" role="alert">
              {setter.error}
            </p>
          ) : null}
        </section>
      )}
      {/* Drawn with the stages, not before them: they would push it down as they arrive. */}
      {framework.isPending || map.isPending ? null : (
        <section aria-labelledby="mentoring-heading" className="mentoring">
          <h2 id="mentoring-heading">Mentoring</h2>
          <p>
            Use a stage page as a self-check, then turn it into a practical growth plan through 1:1 mentoring, roadmap reviews or
            focused workshops.
          </p>
          <div className="mentoring-columns">
            <div>
              <h3>Mentoring materials</h3>
              <ul>
                <li>Reading paths by stage, on each stage’s page</li>
                <li>Self-assessment checklists: the self-check of each stage</li>
                <li>Practice tasks for architecture thinking, on each stage’s page</li>
              </ul>
            </div>
            <div>
              <h3>Formats</h3>
              <dl className="formats">
                {formats.map((f) => (
                  <div key={f.name}>
                    <dt>{f.name}</dt>
                    <dd>{f.use}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </div>
        </section>
      )}
    </Page>
  );
}
