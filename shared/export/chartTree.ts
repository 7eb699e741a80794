// The tree a printed chart is drawn from. For one structure it is its posts; for a proposal drawn
// against the structure it came from it is the union of both, matched post by post, so the current
// and the proposed chart share one geometry: a post that is unchanged sits in the same place on
// both pages, and a post that is only on one side leaves its place empty (or shows a ghost) on
// the other.
import { postGroupKey } from '../chart/grouping';
import { markKinds, markOf, type PostMark } from '../chart/status';
import type { CostContext } from '../costing/postCost';
import type { StructureDiff } from '../diff/types';
import type { Id, Post } from '../model/types';

export type Side = 'before' | 'after';

export interface TreeNode {
  id: string;
  parent: string | null;
  /** The post on each side; a chart of one structure has only `after`. */
  before: Post | null;
  after: Post | null;
  /** Drawn beside its manager's stem when it has no reports. */
  assistant: boolean;
  /** A holding card ("Unplaced"), not a post. */
  holding: boolean;
  /** Leaf siblings with equal keys are drawn as one card ("× n"); '' never groups. */
  groupKey: string;
  /** Dotted-line managers, as node ids. */
  dotted: string[];
}

export interface ChartTree {
  nodes: Map<string, TreeNode>;
  /** Top nodes, in order. */
  roots: string[];
  /** Reports of each node, in order. */
  kids: Map<string, string[]>;
  /** Nodes below each node. */
  below: Map<string, number>;
  /** Change marks on each side, by post id. */
  marks: { before: ReadonlyMap<Id, PostMark>; after: ReadonlyMap<Id, PostMark> } | null;
}

function sideKey(p: Post | null, mark: PostMark | null | undefined, ctx: CostContext | null): string {
  if (!p) return '-';
  return `${p.title.replace(/\s+/g, ' ').trim()}\u0002${p.gradeId ?? ''}\u0002${postGroupKey(p, mark, ctx)}`;
}

/** Orders, links and counts the nodes; posts caught in a reporting loop are printed as top posts. */
function finish(nodes: Map<string, TreeNode>, order: string[], marks: ChartTree['marks']): ChartTree {
  const kids = new Map<string, string[]>();
  const roots: string[] = [];
  for (const id of order) {
    const n = nodes.get(id)!;
    if (n.parent !== null && (n.parent === id || !nodes.has(n.parent))) n.parent = null;
    if (n.parent === null) roots.push(id);
    else {
      const list = kids.get(n.parent);
      if (list) list.push(id);
      else kids.set(n.parent, [id]);
    }
  }
  const reached = new Set<string>();
  const visit = (start: string) => {
    const stack = [start];
    while (stack.length) {
      const id = stack.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      for (const k of kids.get(id) ?? []) stack.push(k);
    }
  };
  for (const r of roots) visit(r);
  for (const id of order) {
    if (reached.has(id)) continue;
    const n = nodes.get(id)!;
    const list = kids.get(n.parent!);
    if (list) kids.set(n.parent!, list.filter((k) => k !== id));
    n.parent = null;
    roots.push(id);
    visit(id);
  }
  const below = new Map<string, number>();
  // Iterative post-order, so a very deep structure cannot overflow the stack.
  const post: string[] = [];
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    post.push(id);
    for (const k of kids.get(id) ?? []) stack.push(k);
  }
  for (let i = post.length - 1; i >= 0; i--) {
    const id = post[i]!;
    let n = 0;
    for (const k of kids.get(id) ?? []) n += 1 + below.get(k)!;
    below.set(id, n);
  }
  return { nodes, roots, kids, below, marks };
}

function nodeOf(id: string, parent: string | null, before: Post | null, after: Post | null, groupKey: string): TreeNode {
  const p = (after ?? before)!;
  return { id, parent, before, after, assistant: p.isAssistant, holding: p.holding === true, groupKey: p.holding ? '' : groupKey, dotted: [] };
}

const bySort = (a: Post, b: Post) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The tree of one structure, with its change marks when it is compared with another. */
export function singleTree(posts: readonly Post[], ctx: CostContext | null, marks: ReadonlyMap<Id, PostMark> | null = null): ChartTree {
  const sorted = [...posts].sort(bySort);
  const nodes = new Map<string, TreeNode>();
  for (const p of sorted) nodes.set(p.id, nodeOf(p.id, p.managerId, null, p, `-\u0003${sideKey(p, marks?.get(p.id), ctx)}`));
  for (const p of sorted) nodes.get(p.id)!.dotted = p.dottedManagerIds.filter((d) => nodes.has(d));
  return finish(nodes, sorted.map((p) => p.id), marks ? { before: new Map(), after: marks } : null);
}

/**
 * The union of two structures compared. A post on both sides is one node when its manager is the
 * same node on both sides; otherwise (it moved, or a manager above it moved) it is two nodes, one
 * on each side, so each chart still shows it under its own manager. Children keep the current
 * structure's order; posts only in the proposal follow the post they follow there.
 */
