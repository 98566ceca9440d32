import { type ReactNode, useEffect, useRef } from 'react';

/** Every screen: a document title, one h1, and focus moved to it so screen readers hear the new page. */
export function Page({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Growth Map`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <div className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}

/** Loading and empty states share one look; the text says what is happening or what to do. */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}

/**
 * A whole screen still loading (its code, the session): the page already has its one heading,
 * so a screen reader's list of headings is never empty; the screen's own heading takes its place
 * and focus when it comes. Hidden, since the line below says the same to the eye.
 */
export function ScreenLoading() {
  return (
    <>
      <h1 className="visually-hidden screen-loading">Loading</h1>
      <Loading />
    </>
  );
}

export function LoadError({ error }: { error: unknown }) {
  return (
    <p className="form-error" role="alert">
      {error instanceof Error ? error.message : 'Something went wrong while loading.'}
    </p>
  );
}
