// Moving along the tree with the arrow keys: up to the manager, down to the first report, left and
// right along the tier (siblings first, then the neighbouring branches), Home and End.
import type { ChartLayout, LayoutCard } from '../../../../shared/layout/types';

interface TreeIndex {
  byId: Map<string, LayoutCard>;
  /** The nearest card above each card that is not a ghost. */
  liveParent: Map<string, LayoutCard | null>;
  firstChild: Map<string, LayoutCard>;
  /** Cards of each depth in chart order, and each card's place in its tier. */
  tiers: LayoutCard[][];
  tierIndex: Map<string, number>;
  live: LayoutCard[];
}

const cache = new WeakMap<ChartLayout, TreeIndex>();

/**
 * Only cards of posts in the structure are stops for the keys: a ghost card (a deleted post shown
 * where it was) is passed over, and any card below one is reached from the ghost's manager.
 */
function index(layout: ChartLayout): TreeIndex {
  let ix = cache.get(layout);
  if (ix) return ix;
  ix = { byId: new Map(), liveParent: new Map(), firstChild: new Map(), tiers: [], tierIndex: new Map(), live: [] };
  for (const c of layout.cards) ix.byId.set(c.id, c);
  for (const c of layout.cards) {
    // Cards come in depth-first order, so a card's manager has been seen before it.
    let parent = c.parentId !== null ? (ix.byId.get(c.parentId) ?? null) : null;
    if (parent?.ghost) parent = ix.liveParent.get(parent.id) ?? null;
    ix.liveParent.set(c.id, parent);
    if (c.ghost) continue;
    ix.live.push(c);
    if (parent && !ix.firstChild.has(parent.id)) ix.firstChild.set(parent.id, c);
    const tier = (ix.tiers[c.depth] ??= []);
    ix.tierIndex.set(c.id, tier.length);
    tier.push(c);
  }
  cache.set(layout, ix);
  return ix;
}

export type TreeMove = 'up' | 'down' | 'left' | 'right' | 'home' | 'end';

/** The card a key moves to from `fromId`, or null when there is nowhere to go. Ghost cards are never stops. */
export function moveInTree(layout: ChartLayout, fromId: string | null, move: TreeMove): LayoutCard | null {
  const ix = index(layout);
  const first = ix.live[0] ?? null;
  const from = fromId ? ix.byId.get(fromId) : undefined;
  if (!from) return first;
  switch (move) {
    case 'home':
      return first;
    case 'end':
      return ix.live[ix.live.length - 1] ?? null;
    case 'up':
      return ix.liveParent.get(from.id) ?? null;
    case 'down':
      return ix.firstChild.get(from.id) ?? null;
    case 'left':
    case 'right': {
      const step = move === 'left' ? -1 : 1;
      const tier = ix.tiers[from.depth] ?? [];
      const at = ix.tierIndex.get(from.id);
      if (at !== undefined) return tier[at + step] ?? null;
      // From a ghost (clicked, say): the nearest live card of its tier that way.
      const pos = layout.cards.indexOf(from);
      const order = (c: LayoutCard) => layout.cards.indexOf(c);
      const along = step > 0 ? tier.find((c) => order(c) > pos) : [...tier].reverse().find((c) => order(c) < pos);
      return along ?? null;
    }
  }
}

/** The card and everything below it, for "zoom to branch". */
export function branchBounds(layout: ChartLayout, cardId: string): { x: number; y: number; width: number; height: number } | null {
  const at = layout.cards.findIndex((c) => c.id === cardId);
  if (at < 0) return null;
  const root = layout.cards[at]!;
  let x0 = root.x;
  let y0 = root.y;
  let x1 = root.x + root.width;
  let y1 = root.y + root.height;
  for (let i = at + 1; i < layout.cards.length; i++) {
    const c = layout.cards[i]!;
    if (c.depth <= root.depth) break;
    x0 = Math.min(x0, c.x);
    y0 = Math.min(y0, c.y);
    x1 = Math.max(x1, c.x + c.width);
    y1 = Math.max(y1, c.y + c.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The card under a point of the chart, leaving out `exclude`. */
export function cardAt(layout: ChartLayout, x: number, y: number, exclude?: ReadonlySet<string>): LayoutCard | null {
  for (const c of layout.cards) {
    if (x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height && !exclude?.has(c.id)) return c;
  }
  return null;
}
