// A panel beside the chart (the palette, the post details) that the user can fold down to a narrow
// rail to give the chart the room, and that is remembered on this computer. Left to itself ("auto")
// a panel opens when the window is wide enough for it, or when what it shows is wanted.
import { useSyncExternalStore, type ReactNode } from 'react';
import type { PanelName } from '../../preferences';
import { actions, useApp } from '../../store';
import './sidePanel.css';

/** A window at least this wide keeps the side panels open; narrower ones fold them until wanted. */
export const WIDE_WINDOW_PX = 1600;
/** A window at least this tall shows the key to the chart's changes without being asked. */
export const TALL_WINDOW_PX = 900;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

export function useWindowSize(): { width: number; height: number } {
  const width = useSyncExternalStore(subscribe, () => window.innerWidth);
  const height = useSyncExternalStore(subscribe, () => window.innerHeight);
  return { width, height };
}

/** Whether a panel is open: the user's choice, or when left to itself, `wanted`. */
export function usePanelOpen(name: PanelName, wanted: boolean): boolean {
  const preference = useApp((s) => s.panels[name]);
  return preference === 'auto' ? wanted : preference === 'open';
}

interface SidePanelProps {
  name: PanelName;
  side: 'left' | 'right';
  /** What the panel is, as its buttons say it: "Add a post", "Post details". */
  title: string;
  open: boolean;
  /** A short word on the folded rail, such as how many posts are selected. */
  badge?: string;
  children: ReactNode;
}

export function SidePanel({ name, side, title, open, badge, children }: SidePanelProps) {
  const toggle = () => actions().setPanel(name, open ? 'closed' : 'open');
  if (!open) {
    return (
      // Folded, the panel is still a landmark, holding the one button that opens it.
      <aside className={`side-rail side-rail-${side}`} aria-label={title}>
        <button type="button" className="side-rail-button" onClick={toggle} aria-expanded={false} aria-label={`Show ${title}`} title={`Show ${title}`}>
          <span aria-hidden="true">{side === 'left' ? '»' : '«'}</span>
          <span className="side-rail-title">{title}</span>
          {badge && <span className="side-rail-badge">{badge}</span>}
        </button>
      </aside>
    );
  }
  return (
    <div className={`side-panel side-panel-${name}`}>
      <button type="button" className={`side-panel-hide side-panel-hide-${side}`} onClick={toggle} aria-expanded={true} aria-label={`Hide ${title}`} title={`Hide ${title}`}>
        {side === 'left' ? '«' : '»'}
      </button>
      {children}
    </div>
  );
}
