import { Link } from 'react-router';
import type { Destination, GrowthMap } from '../../../../src/schemas/map.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { categories, stages } from '../../components/format.js';
import { LevelChart } from './LevelChart.js';
import { LevelPair } from './LevelPair.js';
import { OnePageArtifacts } from './OnePageArtifacts.js';
import { OnePageCycle } from './OnePageCycle.js';
import { EvidenceHealthLines } from './EvidenceHealthNote.js';
import { SmartBadges, smartLetters } from '../../components/SmartBadges.js';
import { urlOf } from '../../api/client.js';
import { useMap } from '../../api/map.js';
import { DateText } from '../../components/text.js';
import './map.css';
import './one-page-print.css';

/** The source's one-page Growth Map (the Growth Map guide, section 4): read-only, and made to print on one sheet. */
export default function OnePageMapPage() {
  const map = useMap();
  const actions = (
    <>
      <button type="button" className="no-print" onClick={() => window.print()}>
        Print
      </button>
      <a
        className="button secondary no-print"
        href={urlOf('GET /api/v1/map/one-page.pdf', { query: {} })}
        download="growth-map.pdf"
      >
        Download PDF
      </a>
      <Link className="button secondary no-print" to="/map">
        Edit in the map editor
      </Link>
    </>
  );
  return (
    <Page title={map.data?.title ?? 'One-page Growth Map'} actions={map.data ? actions : undefined}>
      {map.isPending ? (
        <Loading what="Loading your map" />
      ) : map.isError ? (
        <LoadError error={map.error} />
      ) : (
        <OnePage map={map.data} />
      )}
    </Page>
  );
}

function OnePage({ map }: { map: GrowthMap }) {
  const active = map.destinations.filter((d) => d.status === 'active');
  return (
    <div className="one-page">
      <dl className="op-header">
        <div>
          <dt>Role</dt>
          <dd>{map.role ?? 'Not set'}</dd>
        </div>
        <div>
          <dt>Tech stack</dt>
          <dd>{map.techStack.length ? map.techStack.join(', ') : 'Not set'}</dd>
        </div>
        <div>
          <dt>System stage</dt>
          <dd>{map.systemStage ? stages[map.systemStage] : 'Not set'}</dd>
        </div>
      </dl>
      {active.length === 0 ? (
        <div className="card empty-state">
          <p>
            There are no active destinations to show yet. <Link to="/map">Open the map editor</Link> to add 2–3 destinations and
            the skills that bridge to them; they appear here as your one-page Growth Map.
          </p>
        </div>
      ) : (
        active.map((destination, index) => <OnePageDestination key={destination.id} destination={destination} index={index} />)
      )}
      <OnePageCycle />
      <EvidenceHealthLines />
      <OnePageArtifacts map={map} />
    </div>
  );
}

const letterOf = (index: number) => (index < 26 ? String.fromCharCode(65 + index) : String(index + 1));

function OnePageDestination({ destination, index }: { destination: Destination; index: number }) {
  const headingId = `op-${destination.id}`;
  const failing = smartLetters.filter(({ key }) => !destination.smart[key].pass).map(({ word }) => word);
  return (
    <section className="op-destination" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="op-letter">Destination {letterOf(index)}:</span> {destination.title}
      </h2>
      <div className="op-columns">
        <div>
          <dl className="op-facts">
            <div>
              <dt>Category</dt>
              <dd>{categories[destination.category].label}</dd>
            </div>
            <div>
              <dt>Measure</dt>
              <dd>{destination.measure ?? 'Not set'}</dd>
            </div>
            <div>
              <dt>Target date</dt>
              <dd>{destination.targetDate ? <DateText date={destination.targetDate} /> : 'Not set'}</dd>
            </div>
            <div>
              <dt>Business impact</dt>
              <dd>{destination.businessImpact ?? 'Not set'}</dd>
            </div>
            <div>
              <dt>SMART</dt>
              <dd>
                <SmartBadges smart={destination.smart} />
                {failing.length ? <span className="op-smart-gaps">Not yet: {failing.join(', ')}</span> : null}
              </dd>
            </div>
          </dl>
        </div>
        <div>
          <h3 className="op-skills-heading">Key skills</h3>
          {destination.skills.length === 0 ? (
            <p className="muted">No skills mapped yet.</p>
          ) : (
            <>
              <ul className="op-skills">
                {destination.skills.map((skill) => (
                  <li key={skill.id}>
                    <span className="skill-name">{skill.name}</span>:{' '}
                    <LevelPair current={skill.currentLevel} target={skill.targetLevel} />
                  </li>
                ))}
              </ul>
              <LevelChart skills={destination.skills} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
