// Rules of reporting lines: no loops, where reports go when their manager is deleted, and the
// order of a manager's reports after a move.
import { childrenMap, descendants, managerMap, type ManagerOf } from '../model/tree';
import type { Id, Post } from '../model/types';
import { accepted, quote, refuse, refused, type Checked, type Refusal } from './refusal';

/** Who reports to whom, and in what order: all the rules below read of a structure. */
export type PostLink = Pick<Post, 'id' | 'managerId' | 'sortOrder'>;

/** A post and every manager above it, nearest first; stops if the data loops. */
export function managerChain(managerOf: ManagerOf, postId: Id): Id[] {
  const chain: Id[] = [];
  const seen = new Set<Id>();
  for (let cur: Id | null | undefined = postId; cur != null && !seen.has(cur); cur = managerOf.get(cur)) {
    seen.add(cur);
    chain.push(cur);
  }
  return chain;
}

/**
 * Refuses giving `moving` the manager `manager` when a loop would follow: a moved post is the new
 * manager or above it. `chain` is the new manager and the managers above it, nearest first, so
 * only that line is read, whatever the size of the structure.
 */
export function checkNoLoop(moving: readonly Pick<Post, 'id' | 'title'>[], manager: Pick<Post, 'id' | 'title'> | null, chain: readonly Id[]): Refusal | null {
  if (!manager) return null;
  const above = new Set(chain);
  const moved = moving.find((p) => above.has(p.id));
  if (!moved) return null;
  const message =
    moved.id === manager.id
      ? `${quote(moved.title)} cannot report to itself.`
      : `${quote(moved.title)} cannot report to ${quote(manager.title)}, because ${quote(manager.title)} already reports to it` +
        ` (directly or through other posts). Nothing was changed.`;
  return refuse('cycle', message, { postId: moved.id, managerId: manager.id });
}

/**
 * Every loop in reporting lines, once each: the walk goes from each of `starts` up through
 * `managerOf` (null or undefined: the top, or a post outside the walk) and a loop's members are
 * listed from the first one met. Loops are found in the order of `starts`.
 */
export function reportingLoops<K>(starts: Iterable<K>, managerOf: (key: K) => K | null | undefined): K[][] {
  const done = new Set<K>();
  const loops: K[][] = [];
  // One path and its set, emptied for each start: a structure of tens of thousands of posts makes
  // none per post.
  const path: K[] = [];
  const onPath = new Set<K>();
  for (const start of starts) {
    if (done.has(start)) continue;
    path.length = 0;
    onPath.clear();
    for (let cur: K | null | undefined = start; cur != null && !done.has(cur); cur = managerOf(cur)) {
      if (onPath.has(cur)) {
        loops.push(path.slice(path.indexOf(cur)));
        break;
      }
      onPath.add(cur);
      path.push(cur);
    }
    for (const k of path) done.add(k);
  }
  return loops;
}

/** Posts caught in a reporting loop (not those merely reporting into one). */
export function postsInCycles(managerOf: ManagerOf): Set<Id> {
  return new Set(reportingLoops(managerOf.keys(), (id) => managerOf.get(id)).flat());
}

/**
 * Refuses posts written together (a structure read from a file) whose reporting lines loop, in the
 * words of the move that would make that loop: the first post of the first loop cannot report to
 * its manager. Posts whose manager is not among them are taken to be at the top.
 */
export function checkNoLoops(posts: readonly Pick<Post, 'id' | 'title' | 'managerId'>[]): Refusal | null {
  const managerOf = managerMap(posts);
  const [loop] = reportingLoops(managerOf.keys(), (id) => managerOf.get(id));
  if (!loop) return null;
  const byId = new Map(posts.map((p) => [p.id, p]));
  const post = byId.get(loop[0]!)!;
  const manager = byId.get(post.managerId!)!;
  return checkNoLoop([post], manager, managerChain(managerOf, manager.id));
}

/** A post cannot have a dotted line to itself. */
export function checkDottedNotSelf(post: Pick<Post, 'id' | 'title'>, dottedManagerIds: readonly Id[] | undefined): Refusal | null {
  return dottedManagerIds?.includes(post.id) ? refuse('cycle', `${quote(post.title)} cannot have a dotted line to itself.`, { postId: post.id }) : null;
}

