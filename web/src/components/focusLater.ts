/**
 * After the list re-renders, put focus on the element with this id, or on the fallback when the
 * target is disabled (a move button at the end of the list). Query updates reach React a tick later,
 * so this waits a tick and a frame, then tries for a few frames while the element appears.
 */
export function focusLater(id: string, fallbackId?: string): void {
  let tries = 0;
  const attempt = () => {
    const target = document.getElementById(id) as HTMLButtonElement | null;
    const fallback = fallbackId ? document.getElementById(fallbackId) : null;
    if (target && !target.disabled) target.focus();
    else if (target && fallback) fallback.focus();
    else if (tries++ < 10) requestAnimationFrame(attempt);
  };
  window.setTimeout(() => requestAnimationFrame(attempt), 0);
}
