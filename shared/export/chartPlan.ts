// Splitting a chart that is too big for one page into pages by branch. The first page shows the
// top of the structure; each branch it cannot show in full continues on a page of its own, and a
// manager with more reports than fit across a page continues across several. No page shrinks the
// cards below the scale at which their smallest text prints at the minimum size (6 pt unless asked).
import { CARD_MIN_TEXT } from '../chart/card';
import { MARKER_ABOVE, MARKER_BELOW } from '../chart/drawChart';
import { MIN_PRINT_TEXT } from '../chart/scene';
import type { ChartLayout, LayoutOptions } from '../layout/types';
import type { Id, Post } from '../model/types';

export type LayoutFn = (posts: readonly Post[], options: LayoutOptions) => ChartLayout;

export interface PlanArea {
  w: number;
  h: number;
}

export interface PagePlan {
  /** Posts at the top of the page: one manager, or the structure's top posts. */
  rootIds: Id[];
  /** The page shows only these reports of its single root (a wide team split across pages). */
  childIds: Id[] | null;
  /** Which part of a split team this is, counting from 1, and how many parts there are. */
  part: { index: number; of: number } | null;
  layout: ChartLayout;
  scale: number;
  /** Posts whose branches continue on another page, with the posts hidden below each. */
  collapsed: Map<Id, number>;
  /** Index of the page this one continues from. */
  fromIndex: number | null;
  /** Page index of the branch of each collapsed post. */
  continuesOn: Map<Id, number>;
}

