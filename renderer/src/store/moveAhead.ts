// A move shown before the file has stored it: the posts as the document will make them (the moved
// posts under their new manager, the manager's reports numbered afresh), worked out from the
// posts the renderer holds, so the chart can be redrawn while the file is written.
import { placeMoved } from '../../../shared/edits/reportingLines';
import type { Id, Post } from '../../../shared/model/types';

/**
 * The posts a move changes, as the document will store them, or null where the document would
 * refuse the move (a post or manager not in the structure, or a reporting loop).
 */
export function predictMove(
  posts: Record<Id, Post>,
  postIds: readonly Id[],
  managerId: Id | null,
  beforeId: Id | null | undefined,
  /** The manager's reports in their stored order, where already known (else they are looked for). */
  reportsOf: (managerId: Id) => readonly Post[] | undefined = () => undefined,
): Post[] | null {
  const moving: Post[] = [];
  for (const id of postIds) {
    const p = posts[id];
    if (!p) return null;
    moving.push(p);
  }
  if (moving.length === 0) return null;
  if (managerId !== null) {
    if (!posts[managerId]) return null;
    // The new manager, or any of its managers, being one of the moved posts would make a loop.
    const ids = new Set(postIds);
    const seen = new Set<Id>();
    for (let m: Id | null = managerId; m !== null && !seen.has(m); m = posts[m]?.managerId ?? null) {
      if (ids.has(m)) return null;
      seen.add(m);
    }
  }
  // The new manager's reports in their stored order (the order the file keeps them in).
  const siblings =
    (managerId !== null && posts[managerId]!.managerId !== managerId ? reportsOf(managerId) : undefined) ??
    Object.values(posts)
      .filter((p) => p.managerId === managerId)
      .sort((a, b) => a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Post[] = [];
  for (const place of placeMoved(siblings, moving, managerId, beforeId)) {
    const p = posts[place.id]!;
    if (place.moved ? p.managerId !== managerId || p.sortOrder !== place.sortOrder : p.sortOrder !== place.sortOrder) {
      out.push(place.moved ? { ...p, managerId, sortOrder: place.sortOrder } : { ...p, sortOrder: place.sortOrder });
    }
  }
  return out;
}

/** Two values read from the file (plain data: numbers, strings, arrays, objects) hold the same. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}
