import { Link } from 'react-router';
import type { Content } from '../../../../src/schemas/content.js';
import type { SelfCheck } from '../../../../src/schemas/framework.js';
import { SuggestedReadings, SuggestedTasks } from './ContentItems.js';
import { ScoreBar } from './ScoreBar.js';
import { answerWords, areaLabels, percent, scoreText, skillNameIn } from './words.js';
import { DateText } from '../../components/text.js';

/** Scores by area, what to work on next, and the suggestions with the answer behind each. */
export function SelfCheckResults({ check, content }: { check: SelfCheck; content: Content }) {
  const { result } = check;
  return (
    <section aria-labelledby="results-heading" className="self-check-results">
      <h2 id="results-heading" tabIndex={-1}>
        Results of <DateText date={check.takenOn} />
      </h2>
      <p>
        Overall: <strong>{percent(result.overall)}</strong>
        <span className="muted"> (yes counts 1, partly ½, not yet 0)</span>
      </p>
      <h3>By area</h3>
      <ul className="area-scores">
        {result.areas.map((area) => (
          <li key={area.area}>
            <span className="area-name">{area.label}</span>
            <ScoreBar score={area.score} />
            <span className="area-score">
              {area.answered === 0 ? 'not answered' : scoreText(area.score, area.answered)}
              {area.answered > 0 && area.answered < area.total ? ` (${area.answered} of ${area.total} answered)` : ''}
            </span>
          </li>
        ))}
      </ul>
      <h3>What to work on next</h3>
      {result.toWorkOn.length === 0 ? (
        <p>Nothing: you answered “yes” to every statement you answered. Try the next stage’s self-check.</p>
      ) : (
        <ol className="work-on">
          {result.toWorkOn.map((item) => (
            <li key={item.itemId}>
              <span className={`answer-tag answer-${item.answer}`}>{answerWords[item.answer]}</span> {item.statement}{' '}
              <span className="muted">({areaLabels[item.area]})</span>
            </li>
          ))}
        </ol>
      )}
      <h3>Suggested skills</h3>
      {result.suggestions.skills.length === 0 ? (
        <p className="muted">No skills to suggest.</p>
      ) : (
        <ul className="suggested-skills">
          {result.suggestions.skills.map((s) => (
            <li key={s.id}>
              <strong>{skillNameIn(content, s.id)}</strong>: {s.because}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/framework/skills">Add skills to a destination from the catalogue</Link> or{' '}
        <Link to="/framework/wizard">tailor your Growth Map</Link> from these results.
      </p>
      <h3>Suggested practice tasks</h3>
      <SuggestedTasks content={content} suggestions={result.suggestions.practiceTasks} as="h4" />
      <h3>Suggested readings</h3>
      <SuggestedReadings content={content} suggestions={result.suggestions.readings} />
    </section>
  );
}
