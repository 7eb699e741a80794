// A modal dialog on the native <dialog> element: focus stays inside, Escape cancels, and the title
// names it for assistive technology.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Tab from the last control goes round to the first (and back): in a browser it would otherwise leave the page. */
function wrapFocus(e: KeyboardEvent<HTMLDialogElement>): void {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
  const all = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.matches(':disabled') && el.getClientRects().length > 0);
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return;
  const at = document.activeElement;
  // Radio buttons are one stop: the group's last stop may be any of its buttons.
  const sameGroup = (a: Element | null, b: HTMLElement) => a === b || (a instanceof HTMLInputElement && b instanceof HTMLInputElement && a.type === 'radio' && a.name !== '' && a.name === b.name);
  if (e.shiftKey && sameGroup(at, first)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && sameGroup(at, last)) {
    e.preventDefault();
    const checked = first instanceof HTMLInputElement && first.type === 'radio' ? all.find((el) => sameGroup(el, first) && (el as HTMLInputElement).checked) : undefined;
    (checked ?? first).focus();
  }
}

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons along the bottom. */
  actions: ReactNode;
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
}

export function Dialog({ title, onClose, children, actions, role = 'dialog', wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      role={role}
      aria-labelledby={titleId}
      onKeyDown={wrapFocus}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
