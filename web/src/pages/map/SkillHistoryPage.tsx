import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/client.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider } from '../../components/announce.js';
import { categories, levelDefinitions, useToday } from '../../components/format.js';
import { LevelChangeForm } from './LevelChangeForm.js';
import { LevelTimeline } from './LevelTimeline.js';
import { MasteryChart } from './MasteryChart.js';
import { SkillArtifacts } from './SkillArtifacts.js';
import { levelChangesKey, useMap } from '../../api/map.js';
import './map.css';

/** One skill's level history, newest first, with the form to record the next change. */
export default function SkillHistoryPage() {
  const { id = '' } = useParams();
  const map = useMap();
  const today = useToday();
  const found = map.data?.destinations
    .flatMap((destination) => destination.skills.map((skill) => ({ skill, destination })))
    .find((x) => x.skill.id === id);
  const history = useQuery({
    queryKey: levelChangesKey(id),
    queryFn: () => api('GET /api/v1/skills/{id}/level-changes', { params: { id } }),
    enabled: Boolean(found),
  });

  if (map.isPending)
    return (
      <Page title="Skill history">
        <Loading what="Loading the skill" />
      </Page>
    );
  if (map.isError)
    return (
      <Page title="Skill history">
        <LoadError error={map.error} />
      </Page>
    );
  const gone = !found || (history.error instanceof ApiError && history.error.status === 404);
  if (gone) {
    return (
      <Page title="Skill not found">
        <p>There is no skill at this address on your map. It may have been deleted, or the link may be incomplete.</p>
        <p>
          Go to <Link to="/map">your Growth Map</Link> and choose “History” next to a skill.
        </p>
      </Page>
    );
  }
  const { skill, destination } = found;
  const [current, target] = [levelDefinitions[skill.currentLevel], levelDefinitions[skill.targetLevel]];
  return (
    <Page title={`${skill.name}: level history`} actions={<Link to="/map">Back to the map editor</Link>}>
      <AnnounceProvider>
        <dl className="card skill-facts">
          <div>
            <dt>Destination</dt>
            <dd>
              {destination.title}{' '}
              <span className="muted">
                ({categories[destination.category].label}
                {destination.status !== 'active' ? `, ${destination.status}` : ''})
              </span>
            </dd>
          </div>
          <div>
            <dt>Current level</dt>
            <dd>
              {current.label} ({current.letter}) — {current.meaning}
            </dd>
          </div>
          <div>
            <dt>Target level</dt>
            <dd>
              {target.label} ({target.letter}) — {target.meaning}
            </dd>
          </div>
        </dl>
        <div className="history-columns">
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <p className="muted">
              The chart shows the level over time; the list below it, newest first, says the same in words. The current level is
              the level of the latest entry by date.
            </p>
            {history.isPending ? (
              <Loading what="Loading the history" />
            ) : history.isError ? (
              <LoadError error={history.error} />
            ) : (
              <>
                <MasteryChart history={history.data} today={today} describedBy="skill-timeline" />
                <div id="skill-timeline">
                  <LevelTimeline entries={history.data} />
                </div>
              </>
            )}
          </section>
          <section aria-labelledby="record-heading" className="card">
            <h2 id="record-heading">Record a level change</h2>
            <LevelChangeForm key={skill.id} skill={skill} autoFocus={false} bare />
          </section>
        </div>
        <SkillArtifacts skillId={skill.id} />
      </AnnounceProvider>
    </Page>
  );
}
