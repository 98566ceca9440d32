import { useEffect, useId, useMemo, useState } from 'react';
import { type SmartInput, checkSmart, placeholdersIn } from '../../../../src/domain/smart.js';
import { useToday } from '../../components/format.js';
import { SmartBadge, SmartReasons, smartLetters, verdict } from '../../components/SmartBadges.js';

/** The same check the server runs, in the browser, so the badges follow every keystroke. */
export function LiveSmart({ input }: { input: SmartInput }) {
  const today = useToday();
  const { title, description, measure, targetDate, businessImpact } = input;
  const smart = useMemo(
    () => checkSmart({ title, description, measure, targetDate, businessImpact }, today),
    [title, description, measure, targetDate, businessImpact, today],
  );
  // Screen readers hear the verdicts once typing pauses, and only when one flips.
  const [spoken, setSpoken] = useState(smart);
  useEffect(() => {
    const timer = window.setTimeout(() => setSpoken(smart), 700);
    return () => window.clearTimeout(timer);
  }, [smart]);
  const headingId = useId();
  const unfilled = placeholdersIn(title, description, measure, businessImpact);
  return (
    <div className="smart live-smart">
      <p className="smart-heading" id={headingId}>
        SMART check <span className="muted">(updates as you type)</span>
      </p>
      <div role="status" aria-live="polite" aria-atomic="false">
        <ul className="smart-badges" aria-labelledby={headingId}>
          {smartLetters.map(({ key, letter, word }) => (
            <SmartBadge
              key={key}
              letter={letter}
              word={word}
              pass={smart[key].pass}
              spoken={`${word}: ${verdict(spoken[key].pass)}`}
            />
          ))}
        </ul>
      </div>
      {unfilled.length > 0 ? (
        <p className="unfilled">
          Still to fill in:{' '}
          {unfilled.map((placeholder) => (
            <mark key={placeholder} className="placeholder">
              {placeholder}
            </mark>
          ))}
        </p>
      ) : null}
      <SmartReasons smart={smart} all />
    </div>
  );
}
