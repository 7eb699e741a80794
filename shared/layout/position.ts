// Places the cards of a card forest as a top-down tidy tree. Every depth is one tier at one height,
// so layers of the organisation read across the page. Each subtree is packed against its left
// neighbour by its contour (its left and right extent at every tier), and a manager sits centred
// over its reports. Leaf cards past a threshold hang in compact columns either side of a spine;
// assistants hang beside their manager's stem, between the manager and its reports. Where asked,
// a manager with very many reports has them wrapped into rows one below another, fed by a trunk
// down their left side, so a wide level reads as a block rather than one long line.
import type { CardForest, CardNode, RowItem } from './cardTree';
import type { Geometry } from './geometry';
import { assistantEdge, rowEdge, stackEdge, type EdgeSink, type Trunk } from './routes';

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
  /** How far below the card's top its branch reaches, in pixels. */
  reach: number;
  /** Where the reports wrap: the tiers each row item sits below the first row, and the trunk's x (same origin). */
  wrap?: { shift: number[]; trunkAt: number };
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

const NO_CONTOUR: Contour = { l: [], r: [] };

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

/** Wrapped reports make a block about this many times as wide as it is tall, like a screen or a page. */
const WRAP_ASPECT = 2;

/**
 * How a row of reports wraps: [from, to) item ranges, as even as can be, the rows long enough for
 * the block to be about twice as wide as it is tall, given each item's width and height.
 */
