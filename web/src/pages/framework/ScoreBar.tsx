/** A bar for the eye; the number beside it says the same in text, so the bar is hidden from screen readers. */
export function ScoreBar({ score, className = '' }: { score: number; className?: string }) {
  const width = Math.max(0, Math.min(1, score)) * 100;
  return (
    <svg
      className={`score-bar ${className}`}
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect className="score-track" x="0" y="0" width="100" height="10" />
      <rect className="score-fill" x="0" y="0" width={width} height="10" />
    </svg>
  );
}
