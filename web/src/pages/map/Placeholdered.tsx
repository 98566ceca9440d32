import { Fragment } from 'react';
import { placeholdersIn } from '../../../../src/domain/smart.js';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with each unfilled placeholder ("[metric]") marked, found by the SMART check's own rule,
 * so what is highlighted is exactly what the check refuses to count.
 */
export function Placeholdered({ text }: { text: string }) {
  const found = placeholdersIn(text);
  if (found.length === 0) return <>{text}</>;
  // A Markdown link "[text](url)" is not a placeholder, as in the check.
  const parts = text.split(new RegExp(`(${found.map(escaped).join('|')})(?!\\()`));
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="placeholder">
            {part}
            <span className="visually-hidden"> (placeholder to fill in)</span>
          </mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
