import { Link } from 'react-router';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { AnnounceProvider } from '../../components/announce.js';
import { OnboardingChecklist } from './OnboardingChecklist.js';
import { FeedbackThisWeek } from './FeedbackThisWeek.js';
import { useCycles } from '../../api/cycles.js';
import { gapText, phaseShapes } from '../../components/cycleWords.js';
import { DateText } from '../../components/text.js';
import { type ThisWeek, useThisWeek } from '../../api/planning.js';
import './planning.css';

/** Home: what each running cycle asks of this week, what is due or overdue, and the getting-started checklist. */
export default function ThisWeekPage() {
  const week = useThisWeek();
  // Fetched beside the week, not after it, and awaited with it: the page then draws once
  // instead of shifting when the second answer arrives.
  const cycles = useCycles();
  return (
    <Page title="This week">
      {week.isPending || cycles.isPending ? (
        <Loading what="Loading your week" />
      ) : week.isError ? (
        <LoadError error={week.error} />
      ) : (
        <AnnounceProvider>
          <Week data={week.data} />
        </AnnounceProvider>
      )}
    </Page>
  );
}

/** An empty map: the tailoring wizard drafts destinations, skills and a first cycle, so it is the first step offered. */
function FirstStep() {
  return (
    <section aria-labelledby="first-step-heading" className="card first-run">
      <h2 id="first-step-heading">Start your Growth Map</h2>
      <p>
        Answer a few questions about your role, stack, stage and goals, and get a drafted map with destinations, skills and a
        first learning cycle, each with the reason it was suggested. Nothing is saved until you accept.
      </p>
      <div className="button-row">
        <Link to="/framework/wizard" className="button">
          Draft my Growth Map
        </Link>
        <Link to="/map" className="button secondary">
          Start from a blank map
        </Link>
      </div>
    </section>
  );
}

function Week({ data }: { data: ThisWeek }) {
  const cycles = useCycles();
  const none = cycles.data?.length === 0;
  const emptyMap = data.onboarding.items.some((item) => item.id === 'destinations' && !item.done);
  return (
    <>
      <p className="muted">
        Today is <DateText date={data.today} />.
      </p>
      {emptyMap ? <FirstStep /> : null}
      {data.notices.map((notice) => (
        <p key={notice} className="notice">
          <strong>Note: </strong>
          {notice}
        </p>
      ))}
      <section aria-labelledby="running-heading">
        <h2 id="running-heading">Your cycles this week</h2>
        {data.cycles.length === 0 ? (
          <div className="card empty-state">
            {none ? (
              <p>
                No learning cycle yet. A cycle is 4–6 weeks towards a destination: define a mini-goal, go deep, demonstrate,
                reflect. <Link to="/cycles/new">Plan your first learning cycle</Link>.
              </p>
            ) : (
              <p>
                No cycle is running this week. <Link to="/cycles">See your cycles</Link> or{' '}
                <Link to="/cycles/new">plan the next one</Link>.
              </p>
            )}
          </div>
        ) : (
          <ul className="week-cycles">
            {data.cycles.map(({ cycle, phase, weekNumber, headline }) => (
              <li key={cycle.id} className="card">
                <h3>
                  <Link to={`/cycles/${cycle.id}`}>{cycle.goal}</Link>
                </h3>
                <p className="headline">
                  {phase ? (
                    <span className="phase-shape" aria-hidden="true">
                      {phaseShapes[phase]}{' '}
                    </span>
                  ) : null}
                  {weekNumber === null ? (
                    <>
                      The cycle ended on <DateText date={cycle.weeks.at(-1)?.endDate ?? cycle.reviewDate} />: review it to close
                      it.
                    </>
                  ) : (
                    headline
                  )}
                </p>
                {cycle.pausedSince ? <p className="muted">Paused.</p> : null}
                {cycle.gaps.length > 0 ? <p className="muted">Log: {gapText(cycle.gaps)}.</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Due</h2>
        {data.due.length === 0 ? (
          <p>Nothing is due. Keep going.</p>
        ) : (
          <ul className="due-list">
            {data.due.map((item) => (
              <li key={`${item.kind}-${item.title}-${item.due}`} className={item.overdue ? 'overdue' : undefined}>
                <span className="due-state">{item.overdue ? <strong>Overdue:</strong> : 'Due:'}</span>{' '}
                <Link to={item.href}>{item.title}</Link>{' '}
                <span className="muted">
                  — {item.overdue ? 'was due' : 'by'} <DateText date={item.due} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <FeedbackThisWeek data={data} />
      <OnboardingChecklist onboarding={data.onboarding} />
    </>
  );
}