/** Cards may be drawn this much larger than layout size, no more: a small chart stays in proportion. */
export const MAX_SCALE = 1.25;
/** The smallest scale at which every text on a card is still at least 6 pt. */
export const MIN_SCALE = MIN_PRINT_TEXT / CARD_MIN_TEXT;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function layoutBounds(layout: ChartLayout): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of layout.cards) {
    minX = Math.min(minX, c.x);
    minY = Math.min(minY, c.y);
    maxX = Math.max(maxX, c.x + c.width);
    maxY = Math.max(maxY, c.y + c.height);
  }
  for (const e of layout.edges) {
    for (const p of e.points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
  }
  if (minX === Infinity) return { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  return { minX, minY, maxX, maxY };
}

/** Room a page's chart needs beyond its cards: the "continued" markers above and below. */
export function paddedSize(layout: ChartLayout, continued: boolean): { w: number; h: number } {
  const b = layoutBounds(layout);
  return { w: b.maxX - b.minX, h: b.maxY - b.minY + (continued ? MARKER_ABOVE : 0) + MARKER_BELOW + 2 };
}

export function fitScale(layout: ChartLayout, area: PlanArea, continued: boolean): number {
  const { w, h } = paddedSize(layout, continued);
  return Math.min(MAX_SCALE, w > 0 ? area.w / w : MAX_SCALE, h > 0 ? area.h / h : MAX_SCALE);
}

interface Tree {
  byId: Map<Id, Post>;
  children: Map<Id | null, Post[]>;
  /** Posts in the branch below each post (not counting it). */
  size: Map<Id, number>;
}

function buildTree(posts: readonly Post[]): Tree {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const children = new Map<Id | null, Post[]>();
  const sorted = [...posts].sort((a, b) => a.sortOrder - b.sortOrder);
  const reachable = new Set<Id>();
  for (const p of sorted) {
    const key = p.managerId !== null && byId.has(p.managerId) ? p.managerId : null;
    const list = children.get(key) ?? [];
    list.push(p);
    children.set(key, list);
  }
  // Posts caught in a reporting loop never reach the top: print them as top posts rather than lose them.
  const stack = [...(children.get(null) ?? [])];
  while (stack.length) {
    const p = stack.pop()!;
    if (reachable.has(p.id)) continue;
    reachable.add(p.id);
    stack.push(...(children.get(p.id) ?? []));
  }
  for (const p of sorted) {
    if (reachable.has(p.id)) continue;
    const key = p.managerId;
    const list = children.get(key);
    if (list) children.set(key, list.filter((x) => x.id !== p.id));
    children.set(null, [...(children.get(null) ?? []), p]);
    const sub = [p];
    while (sub.length) {
      const q = sub.pop()!;
      if (reachable.has(q.id)) continue;
      reachable.add(q.id);
      sub.push(...(children.get(q.id) ?? []));
    }
  }
  const size = new Map<Id, number>();
  const count = (id: Id): number => {
    const known = size.get(id);
    if (known !== undefined) return known;
    // Iterative post-order, so a very deep structure cannot overflow the stack.
    const order: Id[] = [];
    const st = [id];
    while (st.length) {
      const cur = st.pop()!;
      order.push(cur);
      for (const c of children.get(cur) ?? []) if (!size.has(c.id)) st.push(c.id);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const cur = order[i]!;
      if (size.has(cur)) continue;
      size.set(cur, (children.get(cur) ?? []).reduce((s, c) => s + 1 + (size.get(c.id) ?? 0), 0));
    }
    return size.get(id)!;
  };
  for (const p of posts) count(p.id);
  return { byId, children, size };
}

interface Cut {
  visible: { post: Post; depth: number }[];
  collapsed: Set<Id>;
  layout: ChartLayout;
}

interface Branch {
  rootIds: Id[];
  childIds: Id[] | null;
  part: PagePlan['part'];
  fromIndex: number | null;
}

/** Posts of a branch with their depth below its top, breadth first. */
function branchPosts(tree: Tree, b: Branch): { post: Post; depth: number }[] {
  const out: { post: Post; depth: number }[] = [];
  const queue: { post: Post; depth: number }[] = [];
  for (const id of b.rootIds) {
    const p = tree.byId.get(id);
    if (p) queue.push({ post: p, depth: 0 });
  }
  const only = b.childIds ? new Set(b.childIds) : null;
  for (let i = 0; i < queue.length; i++) {
    const item = queue[i]!;
    out.push(item);
    for (const c of tree.children.get(item.post.id) ?? []) {
      if (item.depth === 0 && only && !only.has(c.id)) continue;
      queue.push({ post: c, depth: item.depth + 1 });
    }
  }
  return out;
}

/** Orders a manager's reports for splitting: assistants stay with the first part. */
function reportsInOrder(tree: Tree, id: Id, only: Id[] | null): Post[] {
  const kids = (tree.children.get(id) ?? []).filter((c) => !only || only.includes(c.id));
  return [...kids.filter((c) => c.isAssistant), ...kids.filter((c) => !c.isAssistant)];
}

export function planChart(posts: readonly Post[], layoutFn: LayoutFn, base: LayoutOptions, area: PlanArea, minScale: number = MIN_SCALE): PagePlan[] {
  const tree = buildTree(posts);
  const plans: PagePlan[] = [];
  const tops = (tree.children.get(null) ?? []).map((p) => p.id);
  if (tops.length === 0) {
    plans.push({ rootIds: [], childIds: null, part: null, layout: layoutFn([], base), scale: 1, collapsed: new Map(), fromIndex: null, continuesOn: new Map() });
    return plans;
  }

  const layoutWith = (visible: { post: Post }[], collapsed: Set<Id>) =>
    layoutFn(
      visible.map((v) => v.post),
      { ...base, collapsed: new Set([...base.collapsed, ...collapsed]) },
    );

  // Depth-first, so a branch's own continuation pages follow it directly.
  const stack: Branch[] = [{ rootIds: tops, childIds: null, part: null, fromIndex: null }];
  while (stack.length) {
    const b = stack.pop()!;
    const all = branchPosts(tree, b);
    const continued = b.fromIndex !== null || (b.part !== null && b.part.index > 1);
    const accept = (visible: { post: Post; depth: number }[], collapsed: Set<Id>, layout: ChartLayout) => {
      const index = plans.length;
      const plan: PagePlan = {
        rootIds: b.rootIds,
        childIds: b.childIds,
        part: b.part,
        layout,
        scale: Math.max(minScale, fitScale(layout, area, continued)),
        collapsed: new Map([...collapsed].map((id) => [id, tree.size.get(id) ?? 0])),
        fromIndex: b.fromIndex,
        continuesOn: new Map(),
      };
      plans.push(plan);
      const order = visible.filter((v) => collapsed.has(v.post.id)).map((v) => v.post.id);
      // Small branches continued from this page share a page, side by side, where they fit at this
      // page's scale: a page each for a handful of posts would leave most of the paper blank.
      const groups: Id[][] = [];
      let group: Id[] = [];
      for (const id of order) {
        const candidate = [...group, id];
        if (group.length && fitScale(layoutWith(branchPosts(tree, { rootIds: candidate, childIds: null, part: null, fromIndex: null }), new Set()), area, true) >= plan.scale) group = candidate;
        else {
          if (group.length) groups.push(group);
          group = [id];
        }
      }
      if (group.length) groups.push(group);
      for (let i = groups.length - 1; i >= 0; i--) stack.push({ rootIds: groups[i]!, childIds: null, part: null, fromIndex: index });
    };
    const fits = (layout: ChartLayout) => fitScale(layout, area, continued) >= minScale;

    const maxDepth = all.reduce((m, v) => Math.max(m, v.depth), 0);
    const full = layoutWith(all, new Set());
    if (fits(full)) {
      accept(all, new Set(), full);
      continue;
    }
    // The deepest cut at which the page still fits.
    let chosen: Cut | null = null;
    for (let d = 1; d < maxDepth; d++) {
      const visible = all.filter((v) => v.depth <= d);
      const collapsed = new Set(visible.filter((v) => v.depth === d && (tree.children.get(v.post.id)?.length ?? 0) > 0).map((v) => v.post.id));
      const layout = layoutWith(visible, collapsed);
      if (!fits(layout)) break;
      chosen = { visible, collapsed, layout };
    }
    if (chosen) {
      // Bring small branches back onto the page where they still fit, smallest first, so a
      // three-person team does not get a page of its own.
      let best: Cut = chosen;
      const candidates = [...best.collapsed].sort((a, c) => (tree.size.get(a) ?? 0) - (tree.size.get(c) ?? 0));
      for (const id of candidates) {
        const extra = branchPosts(tree, { rootIds: [id], childIds: null, part: null, fromIndex: null }).slice(1);
        const visible = [...best.visible, ...extra];
        const collapsed = new Set(best.collapsed);
        collapsed.delete(id);
        const layout = layoutWith(visible, collapsed);
        if (fits(layout)) best = { visible, collapsed, layout };
      }
      accept(best.visible, best.collapsed, best.layout);
      continue;
    }
    // Not even the top posts and their direct reports fit across the page: split them. Several
    // top posts are split into groups of whole top posts (each with its reports, cut below); one
    // top post's reports are split into parts under it.
    const single = b.rootIds.length === 1 ? b.rootIds[0]! : null;
    const members = single ? reportsInOrder(tree, single, b.childIds).map((p) => p.id) : b.rootIds;
    const cutAtOne = (sub: Branch) => {
      const visible = branchPosts(tree, sub).filter((v) => v.depth <= 1);
      const collapsed = new Set(visible.filter((v) => v.depth === 1 && (tree.children.get(v.post.id)?.length ?? 0) > 0).map((v) => v.post.id));
      return { visible, collapsed };
    };
    // Several tops failed the cut together, so they always make at least two parts.
    const chunks = members.length <= 1 ? [members] : splitMembers(
      members,
      (chunk) => {
        const { visible, collapsed } = cutAtOne(single ? { ...b, childIds: chunk } : { ...b, rootIds: chunk });
        // As a later part, with room for its "continued" line: a part that fits is never split again.
        return fitScale(layoutWith(visible, collapsed), area, true) >= minScale;
      },
      single ? members.length : members.length - 1,
    );
    if (chunks.length <= 1) {
      // Nothing left to split (a page narrower than two cards): print the top and its reports at
      // the smallest scale allowed. Pushing the same branch back would never end.
      const { visible, collapsed } = cutAtOne(b);
      accept(visible, collapsed, layoutWith(visible, collapsed));
      continue;
    }
    for (let i = chunks.length - 1; i >= 0; i--) {
      const part = { index: i + 1, of: chunks.length };
      stack.push(single ? { rootIds: [single], childIds: chunks[i]!, part, fromIndex: b.fromIndex } : { rootIds: chunks[i]!, childIds: null, part, fromIndex: b.fromIndex });
    }
  }
  // Each collapsed post's branch is the first later page whose top is that post, continued from here.
  const startsFrom = new Map<string, number>();
  plans.forEach((p, i) => {
    if (p.fromIndex === null) return;
    for (const id of p.rootIds) if (!startsFrom.has(`${p.fromIndex}\u0001${id}`)) startsFrom.set(`${p.fromIndex}\u0001${id}`, i);
  });
  plans.forEach((plan, index) => {
    for (const id of plan.collapsed.keys()) {
      const target = startsFrom.get(`${index}\u0001${id}`);
      if (target !== undefined) plan.continuesOn.set(id, target);
    }
  });
  return plans;
}

/** Splits members into consecutive parts of (nearly) equal size, as few as fit. */
function splitMembers(members: Id[], fitsChunk: (chunk: Id[]) => boolean, most = members.length): Id[][] {
  // The largest part that fits, found by halving, then parts of even size so the last is not a stub.
  let lo = 1;
  let hi = Math.max(1, most);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fitsChunk(members.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const parts = Math.ceil(members.length / lo);
  const size = Math.ceil(members.length / parts);
  const even: Id[][] = [];
  for (let i = 0; i < members.length; i += size) even.push(members.slice(i, i + size));
  // Whether a part fits is not quite monotonic (a team of leaves stacks, a mix does not): halve any
  // part that does not fit, so no part is split again later and "part n of N" stays true.
  const out: Id[][] = [];
  const todo = even.reverse();
  while (todo.length) {
    const chunk = todo.pop()!;
    if (chunk.length <= 1 || fitsChunk(chunk)) out.push(chunk);
    else {
      const half = Math.ceil(chunk.length / 2);
      todo.push(chunk.slice(half), chunk.slice(0, half));
    }
  }
  return out;
}
