import type { Smart } from '../../../src/schemas/map.js';

export type SmartKey = keyof Smart;

/** The five letters in order, with the word each badge's text starts with. */
export const smartLetters: readonly { key: SmartKey; letter: string; word: string }[] = [
  { key: 'specific', letter: 'S', word: 'Specific' },
  { key: 'measurable', letter: 'M', word: 'Measurable' },
  { key: 'achievable', letter: 'A', word: 'Achievable' },
  { key: 'relevant', letter: 'R', word: 'Relevant' },
  { key: 'timeBound', letter: 'T', word: 'Time-bound' },
];

export const verdict = (pass: boolean) => (pass ? 'passes' : 'not yet');

/** One badge: the letter and ✓ or ✗ for the eye, "Specific: passes — reason" for the ear. */
export function SmartBadge({ letter, word, pass, spoken }: { letter: string; word: string; pass: boolean; spoken: string }) {
  return (
    <li className={`smart-badge ${pass ? 'pass' : 'fail'}`}>
      <span aria-hidden="true" title={`${word}: ${verdict(pass)}`}>
        <span className="smart-letter">{letter}</span>
        <span className="smart-mark">{pass ? '✓' : '✗'}</span>
      </span>
      <span className="visually-hidden">{spoken}</span>
    </li>
  );
}

export function SmartBadges({ smart, labelledBy }: { smart: Smart; labelledBy?: string }) {
  const passing = smartLetters.filter(({ key }) => smart[key].pass).length;
  return (
    <div className="smart">
      <ul className="smart-badges" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : 'SMART check'}>
        {smartLetters.map(({ key, letter, word }) => (
          <SmartBadge
            key={key}
            letter={letter}
            word={word}
            pass={smart[key].pass}
            spoken={`${word}: ${verdict(smart[key].pass)} — ${smart[key].reason}`}
          />
        ))}
      </ul>
      <span className="smart-count">{passing === 5 ? 'SMART' : `${passing} of 5 SMART`}</span>
    </div>
  );
}

/** Why each letter that fails fails, and what would fix it. */
export function SmartReasons({ smart, all = false }: { smart: Smart; all?: boolean }) {
  const shown = smartLetters.filter(({ key }) => all || !smart[key].pass);
  if (shown.length === 0) return null;
  return (
    <ul className="smart-reasons">
      {shown.map(({ key, word }) => (
        <li key={key} className={smart[key].pass ? 'pass' : 'fail'}>
          <strong>
            {word} {smart[key].pass ? '✓' : '✗'}
          </strong>{' '}
          {smart[key].reason}
          {!smart[key].pass && smart[key].hint ? <span className="smart-hint"> {smart[key].hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}