export function unionTree(before: readonly Post[], after: readonly Post[], diff: StructureDiff, ctx: CostContext | null): ChartTree {
  const B = [...before].sort(bySort);
  const A = [...after].sort(bySort);
  const markB = new Map<Id, PostMark>();
  const markA = new Map<Id, PostMark>();
  const afterOf = new Map<Id, Post>();
  for (const c of diff.changes) {
    if (c.before && c.after) afterOf.set(c.before.id, c.after);
    const mb = c.before ? markOf(markKinds(c, 'before'), c.before) : null;
    const ma = c.after ? markOf(markKinds(c, 'after'), c.before) : null;
    if (c.before && mb) markB.set(c.before.id, mb);
    if (c.after && ma) markA.set(c.after.id, ma);
  }
  const bById = new Map(B.map((p) => [p.id, p]));
  const aById = new Map(A.map((p) => [p.id, p]));

  // Node ids: "b:" a post only placed on the current side, "a:" only on the proposed side,
  // "m:" a post in the same place on both.
  const nodeOfBefore = new Map<Id, string>();
  const nodeOfAfter = new Map<Id, string>();
  // Decide top down: a pair shares a node when both managers are the same node (or both at the top).
  const depthOf = (p: Post, byId: Map<Id, Post>) => {
    let d = 0;
    const seen = new Set<Id>();
    for (let m = p.managerId; m !== null && byId.has(m) && !seen.has(m); m = byId.get(m)!.managerId) {
      seen.add(m);
      d++;
    }
    return d;
  };
  const pairs = [...afterOf].map(([bId, a]) => ({ b: bById.get(bId)!, a })).filter((x) => x.b);
  pairs.sort((x, y) => depthOf(x.a, aById) - depthOf(y.a, aById));
  const managerNode = (p: Post, byId: Map<Id, Post>, map: Map<Id, string>, prefix: string): string | null => {
    if (p.managerId === null || !byId.has(p.managerId)) return null;
    return map.get(p.managerId) ?? `${prefix}${p.managerId}`;
  };
  for (const { b, a } of pairs) {
    const mb = managerNode(b, bById, nodeOfBefore, 'b:');
    const ma = managerNode(a, aById, nodeOfAfter, 'a:');
    if (mb === ma && !b.holding && !a.holding) {
      nodeOfBefore.set(b.id, `m:${a.id}`);
      nodeOfAfter.set(a.id, `m:${a.id}`);
    }
  }
  for (const p of B) if (!nodeOfBefore.has(p.id)) nodeOfBefore.set(p.id, `b:${p.id}`);
  for (const p of A) if (!nodeOfAfter.has(p.id)) nodeOfAfter.set(p.id, `a:${p.id}`);

  const nodes = new Map<string, TreeNode>();
  const parentOf = (p: Post, byId: Map<Id, Post>, map: Map<Id, string>) => (p.managerId !== null && byId.has(p.managerId) ? map.get(p.managerId)! : null);
  for (const p of B) {
    const id = nodeOfBefore.get(p.id)!;
    const a = id.startsWith('m:') ? aById.get(id.slice(2))! : null;
    const key = `${sideKey(p, markB.get(p.id), ctx)}\u0003${sideKey(a, a ? markA.get(a.id) : null, ctx)}`;
    nodes.set(id, nodeOf(id, parentOf(p, bById, nodeOfBefore), p, a, key));
  }
  for (const p of A) {
    const id = nodeOfAfter.get(p.id)!;
    if (nodes.has(id)) continue;
    nodes.set(id, nodeOf(id, parentOf(p, aById, nodeOfAfter), null, p, `-\u0003${sideKey(p, markA.get(p.id), ctx)}`));
  }
  for (const p of B) nodes.get(nodeOfBefore.get(p.id)!)!.dotted.push(...p.dottedManagerIds.filter((d) => bById.has(d)).map((d) => nodeOfBefore.get(d)!));
  for (const p of A) {
    const n = nodes.get(nodeOfAfter.get(p.id)!)!;
    for (const d of p.dottedManagerIds) if (aById.has(d) && !n.dotted.includes(nodeOfAfter.get(d)!)) n.dotted.push(nodeOfAfter.get(d)!);
  }

  // Order: the current structure's order, each post only on the proposed side placed after the
  // post before it among its siblings there.
  const order: string[] = B.map((p) => nodeOfBefore.get(p.id)!);
  const position = new Map(order.map((id, i) => [id, i]));
  const inserts = new Map<string, string[]>();
  const leading: string[] = [];
  const prevSibling = new Map<Id, Id | null>();
  const lastUnder = new Map<Id | null, Id>();
  for (const p of A) {
    const key = p.managerId !== null && aById.has(p.managerId) ? p.managerId : null;
    prevSibling.set(p.id, lastUnder.get(key) ?? null);
    lastUnder.set(key, p.id);
  }
  for (const p of A) {
    const id = nodeOfAfter.get(p.id)!;
    if (position.has(id)) continue;
    // Right after the sibling it follows in the proposal (placed already, being earlier), else first.
    const prev = prevSibling.get(p.id) ?? null;
    if (prev === null) leading.push(id);
    else {
      const anchor = nodeOfAfter.get(prev)!;
      const list = inserts.get(anchor) ?? [];
      list.push(id);
      inserts.set(anchor, list);
    }
  }
  const final: string[] = [];
  const emit = (id: string) => {
    final.push(id);
    for (const x of inserts.get(id) ?? []) emit(x);
  };
  for (const id of leading) emit(id);
  for (const id of order) emit(id);
  return finish(nodes, final, { before: markB, after: markA });
}

/** The post a node shows on a side. */
export function postOn(n: TreeNode, side: Side): Post | null {
  return side === 'before' ? n.before : n.after;
}
