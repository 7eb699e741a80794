// The lines of a chart as orthogonal polylines: from a manager's stem along a bus to each report,
// down a stack's spine to each stacked card, across to an assistant, and dotted lines around cards.
import type { LayoutCard, LayoutEdge } from './types';

type Point = { x: number; y: number };

export interface EdgeSink {
  add(edge: LayoutEdge): void;
  shift(dx: number): void;
  edges: LayoutEdge[];
}

export function edgeSink(): EdgeSink {
  const edges: LayoutEdge[] = [];
  return {
    edges,
    add: (e) => void edges.push(e),
    shift(dx) {
      if (dx === 0) return;
      for (const e of edges) for (const p of e.points) p.x += dx;
    },
  };
}

/** Drops repeated points and points in the middle of a straight run. */
export function simplify(points: Point[]): Point[] {
  return simplifyInPlace([...points]);
}

/** As simplify, in `points` itself (each point kept is written at or before where it was read). */
function simplifyInPlace(points: Point[]): Point[] {
  let n = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const last = n > 0 ? points[n - 1]! : undefined;
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue;
    const prev = n > 1 ? points[n - 2]! : undefined;
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) points[n - 1] = p;
    else points[n++] = p;
  }
  points.length = n;
  return points;
}

const bottomCentre = (c: LayoutCard): Point => ({ x: c.x + c.width / 2, y: c.y + c.height });

/** `points` is made for this line alone, so it is simplified where it is. */
function line(from: LayoutCard, to: LayoutCard, points: Point[]): LayoutEdge {
  return { id: `e:${to.id}`, from: from.id, to: to.id, kind: 'line', points: simplifyInPlace(points) };
}

/**
 * Where a manager's reports wrap into several rows, the line to a lower row leaves the first row's
 * bus at its left, runs down a trunk beside the rows above, and joins that row's bus.
 */
export interface Trunk {
  x: number;
  /** The bus of the first row. */
  firstBusY: number;
}

/** From the manager's stem to the bus its report hangs from, by the trunk where there is one; the rest of the line is added after. */
function stem(manager: LayoutCard, busY: number, trunk: Trunk | null): Point[] {
  const a = bottomCentre(manager);
  if (!trunk) return [a, { x: a.x, y: busY }];
  return [a, { x: a.x, y: trunk.firstBusY }, { x: trunk.x, y: trunk.firstBusY }, { x: trunk.x, y: busY }];
}

export function rowEdge(manager: LayoutCard, report: LayoutCard, busY: number, trunk: Trunk | null = null): LayoutEdge {
  const x = report.x + report.width / 2;
  const points = stem(manager, busY, trunk);
  points.push({ x, y: busY }, { x, y: report.y });
  return line(manager, report, points);
}

export function stackEdge(manager: LayoutCard, report: LayoutCard, spineX: number, busY: number, right: boolean, trunk: Trunk | null = null): LayoutEdge {
  const midY = report.y + report.height / 2;
  const edgeX = right ? report.x : report.x + report.width;
  const points = stem(manager, busY, trunk);
  points.push({ x: spineX, y: busY }, { x: spineX, y: midY }, { x: edgeX, y: midY });
  return line(manager, report, points);
}

export function assistantEdge(manager: LayoutCard, assistant: LayoutCard, right: boolean): LayoutEdge {
  const a = bottomCentre(manager);
  const midY = assistant.y + assistant.height / 2;
  return line(manager, assistant, [a, { x: a.x, y: midY }, { x: right ? assistant.x : assistant.x + assistant.width, y: midY }]);
}

/**
 * A dotted reporting line: out of the manager's side, along the manager's row, down beside the
 * report and into its right-hand side. Arriving from the side rather than the top keeps it out of
 * a column of stacked cards, where the top of a card is another card's bottom.
 */
export function dottedEdge(manager: LayoutCard, report: LayoutCard): LayoutEdge {
  const s = manager;
  const t = report;
  const sMid = s.y + s.height / 2;
  const tMid = t.y + t.height / 2;
  const tRight = t.x + t.width;
  let points: Point[];
  if (Math.abs(sMid - tMid) < t.height / 2 && (t.x >= s.x + s.width || tRight <= s.x)) {
    // Side by side on one row: straight across.
    const toRight = t.x >= s.x + s.width;
    points = [{ x: toRight ? s.x + s.width : s.x, y: sMid }, { x: toRight ? t.x : tRight, y: sMid }];
  } else {
    let x = tRight + 10;
    // Where that would run down through the manager's own card, go round its right-hand side.
    if (x > s.x - 16 && x < s.x + s.width + 16) x = s.x + s.width + 16;
    const startX = x > s.x + s.width / 2 ? s.x + s.width : s.x;
    points = [{ x: startX, y: sMid }, { x, y: sMid }, { x, y: tMid }, { x: tRight, y: tMid }];
  }
  return { id: `d:${s.id}>${t.id}`, from: s.id, to: t.id, kind: 'dotted', points: simplify(points) };
}
