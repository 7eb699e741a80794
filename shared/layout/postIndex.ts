// A structure's posts indexed for laying out its chart: where each post is, and each manager's
// reports in their stored order. A new version of the posts that changes only a few of them (a
// move, an edit) is indexed from the last version's index, touching only the managers concerned.
import type { Id } from '../model/types';
import type { LayoutPost, PostIndex } from './types';

export type { PostIndex };

/** Stored order: by sort order, then id, so equal sort orders still give one order. */
function byStoredOrder(posts: readonly LayoutPost[]): (a: number, b: number) => number {
  return (a, b) => {
    const pa = posts[a]!;
    const pb = posts[b]!;
    return pa.sortOrder - pb.sortOrder || (pa.id < pb.id ? -1 : pa.id > pb.id ? 1 : 0);
  };
}

const NO_KIDS: number[] = [];

/** Indexes `input` for buildCardForest; the list must not change while the index is used for it. */
export function indexPosts(input: readonly LayoutPost[]): PostIndex {
  // Only siblings need putting in order: sorting each manager's few reports is far quicker than
  // sorting the whole structure, and gives the same chart.
  const posts = input as LayoutPost[];
  const at = new Map<Id, number>();
  for (let i = 0; i < posts.length; i++) at.set(posts[i]!.id, i);
  // Most posts manage no one: they share one empty list, which is never added to.
  const managerAt = new Int32Array(posts.length);
  const counts = new Int32Array(posts.length);
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i]!;
    const m = p.managerId === null || p.managerId === p.id ? undefined : at.get(p.managerId);
    managerAt[i] = m === undefined ? -1 : m;
    if (m !== undefined) counts[m]!++;
  }
  const kids: number[][] = new Array<number[]>(posts.length);
  for (let i = 0; i < posts.length; i++) kids[i] = counts[i] ? [] : NO_KIDS;
  const roots: number[] = [];
  for (let i = 0; i < posts.length; i++) {
    const m = managerAt[i]!;
    if (m < 0) roots.push(i);
    else kids[m]!.push(i);
  }
  const order = byStoredOrder(posts);
  roots.sort(order);
  for (const list of kids) if (list.length > 1) list.sort(order);
  return { posts, at, kids, roots, order };
}

/**
 * The index of `prev`'s posts with `changed` put in place of the posts of the same ids, made from
 * `prev` without changing it: the posts keep their places, and only the reports of the managers a
 * changed post left, joined or moved within are listed again. Null when a changed post is not among
 * `prev`'s (a post added): index the new list afresh then. Lays out exactly as indexPosts of the
 * new list would.
 */
export function reindexPosts(prev: PostIndex, changed: readonly LayoutPost[]): PostIndex | null {
  const { at } = prev;
  const posts = prev.posts.slice();
  const managerOf = (p: LayoutPost): number => {
    const m = p.managerId === null || p.managerId === p.id ? undefined : at.get(p.managerId);
    return m === undefined ? -1 : m;
  };
  // Copies of the lists of reports that change (-1: the top posts), made at their first change.
  const lists = new Map<number, number[]>();
  const list = (m: number): number[] => {
    let l = lists.get(m);
    if (!l) {
      l = (m < 0 ? prev.roots : prev.kids[m]!).slice();
      lists.set(m, l);
    }
    return l;
  };
  for (const p of changed) {
    const i = at.get(p.id);
    if (i === undefined) return null;
    const was = posts[i]!;
    posts[i] = p;
    const from = managerOf(was);
    const to = managerOf(p);
    if (from !== to) {
      const old = list(from);
      const k = old.indexOf(i);
      if (k < 0) return null;
      old.splice(k, 1);
      list(to).push(i);
    } else if (was.sortOrder !== p.sortOrder) list(to);
  }
  const order = byStoredOrder(posts);
  const kids = lists.size ? prev.kids.slice() : prev.kids;
  let roots = prev.roots;
  for (const [m, l] of lists) {
    l.sort(order);
    if (m < 0) roots = l;
    else kids[m] = l.length ? l : NO_KIDS;
  }
  return { posts, at, kids, roots, order };
}
