// Arranging a printed chart to use its page. For every card, and for each of a ladder of widths,
// the search finds the lowest arrangement of its branch no wider than that width: its reports in
// one row, or wrapped into several rows with its line running down between them, or (posts without
// reports) hung in columns either side of one or more spines. The page then takes the width whose
// arrangement prints largest in its area. Bottom up and iterative, so any depth of structure and
// any number of reports is laid out in time proportional to its size.
import { columnLayout, columnPicks, COLUMN } from './printColumn';
import { GAP, isLeaf, packRows, stackOptions, type NodeSolution, type PrintNode, type RowItem, type RowPlan, type StackOption } from './printTree';

export type { NodeSolution };

/** Widths tried: a geometric ladder from one narrow card up to the widest a page can use. */
export function widthLadder(maxWidth: number): number[] {
  const out: number[] = [];
  for (let w = 56; w < maxWidth * 0.9; w *= 1.1) out.push(w);
  // Finer steps around the page's own width: a chart held to the height of its page takes every
  // bit of width it is given, and one a little wider may still print larger.
  for (const f of [0.9, 0.93, 0.96, 0.98, 1, 1.03, 1.07, 1.12]) if (maxWidth * f > (out[out.length - 1] ?? 0)) out.push(maxWidth * f);
  return out;
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
    // One assistant sits beside the card; more hang in rows either side of the line below it.
    ownR: na === 1 ? node.w / 2 + GAP.assistantStub + aw : Math.max(node.w / 2, na >= 1 ? GAP.assistantStub + aw : 0),
    ownH: na === 1 ? Math.max(node.h, node.assistants[0]!.h) : node.h + rows.reduce((s, r) => s + GAP.assistantRow + r, 0),
    w: new Float32Array(J),
    h: new Float32Array(J),
    t: new Float32Array(J),
    choice: new Int16Array(J),
    cap: new Float32Array(J),
    front: null,
  };
}

/** Heights ascending, each with the narrowest way (of `w`/`h` pairs) to be no taller. */
function frontier(w: ArrayLike<number>, h: ArrayLike<number>): { h: number[]; pick: number[] } {
  const idx = Array.from({ length: w.length }, (_, i) => i).sort((a, b) => h[a]! - h[b]! || w[a]! - w[b]!);
  const out = { h: [] as number[], pick: [] as number[] };
  let bestW = Infinity;
  for (const i of idx) {
    if (w[i]! < bestW - 1e-6) {
      bestW = w[i]!;
      out.h.push(h[i]!);
      out.pick.push(i);
    }
  }
  return out;
}

function frontOfChild(c: NodeSolution): { h: number[]; pick: number[] } {
  if (!c.front) c.front = frontier(c.w, c.h);
  return c.front;
}

/** The narrowest pick no taller than `H`, or -1. */
function pickUnder(f: { h: number[]; pick: number[] }, H: number): number {
  let lo = 0;
  let hi = f.h.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (f.h[mid]! <= H + 1e-3) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? -1 : f.pick[found]!;
}

const stackFronts = new WeakMap<NodeSolution, { h: number[]; pick: number[] }>();

function stackFront(s: NodeSolution): { h: number[]; pick: number[] } {
  let f = stackFronts.get(s);
  if (!f) stackFronts.set(s, (f = frontier(s.stack!.map((o) => o.width), s.stack!.map((o) => o.height))));
  return f;
}

/** For each report (or the stack), its ladder step (or stack option) when all are held to height `H`; null if one cannot be. */
export function picksUnder(s: NodeSolution, H: number, of: Map<PrintNode, NodeSolution>): number[] | null {
  const out: number[] = [];
  for (const it of s.items) {
    const k = it === 'stack' ? pickUnder(stackFront(s), H) : pickUnder(frontOfChild(of.get(it)!), H);
    if (k < 0) return null;
    out.push(k);
  }
  return out;
}

