import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import './menu.css';

export type MenuItem = { key: string; label: ReactNode; danger?: boolean } & ({ onSelect: () => void } | { to: string });

/**
 * A menu button (WAI-ARIA APG "menu button"): the record's less common commands behind one tab stop.
 * Enter, Space or ↓ opens on the first item, ↑ on the last; ↑ ↓ Home End move; Escape closes and
 * returns focus to the button; Tab closes and moves on. A menu rather than a disclosure of buttons
 * because a list of many skills would otherwise cost five tab stops each; screen readers announce
 * "menu, N items" and the arrow keys they expect there.
 */
export function Menu({ id, label, items }: { id: string; label: ReactNode; items: readonly MenuItem[] }) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const entries = () => [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const all = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    (open === 'first' ? all[0] : all.at(-1))?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !wrapper.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
  };
  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key === 'Tab') {
      // Focus goes back to the button first, so Tab continues from where the menu was opened.
      button.current?.focus();
      setOpen(false);
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    const all = entries();
    const focused = document.activeElement;
    const next = nextIndex(event.key, focused instanceof HTMLElement ? all.indexOf(focused) : -1, all.length);
    if (next === null) return;
    event.preventDefault();
    all[next]?.focus();
  };

  return (
    <div className="menu" ref={wrapper}>
      <button
        type="button"
        className="secondary menu-button"
        id={id}
        ref={button}
        aria-haspopup="menu"
        aria-expanded={Boolean(open)}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? setOpen(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className="menu-list" role="menu" id={`${id}-menu`} aria-labelledby={id} ref={list} onKeyDown={onMenuKey}>
          {items.map((item) =>
            'to' in item ? (
              <Link
                key={item.key}
                role="menuitem"
                tabIndex={-1}
                to={item.to}
                className="menu-item"
                onClick={() => setOpen(false)}
              >
                {item.label}
              </Link>
            ) : (
              <button
                key={item.key}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={item.danger ? 'menu-item danger-text' : 'menu-item'}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}

/** Where ↑ ↓ Home End take focus among `count` items, wrapping round; null for any other key. */
function nextIndex(key: string, at: number, count: number): number | null {
  if (key === 'ArrowDown') return (at + 1) % count;
  if (key === 'ArrowUp') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
