// Reports hung in columns: each column a line (a spine) with branches to its right, one under
// another; the spines hang from a bus below the manager. One column is the narrowest way to print
// a manager whose teams would be too wide side by side; two or more wrap a long column. Shared by
// the search (printLayout.ts) and the placing of cards (printPlace.ts).
import type { NodeSolution, PrintNode } from './printTree';

export const COLUMN = {
  /** From a spine to the left edge of each branch. */
  stub: 8,
  /** Between one branch and the next below it. */
  gap: 5,
  /** From the manager's card (and assistants) to the first branch; the bus runs half way. */
  top: 8,
  /** Between neighbouring columns. */
  between: 8,
  /** The most columns tried. */
  most: 6,
} as const;

/** For each report (or the stack of leaf reports), the lowest arrangement no wider than `avail`. */
export function columnPicks(s: NodeSolution, avail: number, of: Map<PrintNode, NodeSolution>): number[] {
  return s.items.map((it) => {
    if (it === 'stack') {
      let best = 0;
      s.stack!.forEach((o, k) => {
        if (o.width <= avail && (s.stack![best]!.width > avail || o.height < s.stack![best]!.height)) best = k;
      });
      return best;
    }
    const c = of.get(it)!;
    let best = 0;
    for (let b = 1; b < c.w.length; b++) {
      const fits = c.w[b]! <= avail + 0.01;
      const bestFits = c.w[best]! <= avail + 0.01;
      if ((fits && (!bestFits || c.h[b]! < c.h[best]!)) || (!fits && !bestFits && c.w[b]! < c.w[best]!)) best = b;
    }
    return best;
  });
}

export interface Columns {
  /** Item indices in each column, in order. */
  cols: number[][];
  /** Width of each column (spine, stub and its widest branch). */
  widths: number[];
  /** Left edge of the block of columns from the stem. */
  left: number;
  w: number;
  h: number;
  t: number;
}

/** Splits items (in order) into at most `k` columns, the tallest as low as it can be. */
function split(heights: readonly number[], k: number): number[][] {
  const colHeight = (from: number, to: number) => {
    let h = 0;
    for (let i = from; i < to; i++) h += heights[i]! + (i > from ? COLUMN.gap : 0);
    return h;
  };
  const greedy = (cap: number): number[][] | null => {
    const cols: number[][] = [];
    let cur: number[] = [];
    let h = 0;
    heights.forEach((v, i) => {
      const add = cur.length ? COLUMN.gap + v : v;
      if (cur.length && h + add > cap) {
        cols.push(cur);
        cur = [];
        h = 0;
      }
      cur.push(i);
      h += cur.length > 1 ? COLUMN.gap + v : v;
    });
    if (cur.length) cols.push(cur);
    return cols.length <= k ? cols : null;
  };
  let lo = Math.max(...heights);
  let hi = colHeight(0, heights.length);
  let best = greedy(hi)!;
  for (let it = 0; it < 24 && hi - lo > 1; it++) {
    const mid = (lo + hi) / 2;
    const g = greedy(mid);
    if (g) {
      best = g;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** Reports in `k` columns, each report no wider than `avail`: the arrangement and its size. */
export function columnLayout(s: NodeSolution, k: number, avail: number, sizes: readonly { w: number; h: number }[]): Columns {
  const cols = k <= 1 ? [sizes.map((_, i) => i)] : split(sizes.map((z) => z.h), k);
  const widths = cols.map((c) => COLUMN.stub + Math.max(...c.map((i) => sizes[i]!.w)));
  let tallest = 0;
  for (const c of cols) tallest = Math.max(tallest, c.reduce((h, i, n) => h + sizes[i]!.h + (n ? COLUMN.gap : 0), 0));
  const h = s.ownH + COLUMN.top + tallest;
  if (cols.length === 1) {
    // One column: its spine is the manager's own line.
    return { cols, widths, left: 0, w: s.ownL + Math.max(s.ownR, widths[0]!), h, t: s.ownL };
  }
  const block = widths.reduce((a, b) => a + b, 0) + (cols.length - 1) * COLUMN.between;
  const L = Math.max(s.ownL, block / 2);
  const R = Math.max(s.ownR, block / 2);
  void avail;
  return { cols, widths, left: -block / 2, w: L + R, h, t: L };
}
