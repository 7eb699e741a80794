// The first stop for the Tab key: straight to the chart (or the table, or the comparison), past the
// document toolbar, the structure tabs and the palette.
import type { MouseEvent } from 'react';
import { useApp } from '../../store';
import './skipLink.css';

export const MAIN_ID = 'main-content';

/** Where the skip link lands: the active chart's tree, the table's current row, or the main region. */
export function skipTarget(doc: Document): HTMLElement | null {
  const main = doc.getElementById(MAIN_ID);
  if (!main) return null;
  return (
    main.querySelector<HTMLElement>('.chart-split-active [role=tree]') ??
    main.querySelector<HTMLElement>('[role=tree]') ??
    main.querySelector<HTMLElement>('.post-table tbody tr[tabindex="0"]') ??
    main
  );
}

export function SkipLink() {
  const view = useApp((s) => s.view);
  const mainView = useApp((s) => s.mainView);
  const label = view === 'compare' ? 'Skip to comparison' : mainView === 'chart' ? 'Skip to chart' : 'Skip to posts table';
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    skipTarget(document)?.focus();
  };
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={onClick}>
      {label}
    </a>
  );
}
