// Places the cards of a card forest as a top-down tidy tree. Every depth is one tier at one height,
// so layers of the organisation read across the page. Each subtree is packed against its left
// neighbour by its contour (its left and right extent at every tier), and a manager sits centred
// over its reports. Leaf cards past a threshold hang in compact columns either side of a spine;
// assistants hang beside their manager's stem, between the manager and its reports.
import type { CardForest, CardNode, RowItem } from './cardTree';
import type { Geometry } from './geometry';
import { assistantEdge, rowEdge, stackEdge, type EdgeSink } from './routes';

/** A contour: left and right extent at each tier, relative to an origin, tier 0 first. */
interface Contour {
  l: number[];
  r: number[];
}

interface Packed {
  contour: Contour;
  /** Centre of the card, relative to the origin its row items were placed from. */
  center: number;
  /** Origin of each row item relative to the same origin. */
  itemAt: number[];
}

interface StackShape {
  spines: number;
  /** 1: cards hang to the right of the spine; 2: on both sides of it. */
  sides: 1 | 2;
  rows: number;
  width: number;
  height: number;
  /** x of the first and last spine from the block's left edge. */
  firstSpine: number;
  spinePitch: number;
}

/** Up to this many leaf cards hang in one column to the right of their manager's stem. */
const ONE_COLUMN = 6;

export function stackShape(count: number, g: Geometry): StackShape {
  const height = (rows: number) => rows * (g.h + g.stackRowGap) - g.stackRowGap;
  if (count <= ONE_COLUMN) {
    return { spines: 1, sides: 1, rows: count, width: g.stackStub + g.w, height: height(count), firstSpine: 0, spinePitch: 0 };
  }
  // Tall rather than wide: charts are far wider than they are tall, and a column of posts reads
  // well. Beyond a dozen rows, more spines keep the block roughly square.
  const rowsCap = Math.max(ONE_COLUMN, Math.ceil(Math.sqrt(2 * count)));
  const spines = Math.max(1, Math.ceil(count / (2 * rowsCap)));
  const rows = Math.ceil(count / (2 * spines));
  const pair = 2 * (g.w + g.stackStub);
  return {
    spines,
    sides: 2,
    rows,
    width: spines * pair + (spines - 1) * g.spineGap,
    height: height(rows),
    firstSpine: g.w + g.stackStub,
    spinePitch: pair + g.spineGap,
  };
}

/** Where the `k`th card of a stack goes, relative to the block's left edge and top. */
export function stackSlot(shape: StackShape, k: number, g: Geometry): { spineX: number; x: number; y: number; right: boolean } {
  const perSpine = shape.sides * shape.rows;
  const spine = Math.floor(k / perSpine);
  const within = k % perSpine;
  const row = shape.sides === 1 ? within : Math.floor(within / 2);
  const right = shape.sides === 1 || within % 2 === 1;
  const spineX = shape.firstSpine + spine * shape.spinePitch;
  return { spineX, x: right ? spineX + g.stackStub : spineX - g.stackStub - g.w, y: row * (g.h + g.stackRowGap), right };
}

/** Places `items` left to right, each as close to the previous ones as their contours allow. */
function packRow(contours: Contour[], gapAt: (tier: number) => number): { at: number[]; merged: Contour } {
  const at: number[] = [];
  const merged: Contour = { l: [], r: [] };
  contours.forEach((c, i) => {
    let shift = 0;
    if (i > 0) {
      shift = -Infinity;
      const shared = Math.min(merged.r.length, c.l.length);
      for (let t = 0; t < shared; t++) shift = Math.max(shift, merged.r[t]! + gapAt(t) - c.l[t]!);
      if (shift === -Infinity) shift = merged.r[0]! + gapAt(0) - c.l[0]!;
    }
    at.push(shift);
    for (let t = 0; t < c.l.length; t++) {
      if (t < merged.l.length) {
        merged.l[t] = Math.min(merged.l[t]!, c.l[t]! + shift);
        merged.r[t] = Math.max(merged.r[t]!, c.r[t]! + shift);
      } else {
        merged.l.push(c.l[t]! + shift);
        merged.r.push(c.r[t]! + shift);
      }
    }
  });
  return { at, merged };
}

export interface Placed {
  width: number;
  height: number;
}