/** Posts edited together must all be in one structure. */
export function checkOneStructure(posts: readonly Pick<Post, 'structureId'>[], verb: 'deleted' | 'moved'): Refusal | null {
  const first = posts[0]?.structureId;
  return posts.some((p) => p.structureId !== first) ? refuse('invalid-argument', `Posts from different structures cannot be ${verb} together.`) : null;
}

/** A post's new place among its manager's reports. */
export interface Placement {
  id: Id;
  managerId: Id | null;
  sortOrder: number;
}

export interface DeletePlan {
  /** The deleted posts: those asked for, then (deleting branches) the posts below them. */
  removed: Id[];
  /** Reports of deleted posts, each at the end of its nearest surviving manager's reports, in turn. */
  moved: Placement[];
}

/**
 * Deleting posts: either their whole branches go, or their reports move up to the nearest manager
 * that survives, each placed after that manager's other reports.
 */
export function planDelete(links: readonly PostLink[], posts: readonly Pick<Post, 'id' | 'structureId'>[], reports: 'reassign' | 'delete-branch'): Checked<DeletePlan> {
  const mixed = checkOneStructure(posts, 'deleted');
  if (mixed) return refused(mixed);
  const doomed = new Set(posts.map((p) => p.id));
  const moved: Placement[] = [];
  if (reports === 'delete-branch') {
    const children = childrenMap(links);
    for (const p of posts) for (const d of descendants(children, p.id)) doomed.add(d);
  } else {
    const managerOf = managerMap(links);
    const survivingManager = (id: Id): Id | null => {
      let m = managerOf.get(id) ?? null;
      const seen = new Set<Id>();
      while (m !== null && doomed.has(m) && !seen.has(m)) {
        seen.add(m);
        m = managerOf.get(m) ?? null;
      }
      return m !== null && doomed.has(m) ? null : m;
    };
    // The highest place among each manager's reports so far (null: the top of the structure).
    const last = new Map<Id | null, number>();
    for (const l of links) last.set(l.managerId, Math.max(last.get(l.managerId) ?? -1, l.sortOrder));
    for (const p of links) {
      if (doomed.has(p.id) || p.managerId === null || !doomed.has(p.managerId)) continue;
      const to = survivingManager(p.id);
      const sortOrder = (last.get(to) ?? -1) + 1;
      last.set(to, sortOrder);
      moved.push({ id: p.id, managerId: to, sortOrder });
    }
  }
  return accepted({ removed: [...doomed], moved });
}

/** The undo label of a deletion. */
export function deleteLabel(asked: readonly Pick<Post, 'title'>[], removed: number): string {
  const extra = removed - asked.length;
  if (asked.length === 1)
    return extra > 0 ? `Delete ${quote(asked[0]!.title)} and ${extra} post${extra === 1 ? '' : 's'} below it` : `Delete ${quote(asked[0]!.title)}`;
  return `Delete ${removed} posts`;
}

/**
 * The order of a manager's reports after moving posts to it: the moved posts, in the order given,
 * go before `beforeId` (or at the end). Every report is numbered afresh from 0.
 */
export function placeMoved(siblings: readonly Pick<Post, 'id'>[], moving: readonly Pick<Post, 'id'>[], managerId: Id | null, beforeId: Id | null | undefined): (Placement & { moved: boolean })[] {
  const movedSet = new Set(moving.map((p) => p.id));
  const staying = siblings.filter((p) => !movedSet.has(p.id));
  const at = beforeId ? staying.findIndex((s) => s.id === beforeId) : -1;
  const ordered = at >= 0 ? [...staying.slice(0, at), ...moving, ...staying.slice(at)] : [...staying, ...moving];
  return ordered.map((p, i) => ({ id: p.id, managerId, sortOrder: i, moved: movedSet.has(p.id) }));
}

/** The undo label of a move. */
export function moveLabel(moving: readonly Pick<Post, 'title'>[], manager: Pick<Post, 'title'> | null): string {
  const target = manager ? quote(manager.title) : 'the top of the structure';
  return moving.length === 1 ? `Move ${quote(moving[0]!.title)} to ${target}` : `Move ${moving.length} posts to ${target}`;
}