/** The row items of a solution with each report arranged as `picks` says. */
export function rowItems(s: NodeSolution, picks: readonly number[], of: Map<PrintNode, NodeSolution>): RowItem[] {
  return s.items.map((it, i) => {
    if (it === 'stack') {
      const o = s.stack![picks[i]!]!;
      return { w: o.width, h: o.height, a0: o.first, a1: o.last };
    }
    const c = of.get(it)!;
    const b = picks[i]!;
    return { w: c.w[b]!, h: c.h[b]!, a0: c.t[b]!, a1: c.t[b]! };
  });
}

/** Height caps worth trying: every height a report can take from the tallest minimum up, thinned. */
function capsToTry(s: NodeSolution, of: Map<PrintNode, NodeSolution>): number[] {
  let floor = 0;
  const all: number[] = [];
  for (const it of s.items) {
    const f = it === 'stack' ? stackFront(s) : frontOfChild(of.get(it)!);
    floor = Math.max(floor, f.h[0]!);
    all.push(...f.h);
  }
  const caps = [...new Set(all.filter((h) => h >= floor))].sort((a, b) => a - b);
  // Every cap where that costs little; a spread of them for a manager of many branches.
  const most = Math.max(24, Math.min(160, Math.floor(3000 / s.items.length)));
  if (caps.length <= most) return caps;
  const out: number[] = [];
  for (let i = 0; i < most; i++) out.push(caps[Math.round((i * (caps.length - 1)) / (most - 1))]!);
  return [...new Set(out)];
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

/**
 * Where a stack hung straight from a card has its spine, from the card's stem: one column of
 * cards drops from near the card's left edge (so the column is no wider than the card and its
 * reports), two columns straddle the stem.
 */
export function stackSpineShift(s: NodeSolution, o: StackOption): number {
  return o.sides === 1 && s.node.assistants.length <= 1 ? -Math.max(0, s.node.w / 2 - 10) : 0;
}

/** A stack hung straight from the card: its spines' middle (or its one spine) placed as stackSpineShift says. */
export function stackUnder(s: NodeSolution, o: StackOption): { w: number; h: number; t: number } {
  const mid = (o.first + o.last) / 2 - stackSpineShift(s, o);
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
  const caps = capsToTry(s, of);
  const tried = caps.map((H) => ({ H, picks: picksUnder(s, H, of) })).filter((c) => c.picks !== null);
  for (let j = 0; j < J; j++) {
    const W = ladder[j]!;
    // Every report held to one height, each then as narrow as it can be: the lowest result that fits.
    let best = { w: Infinity, h: Infinity, t: 0, H: 0 };
    for (const { H, picks } of tried) {
      const rows = packRows(rowItems(s, picks!, of), W, gap, trunk);
      let L = s.ownL;
      let R = s.ownR;
      for (const r of rows) {
        L = Math.max(L, r.left);
        R = Math.max(R, r.right);
      }
      const r = { w: L + R, h: rowsHeight(s, rows), t: L, H };
      const fits = r.w <= W + 0.01;
      const bestFits = best.w <= W + 0.01;
      if ((fits && (!bestFits || r.h < best.h - 0.01 || (Math.abs(r.h - best.h) <= 0.01 && r.w < best.w))) || (!fits && !bestFits && r.w < best.w)) best = r;
    }
    let mode = 0;
    if (!s.virtual) {
      // Or the reports in columns, each a line with branches to its right, where that is lower.
      const most = Math.min(COLUMN.most, s.items.length);
      for (let k = 1; k <= most; k++) {
        const avail = k === 1 ? W - s.ownL - COLUMN.stub : (W - (k - 1) * COLUMN.between) / k - COLUMN.stub;
        if (avail <= 0) break;
        const c = columnLayout(s, k, avail, rowItems(s, columnPicks(s, avail, of), of));
        const fits = c.w <= W + 0.01;
        const bestFits = best.w <= W + 0.01;
        if ((fits && (!bestFits || c.h < best.h - 0.01)) || (!fits && !bestFits && c.w < best.w)) {
          best = { w: c.w, h: c.h, t: c.t, H: avail };
          mode = k;
        }
      }
    }
    s.w[j] = best.w;
    s.h[j] = best.h;
    s.t[j] = best.t;
    s.choice[j] = mode;
    s.cap[j] = best.H;
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