export function positionForest(forest: CardForest, g: Geometry, edges: EdgeSink): Placed {
  const { w, h } = g;
  const half = w / 2;
  // Height of each tier: a card, the rows of assistants hanging below managers of that tier, a gap.
  const tierY: number[] = [0];
  const yOf = (t: number): number => {
    while (tierY.length <= t) {
      const d = tierY.length - 1;
      const bands = forest.assistantRows[d] ?? 0;
      tierY.push(tierY[d]! + h + g.levelGap + (bands ? bands * (h + g.assistantRowGap) : 0));
    }
    return tierY[t]!;
  };
  const shapes = new Map<CardNode[], StackShape>();
  const stackContour = (nodes: CardNode[], tier: number): Contour => {
    const shape = stackShape(nodes.length, g);
    shapes.set(nodes, shape);
    const bottom = yOf(tier) + shape.height;
    const c: Contour = { l: [], r: [] };
    for (let t = tier; yOf(t) < bottom; t++) {
      c.l.push(0);
      c.r.push(shape.width);
    }
    return c;
  };
  const anchors = (item: RowItem): [number, number] => {
    if (item.kind === 'node') return [0, 0];
    const shape = shapes.get(item.nodes)!;
    return [shape.firstSpine, shape.firstSpine + (shape.spines - 1) * shape.spinePitch];
  };

  // Bottom up: a card's contour from its reports' contours.
  const packed = new Map<CardNode, Packed>();
  const rightAssistants = (n: CardNode) => Math.ceil(n.assistants.length / 2);
  const leftAssistants = (n: CardNode) => Math.floor(n.assistants.length / 2);
  for (let i = forest.order.length - 1; i >= 0; i--) {
    const node = forest.order[i]!;
    if (node.card.assistant) continue;
    const own = {
      l: leftAssistants(node) ? -(g.assistantStub + w) : -half,
      r: rightAssistants(node) ? g.assistantStub + w : half,
    };
    if (node.row.length === 0) {
      packed.set(node, { contour: { l: [own.l], r: [own.r] }, center: 0, itemAt: [] });
      continue;
    }
    const contours = node.row.map((item) => {
      if (item.kind === 'stack') return stackContour(item.nodes, node.card.depth + 1);
      const p = packed.get(item.node)!;
      const c = p.contour;
      // Only this card's own contour is needed from here up.
      p.contour = { l: [], r: [] };
      return c;
    });
    const { at, merged } = packRow(contours, (t) => (t === 0 ? g.siblingGap : g.branchGap));
    const first = node.row[0]!;
    const last = node.row[node.row.length - 1]!;
    const center = (at[0]! + anchors(first)[0] + at[at.length - 1]! + anchors(last)[1]) / 2;
    const contour: Contour = { l: [own.l], r: [own.r] };
    for (let t = 0; t < merged.l.length; t++) {
      contour.l.push(merged.l[t]! - center);
      contour.r.push(merged.r[t]! - center);
    }
    packed.set(node, { contour, center, itemAt: at });
  }

  // The tops of the forest side by side.
  const roots = packRow(
    forest.roots.map((r) => packed.get(r)!.contour),
    () => g.rootGap,
  );
  forest.roots.forEach((r, i) => {
    r.cx = roots.at[i]!;
    r.card.x = r.cx - half;
    r.card.y = 0;
    r.card.width = w;
    r.card.height = h;
  });

  // Top down (parents come before their reports in `order`): each card places its reports.
  for (const node of forest.order) {
    const card = node.card;
    const d = card.depth;
    node.assistants.forEach((a, i) => {
      const right = i % 2 === 0;
      const row = Math.floor(i / 2);
      a.card.x = right ? node.cx + g.assistantStub : node.cx - g.assistantStub - w;
      a.card.y = card.y + h + g.assistantRowGap + row * (h + g.assistantRowGap);
      a.card.width = w;
      a.card.height = h;
      edges.add(assistantEdge(card, a.card, right));
    });
    const p = packed.get(node);
    if (!p || node.row.length === 0) continue;
    const childY = yOf(d + 1);
    const busY = childY - g.levelGap / 2;
    node.row.forEach((item, i) => {
      const origin = node.cx - p.center + p.itemAt[i]!;
      if (item.kind === 'node') {
        item.node.cx = origin;
        const c = item.node.card;
        c.x = origin - half;
        c.y = childY;
        c.width = w;
        c.height = h;
        edges.add(rowEdge(card, c, busY));
        return;
      }
      const shape = shapes.get(item.nodes)!;
      item.nodes.forEach((n, k) => {
        const slot = stackSlot(shape, k, g);
        const c = n.card;
        c.x = origin + slot.x;
        c.y = childY + slot.y;
        c.width = w;
        c.height = h;
        n.cx = c.x + half;
        edges.add(stackEdge(card, c, origin + slot.spineX, busY, slot.right));
      });
    });
  }

  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  for (const node of forest.order) {
    const c = node.card;
    minX = Math.min(minX, c.x);
    maxX = Math.max(maxX, c.x + c.width);
    maxY = Math.max(maxY, c.y + c.height);
  }
  if (forest.order.length === 0) return { width: 0, height: 0 };
  for (const node of forest.order) {
    node.card.x -= minX;
    node.cx -= minX;
  }
  edges.shift(-minX);
  return { width: maxX - minX, height: maxY };
}
