// One branch of a structure for printing: a post and everyone below it, with the posts above it
// named as a path ("Chief Executive › Director of Resources") for the title block.
import type { Id, Post } from '../model/types';

export interface Branch {
  /** The branch's posts, its head first; the head is printed as a top post. */
  posts: Post[];
  /** Titles of the posts above the head, from the top down. */
  above: string[];
}

/** Each manager's direct reports. */
export function reportsByManager(posts: readonly Post[]): Map<Id, Post[]> {
  const kids = new Map<Id, Post[]>();
  for (const p of posts) {
    if (p.managerId === null) continue;
    const list = kids.get(p.managerId);
    if (list) list.push(p);
    else kids.set(p.managerId, [p]);
  }
  return kids;
}

/** Everyone below a post (not the post itself), each once even where the lines loop. */
export function postsBelow(kids: ReadonlyMap<Id, readonly Post[]>, headId: Id): Post[] {
  const out: Post[] = [];
  const seen = new Set<Id>([headId]);
  const stack = [...(kids.get(headId) ?? [])];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push(p);
    stack.push(...(kids.get(p.id) ?? []));
  }
  return out;
}

/** The branch below `headId`, or null when the post is not in `posts`. */
export function branchOf(posts: readonly Post[], headId: Id): Branch | null {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const head = byId.get(headId);
  if (!head) return null;
  const out: Post[] = [{ ...head, managerId: null }, ...postsBelow(reportsByManager(posts), head.id)];
  const above: string[] = [];
  const visited = new Set<Id>([head.id]);
  for (let m = head.managerId; m !== null && byId.has(m) && !visited.has(m); m = byId.get(m)!.managerId) {
    visited.add(m);
    above.unshift(byId.get(m)!.title);
  }
  return { posts: out, above };
}

/** The same branch in another structure: below the post of the same lineage, if there is one. */
export function matchingBranch(posts: readonly Post[], head: Post): Branch | null {
  const same = posts.find((p) => p.lineageId === head.lineageId);
  return same ? branchOf(posts, same.id) : null;
}