export function wrapRows(widths: readonly number[], heights: readonly number[]): [number, number][] {
  const count = widths.length;
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  const perRow = Math.max(1, Math.round(Math.sqrt((WRAP_ASPECT * count * Math.max(1, mean(heights))) / Math.max(1, mean(widths)))));
  if (perRow >= count) return [[0, count]];
  // Rows of about equal width (items differ widely): fill each to its share of the whole.
  const rows = Math.ceil(count / perRow);
  const target = widths.reduce((t, x) => t + x, 0) / rows;
  const out: [number, number][] = [];
  let from = 0;
  let width = 0;
  for (let i = 0; i < count; i++) {
    if (i > from && width + widths[i]! / 2 > target && out.length < rows - 1) {
      out.push([from, i]);
      from = i;
      width = 0;
    }
    width += widths[i]!;
  }
  out.push([from, count]);
  return out;
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
  // By each card's place in `order`.
  const packed: (Packed | undefined)[] = new Array<Packed | undefined>(forest.order.length);
  // A card without reports has one of four contours (with or without assistants either side),
  // shared: contours are only read once made.
  const leftOwn = [-half, -(g.assistantStub + w)];
  const rightOwn = [half, g.assistantStub + w];
  const leafContours: Contour[] = [0, 1, 2, 3].map((k) => ({ l: [leftOwn[k >> 1]!], r: [rightOwn[k & 1]!] }));
  const NO_ITEMS: number[] = [];
  const rightAssistants = (n: CardNode) => Math.ceil(n.assistants.length / 2);
  const leftAssistants = (n: CardNode) => Math.floor(n.assistants.length / 2);
  for (let i = forest.order.length - 1; i >= 0; i--) {
    const node = forest.order[i]!;
    if (node.card.assistant) continue;
    const ownKind = (leftAssistants(node) ? 2 : 0) + (rightAssistants(node) ? 1 : 0);
    const d = node.card.depth;
    const ownReach = h + (node.assistants.length ? Math.ceil(node.assistants.length / 2) * (h + g.assistantRowGap) : 0);
    if (node.row.length === 0) {
      packed[i] = { contour: leafContours[ownKind]!, center: 0, itemAt: NO_ITEMS, reach: ownReach };
      continue;
    }
    const own = { l: leftOwn[ownKind >> 1]!, r: rightOwn[ownKind & 1]! };
    const below = yOf(d + 1) - yOf(d);
    const reaches: number[] = [];
    const contours = node.row.map((item) => {
      if (item.kind === 'stack') {
        const c = stackContour(item.nodes, d + 1);
        reaches.push(shapes.get(item.nodes)!.height);
        return c;
      }
      const p = packed[item.node.index]!;
      const c = p.contour;
      reaches.push(p.reach);
      // Only this card's own contour is needed from here up.
      p.contour = NO_CONTOUR;
      return c;
    });
    const gapAt = (t: number) => (t === 0 ? g.siblingGap : g.branchGap);
    const single = packRow(contours, gapAt);
    // A row wraps when it is wider than the chart allows and far wider than it is tall.
    const rowWidth = Math.max(...single.merged.r) - Math.min(...single.merged.l);
    const wide = g.wrapWidth > 0 && contours.length > 1 && rowWidth > g.wrapWidth && rowWidth > WRAP_ASPECT * (below + Math.max(...reaches));
    const rows: [number, number][] = !wide
      ? [[0, contours.length]]
      : wrapRows(
          contours.map((c) => Math.max(...c.r) - Math.min(...c.l) + g.branchGap),
          reaches.map((r) => r + g.levelGap),
        );
    if (rows.length === 1) {
      const { at, merged } = single;
      const first = node.row[0]!;
      const last = node.row[node.row.length - 1]!;
      const center = (at[0]! + anchors(first)[0] + at[at.length - 1]! + anchors(last)[1]) / 2;
      const contour: Contour = { l: [own.l], r: [own.r] };
      for (let t = 0; t < merged.l.length; t++) {
        contour.l.push(merged.l[t]! - center);
        contour.r.push(merged.r[t]! - center);
      }
      packed[i] = { contour, center, itemAt: at, reach: Math.max(ownReach, below + Math.max(...reaches)) };
      continue;
    }
    // Wrapped: each row packed on its own, left edges aligned, each below the deepest branch of the
    // row above with room for its bus; the trunk runs down their left.
    const trunkAt = -g.siblingGap;
    const at: number[] = [];
    const shift: number[] = [];
    const merged: Contour = { l: [], r: [] };
    let off = 0;
    let center = 0;
    for (const [from, to] of rows) {
      const part = packRow(contours.slice(from, to), gapAt);
      const left = Math.min(...part.merged.l);
      part.at.forEach((x, k) => {
        at.push(x - left);
        shift.push(off);
      });
      if (from === 0) center = (at[0]! + anchors(node.row[0]!)[0] + at[to - 1]! + anchors(node.row[to - 1]!)[1]) / 2;
      for (let t = 0; t < part.merged.l.length; t++) {
        merged.l[off + t] = Math.min(merged.l[off + t] ?? Infinity, part.merged.l[t]! - left);
        merged.r[off + t] = Math.max(merged.r[off + t] ?? -Infinity, part.merged.r[t]! - left);
      }
      // The next row starts on the first tier whose bus clears everything in this one.
      const top = yOf(d + 1 + off);
      const bottom = top + Math.max(...reaches.slice(from, to));
      let next = off + 1;
      while (yOf(d + 1 + next) - g.levelGap / 2 < bottom + 4) next++;
      off = to < contours.length ? next : off + part.merged.l.length;
    }
    const lastRow = shift[shift.length - 1]!;
    const contour: Contour = { l: [own.l], r: [own.r] };
    for (let t = 0; t < merged.l.length; t++) {
      // Tiers between rows hold only the trunk.
      const l = Math.min(merged.l[t] ?? trunkAt, t <= lastRow ? trunkAt : Infinity);
      const r = merged.r[t] ?? trunkAt;
      contour.l.push(l - center);
      contour.r.push(r - center);
    }
    const reach = yOf(d + 1 + lastRow) - yOf(d) + Math.max(...reaches.slice(rows[rows.length - 1]![0]));
    packed[i] = { contour, center, itemAt: at, reach: Math.max(ownReach, reach), wrap: { shift, trunkAt } };
  }

  // The tops of the forest side by side.
  const roots = packRow(
    forest.roots.map((r) => packed[r.index]!.contour),
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
    for (let i = 0; i < node.assistants.length; i++) {
      const a = node.assistants[i]!;
      const right = i % 2 === 0;
      const row = Math.floor(i / 2);
      a.card.x = right ? node.cx + g.assistantStub : node.cx - g.assistantStub - w;
      a.card.y = card.y + h + g.assistantRowGap + row * (h + g.assistantRowGap);
      a.card.width = w;
      a.card.height = h;
      edges.add(assistantEdge(card, a.card, right));
    }
    const p = packed[node.index];
    if (!p || node.row.length === 0) continue;
    const tier = d + 1 + (node.shift ?? 0);
    const firstBusY = yOf(tier) - g.levelGap / 2;
    for (let i = 0; i < node.row.length; i++) {
      const item = node.row[i]!;
      const origin = node.cx - p.center + p.itemAt[i]!;
      const down = p.wrap?.shift[i] ?? 0;
      const childY = yOf(tier + down);
      const busY = childY - g.levelGap / 2;
      const trunk: Trunk | null = down > 0 ? { x: node.cx - p.center + p.wrap!.trunkAt, firstBusY } : null;
      if (item.kind === 'node') {
        item.node.cx = origin;
        item.node.shift = (node.shift ?? 0) + down;
        const c = item.node.card;
        c.x = origin - half;
        c.y = childY;
        c.width = w;
        c.height = h;
        edges.add(rowEdge(card, c, busY, trunk));
        continue;
      }
      const shape = shapes.get(item.nodes)!;
      for (let k = 0; k < item.nodes.length; k++) {
        const n = item.nodes[k]!;
        const slot = stackSlot(shape, k, g);
        const c = n.card;
        n.shift = (node.shift ?? 0) + down;
        c.x = origin + slot.x;
        c.y = childY + slot.y;
        c.width = w;
        c.height = h;
        n.cx = c.x + half;
        edges.add(stackEdge(card, c, origin + slot.spineX, busY, slot.right, trunk));
      }
    }
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
