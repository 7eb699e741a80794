// Moving along the tree with the arrow keys: up to the manager, down to the first report, left and
// right along the tier (siblings first, then the neighbouring branches), Home and End.
import type { ChartLayout, LayoutCard } from '../../../../shared/layout/types';

interface TreeIndex {
  byId: Map<string, LayoutCard>;
  firstChild: Map<string, LayoutCard>;
  /** Cards of each depth in chart order, and each card's place in its tier. */
  tiers: LayoutCard[][];
  tierIndex: Map<string, number>;
}

const cache = new WeakMap<ChartLayout, TreeIndex>();

function index(layout: ChartLayout): TreeIndex {
  let ix = cache.get(layout);
  if (ix) return ix;
  ix = { byId: new Map(), firstChild: new Map(), tiers: [], tierIndex: new Map() };
  for (const c of layout.cards) {
    ix.byId.set(c.id, c);
    if (c.parentId !== null && !ix.firstChild.has(c.parentId)) ix.firstChild.set(c.parentId, c);
    const tier = (ix.tiers[c.depth] ??= []);
    ix.tierIndex.set(c.id, tier.length);
    tier.push(c);
  }
  cache.set(layout, ix);
  return ix;
}

export type TreeMove = 'up' | 'down' | 'left' | 'right' | 'home' | 'end';

/** The card a key moves to from `fromId`, or null when there is nowhere to go. */
export function moveInTree(layout: ChartLayout, fromId: string | null, move: TreeMove): LayoutCard | null {
  const ix = index(layout);
  const first = layout.cards[0] ?? null;
  const from = fromId ? ix.byId.get(fromId) : undefined;
  if (!from) return first;
  switch (move) {
    case 'home':
      return first;
    case 'end':
      return layout.cards[layout.cards.length - 1] ?? null;
    case 'up':
      return from.parentId ? (ix.byId.get(from.parentId) ?? null) : null;
    case 'down':
      return ix.firstChild.get(from.id) ?? null;
    case 'left':
    case 'right': {
      const tier = ix.tiers[from.depth]!;
      const at = ix.tierIndex.get(from.id)!;
      return tier[at + (move === 'left' ? -1 : 1)] ?? null;
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
