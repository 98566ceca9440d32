import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';

interface DisclosureProps {
  /** The button's content; its visible text is its accessible name unless `name` says more. */
  label: ReactNode;
  /** An accessible name that adds to the visible text (a count, say). */
  name?: string | undefined;
  className: string;
  buttonClassName: string;
  panelClassName: string;
  children: ReactNode;
}

/**
 * A button that shows and hides a panel of links (the disclosure pattern, not an ARIA menu, so
 * links stay links and Tab works as everywhere else). Opening moves focus to the first link;
 * Escape closes and gives focus back to the button; going to another page, clicking outside or
 * tabbing out closes it.
 */
export function NavigationDisclosure({ label, name, className, buttonClassName, panelClassName, children }: DisclosureProps) {
  const { pathname } = useLocation();
  // Remembering where it was opened closes it on navigation without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const id = useId();
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('a, button')?.focus();
  }, [open]);

  // Listened to on the document and the container while open, so the wrapper stays a plain div.
  useEffect(() => {
    const box = container.current;
    if (!open || !box) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !box.contains(event.target)) setOpenAt(null);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpenAt(null);
      button.current?.focus();
    };
    const closeWhenFocusLeaves = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Node && !box.contains(event.relatedTarget)) setOpenAt(null);
    };
    document.addEventListener('pointerdown', closeOutside);
    box.addEventListener('keydown', closeOnEscape);
    box.addEventListener('focusout', closeWhenFocusLeaves);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      box.removeEventListener('keydown', closeOnEscape);
      box.removeEventListener('focusout', closeWhenFocusLeaves);
    };
  }, [open]);

  return (
    <div className={className} ref={container}>
      <button
        type="button"
        ref={button}
        className={buttonClassName}
        aria-label={name}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpenAt(open ? null : pathname)}
      >
        {label}
        <svg className="nav-chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M2 4.5 6 8.5 10 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      <div id={id} ref={panel} className={panelClassName} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
