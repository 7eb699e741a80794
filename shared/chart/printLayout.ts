// Arranging a printed chart to use its page. For every card, and for each of a ladder of widths,
// the search finds the lowest arrangement of its branch no wider than that width: its reports in
// one row, or wrapped into several rows with its line running down between them, or (posts without
// reports) hung in columns either side of one or more spines. The page then takes the width whose
// arrangement prints largest in its area. Bottom up and iterative, so any depth of structure and
// any number of reports is laid out in time proportional to its size.
import { bestStack, GAP, isLeaf, packRows, stackOptions, type PrintNode, type RowItem, type RowPlan, type StackOption } from './printTree';

/** Widths tried: a geometric ladder from one narrow card up to the widest a page can use. */
export function widthLadder(maxWidth: number): number[] {
  const out: number[] = [];
  for (let w = 56; ; w *= 1.1) {
    out.push(w);
    if (w >= maxWidth) break;
  }
  return out;
}

export interface NodeSolution {
  node: PrintNode;
  virtual: boolean;
  /** Reports arranged in rows: branches, with the leaf reports' stack at its first leaf's place. */
  items: (PrintNode | 'stack')[];
  stackCards: PrintNode[];
  stack: StackOption[] | null;
  /** Extent of the card and its assistants either side of its stem, and their height. */
  ownL: number;
  ownR: number;
  ownH: number;
  /** Per width on the ladder: size, stem position from the left edge, and the choice made. */
  w: Float32Array;
  h: Float32Array;
  t: Float32Array;
  choice: Int16Array;
}

export interface Solved {
  ladder: number[];
  of: Map<PrintNode, NodeSolution>;
  root: NodeSolution;
}

/** Assistant rows (two a row, right then left) and their heights. */
export function assistantRows(n: PrintNode): number[] {
  const rows: number[] = [];
  for (let i = 0; i < n.assistants.length; i += 2) rows.push(Math.max(n.assistants[i]!.h, n.assistants[i + 1]?.h ?? 0));
  return rows;
}

function setUp(node: PrintNode, virtual: boolean, J: number, maxWidth: number): NodeSolution {
  const items: (PrintNode | 'stack')[] = [];
  const stackCards: PrintNode[] = [];
  for (const c of node.children) {
    if (!virtual && isLeaf(c)) {
      if (!stackCards.length) items.push('stack');
      stackCards.push(c);
    } else items.push(c);
  }
  const aw = Math.max(0, ...node.assistants.map((a) => a.w));
  const na = node.assistants.length;
  const rows = assistantRows(node);
  return {
    node,
    virtual,
    items,
    stackCards,
    stack: stackCards.length ? stackOptions(stackCards, maxWidth) : null,
    ownL: Math.max(node.w / 2, na >= 2 ? GAP.assistantStub + aw : 0),
    ownR: Math.max(node.w / 2, na >= 1 ? GAP.assistantStub + aw : 0),
    ownH: node.h + rows.reduce((s, r) => s + GAP.assistantRow + r, 0),
    w: new Float32Array(J),
    h: new Float32Array(J),
    t: new Float32Array(J),
    choice: new Int16Array(J),
  };
}

/** The row items of a solution when its reports take the widths of ladder step `b`. */
export function rowItems(s: NodeSolution, b: number, of: Map<PrintNode, NodeSolution>, ladder: number[]): RowItem[] {
  return s.items.map((it) => {
    if (it === 'stack') {
      const o = bestStack(s.stack!, ladder[b]!);
      return { w: o.width, h: o.height, a0: o.first, a1: o.last };
    }
    const c = of.get(it)!;
    return { w: c.w[b]!, h: c.h[b]!, a0: c.t[b]!, a1: c.t[b]! };
  });
}

export function rowGaps(s: NodeSolution): { gap: number; trunk: number; vgap: number } {
  return s.virtual ? { gap: GAP.root, trunk: GAP.root, vgap: GAP.root } : { gap: GAP.sibling, trunk: GAP.trunk, vgap: GAP.level };
}

/** Height of rows stacked below a card (or from the top, for the page's several trees). */
export function rowsHeight(s: NodeSolution, rows: readonly RowPlan[]): number {
  const { vgap } = rowGaps(s);
  let h = s.ownH;
  rows.forEach((r, i) => (h += (s.virtual && i === 0 ? 0 : vgap) + r.height));
  return h;
}

/** A stack hung straight from the card's stem: the middle of its spines under the stem. */
export function stackUnder(s: NodeSolution, o: StackOption): { w: number; h: number; t: number } {
  const mid = (o.first + o.last) / 2;
  const L = Math.max(s.ownL, mid);
  const R = Math.max(s.ownR, o.width - mid);
  return { w: L + R, h: s.ownH + GAP.level + o.height, t: L };
}

