// Placing the cards of a solved printed chart (printLayout.ts) and routing the lines between them:
// each manager's stem runs down to a bus above each row of its reports, through the gap left in
// the middle of wrapped rows, and down the spines of stacked reports.
import { simplify } from '../layout/routes';
import type { LayoutEdge } from '../layout/types';
import { assistantRows, picksUnder, stackSpineShift, rowGaps, rowItems, type NodeSolution, type Solved } from './printLayout';
import { COLUMN, columnLayout, columnPicks } from './printColumn';
import { GAP, heightAt, packRows, stackRows, stackSlot, type PrintNode, type StackOption } from './printTree';

export interface PlacedCard {
  node: PrintNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The card this one reports to on the page, or null. */
  parentId: string | null;
}

export interface PrintLayout {
  cards: PlacedCard[];
  edges: LayoutEdge[];
  width: number;
  height: number;
}

type Pt = { x: number; y: number };

export function place(sol: Solved, step: number): PrintLayout {
  const cards: PlacedCard[] = [];
  const edges: LayoutEdge[] = [];
  const ladder = sol.ladder;
  const edge = (from: PrintNode, to: PrintNode, points: Pt[]) => {
    edges.push({ id: `e:${to.id}`, from: from.id, to: to.id, kind: 'line', points: simplify(points.map((p) => ({ x: p.x, y: p.y }))) });
  };

  const placeStack = (s: NodeSolution, o: StackOption, left: number, top: number, stemX: number, stemY: number, busY: number) => {
    const { tops } = stackRows(o, s.stackCards);
    s.stackCards.forEach((c, k) => {
      const slot = stackSlot(o, k);
      const spineIndex = Math.floor(k / (o.sides * o.rows));
      const y = top + tops[spineIndex]![slot.row]!;
      // Cards of a stack share its width, so its columns line up.
      const x = left + (slot.right ? slot.spine + GAP.stackStub : slot.spine - GAP.stackStub - o.slot);
      const h = heightAt(c, o.slot);
      cards.push({ node: c, x, y, width: o.slot, height: h, parentId: s.node.id });
      const midY = y + Math.min(h / 2, 14);
      const spine = left + slot.spine;
      edge(s.node, c, [
        { x: stemX, y: stemY },
        { x: stemX, y: busY },
        { x: spine, y: busY },
        { x: spine, y: midY },
        { x: slot.right ? x : x + o.slot, y: midY },
      ]);
    });
  };

  const todo: { s: NodeSolution; j: number; x0: number; y0: number; parent: string | null }[] = [{ s: sol.root, j: step, x0: 0, y0: 0, parent: null }];
  while (todo.length) {
    const { s, j, x0, y0, parent } = todo.pop()!;
    const n = s.node;
    const T = x0 + s.t[j]!;
    const stemY = y0 + n.h;
    if (!s.virtual) cards.push({ node: n, x: T - n.w / 2, y: y0, width: n.w, height: n.h, parentId: parent });
    let y = stemY;
    if (n.assistants.length === 1) {
      // A single assistant beside the card, joined to its side.
      const a = n.assistants[0]!;
      const x = T + n.w / 2 + GAP.assistantStub;
      cards.push({ node: a, x, y: y0, width: a.w, height: a.h, parentId: n.id });
      const midY = y0 + Math.min(n.h, a.h) / 2;
      edge(n, a, [{ x: T + n.w / 2, y: midY }, { x, y: midY }]);
      y = y0 + Math.max(n.h, a.h);
    } else assistantRows(n).forEach((rowH, r) => {
      y += GAP.assistantRow;
      for (const [k, right] of [[2 * r, true], [2 * r + 1, false]] as const) {
        const a = n.assistants[k];
        if (!a) continue;
        const x = right ? T + GAP.assistantStub : T - GAP.assistantStub - a.w;
        cards.push({ node: a, x, y, width: a.w, height: a.h, parentId: n.id });
        const midY = y + Math.min(a.h / 2, 14);
        edge(n, a, [{ x: T, y: stemY }, { x: T, y: midY }, { x: right ? x : x + a.w, y: midY }]);
      }
      y += rowH;
    });
    if (s.items.length === 0) continue;
    if (s.items.length === 1 && s.items[0] === 'stack') {
      const o = s.stack![s.choice[j]!]!;
      const shift = stackSpineShift(s, o);
      const mid = (o.first + o.last) / 2 - shift;
      // One column drops straight from the card's lower edge; two straddle the stem below a short bus.
      placeStack(s, o, T - mid, y + GAP.level, T + shift, stemY, y + GAP.level / 2);
      continue;
    }
    if (s.choice[j]! >= 1) {
      // Columns: a bus below the card, a spine down from it for each column, branches to the right.
      const picks = columnPicks(s, s.cap[j]!, sol.of);
      const items = rowItems(s, picks, sol.of);
      const lay = columnLayout(s, s.choice[j]!, s.cap[j]!, items);
      const busY = y + COLUMN.top / 2;
      const top = y + COLUMN.top;
      let spine = T + lay.left;
      lay.cols.forEach((col, ci) => {
        if (lay.cols.length === 1) spine = T;
        else if (ci > 0) spine += lay.widths[ci - 1]! + COLUMN.between;
        const lead = [{ x: T, y: stemY }, { x: T, y: busY }, { x: spine, y: busY }];
        let cy = top;
        for (const k of col) {
          const it = s.items[k]!;
          const left = spine + COLUMN.stub;
          if (it === 'stack') {
            const o = s.stack![picks[k]!]!;
            // The stack's own bus joins the spine just above it.
            edges.push({ id: `s:${n.id}:${ci}:${k}`, from: n.id, to: n.id, kind: 'line', points: simplify([...lead, { x: spine, y: cy - 4 }].map((p) => ({ x: p.x, y: p.y }))) });
            placeStack(s, o, left, cy, spine, cy - 4, cy - 4);
            cy += o.height + COLUMN.gap;
            continue;
          }
          const c = sol.of.get(it)!;
          const b = picks[k]!;
          const cardLeft = left + c.t[b]! - it.w / 2;
          const midY = cy + Math.min(it.h / 2, 14);
          edge(n, it, [...lead, { x: spine, y: midY }, { x: cardLeft, y: midY }]);
          todo.push({ s: c, j: b, x0: left, y0: cy, parent: n.id });
          cy += c.h[b]! + COLUMN.gap;
        }
      });
      continue;
    }
    const picks = picksUnder(s, s.cap[j]!, sol.of)!;
    const { gap, trunk, vgap } = rowGaps(s);
    const rows = packRows(rowItems(s, picks, sol.of), ladder[j]!, gap, trunk);
    rows.forEach((row, ri) => {
      y += s.virtual && ri === 0 ? 0 : vgap;
      const busY = y - vgap / 2;
      for (let k = row.start; k < row.end; k++) {
        const it = s.items[k]!;
        const left = T + row.xs[k - row.start]!;
        if (it === 'stack') {
          placeStack(s, s.stack![picks[k]!]!, left, y, T, stemY, busY);
          continue;
        }
        const c = sol.of.get(it)!;
        const b = picks[k]!;
        if (!s.virtual) {
          const ax = left + c.t[b]!;
          edge(n, it, [{ x: T, y: stemY }, { x: T, y: busY }, { x: ax, y: busY }, { x: ax, y }]);
        }
        todo.push({ s: c, j: b, x0: left, y0: y, parent: s.virtual ? null : n.id });
      }
      y += row.height;
    });
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of cards) {
    minX = Math.min(minX, c.x);
    minY = Math.min(minY, c.y);
    maxX = Math.max(maxX, c.x + c.width);
    maxY = Math.max(maxY, c.y + c.height);
  }
  if (!cards.length) return { cards, edges, width: 0, height: 0 };
  for (const c of cards) {
    c.x -= minX;
    c.y -= minY;
  }
  for (const e of edges)
    for (const p of e.points) {
      p.x -= minX;
      p.y -= minY;
    }
  return { cards, edges, width: maxX - minX, height: maxY - minY };
}
