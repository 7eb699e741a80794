// Reporting-line helpers over a flat list of posts: who reports to whom, branches.
import type { Id, Post } from './types';

export type ManagerOf = ReadonlyMap<Id, Id | null>;

export function managerMap(posts: readonly Pick<Post, 'id' | 'managerId'>[]): Map<Id, Id | null> {
  return new Map(posts.map((p) => [p.id, p.managerId]));
}

export function childrenMap(posts: readonly Pick<Post, 'id' | 'managerId' | 'sortOrder'>[]): Map<Id | null, Id[]> {
  const sorted = [...posts].sort((a, b) => a.sortOrder - b.sortOrder);
  const ids = new Set(posts.map((p) => p.id));
  const map = new Map<Id | null, Id[]>();
  for (const p of sorted) {
    const key = p.managerId !== null && ids.has(p.managerId) ? p.managerId : null;
    const list = map.get(key);
    if (list) list.push(p.id);
    else map.set(key, [p.id]);
  }
  return map;
}

/** Every post below `rootId` (not including it), depth first. */
export function descendants(children: ReadonlyMap<Id | null, readonly Id[]>, rootId: Id): Id[] {
  const out: Id[] = [];
  const stack = [...(children.get(rootId) ?? [])].reverse();
  const seen = new Set<Id>([rootId]);
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    const kids = children.get(id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