function solveNode(s: NodeSolution, of: Map<PrintNode, NodeSolution>, ladder: number[]): void {
  const J = ladder.length;
  const own = { w: s.ownL + s.ownR, h: s.ownH, t: s.ownL };
  if (s.items.length === 0) {
    s.w.fill(own.w);
    s.h.fill(own.h);
    s.t.fill(own.t);
    s.choice.fill(-1);
    return;
  }
  if (s.items.length === 1 && s.items[0] === 'stack') {
    const opts = s.stack!;
    for (let j = 0; j < J; j++) {
      let pick = -1;
      let best = { w: Infinity, h: Infinity, t: 0 };
      opts.forEach((o, k) => {
        const r = stackUnder(s, o);
        const fits = r.w <= ladder[j]!;
        const bestFits = best.w <= ladder[j]!;
        if ((fits && (!bestFits || r.h < best.h)) || (!fits && !bestFits && r.w < best.w)) {
          best = r;
          pick = k;
        }
      });
      s.w[j] = best.w;
      s.h[j] = best.h;
      s.t[j] = best.t;
      s.choice[j] = pick;
    }
    return;
  }
  const { gap, trunk } = rowGaps(s);
  const m = s.items.length;
  for (let j = 0; j < J; j++) {
    const W = ladder[j]!;
    // Child widths to try: as if k items shared a row, for a few k, and all of them in one row.
    const tried = new Set<number>();
    const ks = [1, 2, 3, 4, 5, 6, 8, 12, m];
    let best = { w: Infinity, h: Infinity, t: 0, b: j };
    for (const k of ks) {
      if (k > m) continue;
      const target = k === 1 ? W - trunk : (W - trunk - (k - 1) * gap) / k;
      let b = 0;
      while (b + 1 <= j && ladder[b + 1]! <= target) b++;
      if (tried.has(b)) continue;
      tried.add(b);
      const rows = packRows(rowItems(s, b, of, ladder), W, gap, trunk);
      let L = s.ownL;
      let R = s.ownR;
      for (const r of rows) {
        L = Math.max(L, r.left);
        R = Math.max(R, r.right);
      }
      const r = { w: L + R, h: rowsHeight(s, rows), t: L, b };
      const fits = r.w <= W + 0.01;
      const bestFits = best.w <= W + 0.01;
      if ((fits && (!bestFits || r.h < best.h - 0.01 || (Math.abs(r.h - best.h) <= 0.01 && r.w < best.w))) || (!fits && !bestFits && r.w < best.w)) best = r;
    }
    s.w[j] = best.w;
    s.h[j] = best.h;
    s.t[j] = best.t;
    s.choice[j] = best.b;
  }
}

/** Solves a page's trees for every width on the ladder up to `maxWidth`. */
export function solve(roots: readonly PrintNode[], maxWidth: number): Solved {
  const ladder = widthLadder(maxWidth);
  const J = ladder.length;
  const top: PrintNode = { id: '', kind: 'card', members: [], w: 0, h: 0, assistants: [], children: [...roots] };
  const of = new Map<PrintNode, NodeSolution>();
  // Post-order without recursion: a chain of any depth is fine.
  const order: { n: PrintNode; virtual: boolean }[] = [];
  const stack: { n: PrintNode; virtual: boolean }[] = [{ n: top, virtual: true }];
  while (stack.length) {
    const e = stack.pop()!;
    order.push(e);
    for (const c of e.n.children) stack.push({ n: c, virtual: false });
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const { n, virtual } = order[i]!;
    const s = setUp(n, virtual, J, maxWidth);
    of.set(n, s);
    solveNode(s, of, ladder);
  }
  return { ladder, of, root: of.get(top)! };
}

/** The ladder step that prints the trees largest in an area (in points), and that scale. */
export function bestFit(sol: Solved, area: { w: number; h: number }, maxScale: number): { step: number; scale: number } {
  let best = { step: 0, scale: -1, size: Infinity };
  const r = sol.root;
  for (let j = 0; j < sol.ladder.length; j++) {
    const w = r.w[j]!;
    const h = r.h[j]!;
    const scale = Math.min(maxScale, w > 0 ? area.w / w : maxScale, h > 0 ? area.h / h : maxScale);
    const size = w * h;
    if (scale > best.scale + 1e-6 || (Math.abs(scale - best.scale) <= 1e-6 && size < best.size)) best = { step: j, scale, size };
  }
  return { step: best.step, scale: best.scale };
}
