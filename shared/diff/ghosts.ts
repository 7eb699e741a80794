// Deleted posts drawn as ghosts in the after structure's chart, where they were: under their old
// manager when it survives, under their old manager's ghost when it was deleted too (so a deleted
// branch keeps its shape), and otherwise under the nearest manager that survives.
import type { Id, Post } from '../model/types';
import type { StructureDiff } from './types';

/** A deleted post as the chart draws it: a post of the before structure, re-hung for the after chart. */
export type GhostPost = Post & { ghost: true };

export function ghostPosts(diff: StructureDiff): GhostPost[] {
  const deleted = new Set<Id>();
  for (const c of diff.changes) if (c.kind === 'deleted') deleted.add(c.before!.id);
  if (deleted.size === 0) return [];
  const out: GhostPost[] = [];
  for (const c of diff.changes) {
    if (c.kind !== 'deleted') continue;
    const b = c.before!;
    const managerId = b.managerId !== null && deleted.has(b.managerId) ? b.managerId : (c.ghostManagerId ?? null);
    out.push({ ...b, managerId, dottedManagerIds: [], ghost: true });
  }
  return out;
}
