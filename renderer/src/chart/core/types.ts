// What the chart core works with: a structure's view state, a drag and its drop target, and the
// visible part of the chart. Plain data, owned by the store; the core only reads it.
import type { Id } from '../../../../shared/model/types';

export interface ChartView {
  collapsed: ReadonlySet<string>;
  expandedGroups: ReadonlySet<string>;
  /** The card the keyboard is on in this structure's tree. */
  activeCardId: string | null;
  /** What the levels menu last set ("all" for everything), or null once branches were folded or unfolded by hand. */
  levels?: number | 'all' | null;
}

export type DropZone = 'under' | 'before' | 'after';

export interface DropTarget {
  structureId: Id;
  cardId: string;
  zone: DropZone;
  /** Why the drop cannot happen here, shown while dragging; null when it can. */
  refusal: string | null;
}

export interface CardDrag {
  structureId: Id;
  cardIds: string[];
  postIds: Id[];
  /** Where each dragged card is now, in chart units. */
  positions: Record<string, { x: number; y: number }>;
}

/** Where the chart is scrolled and zoomed to: a chart point (px, py) is drawn at (px * zoom + x, py * zoom + y). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}
