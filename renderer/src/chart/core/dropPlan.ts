// What dropping cards onto a card means. The middle of a card makes it the new manager; its left
// or right edge places the dropped posts beside it, before or after it among its manager's reports.
import type { LayoutCard } from '../../../../shared/layout/types';
import { checkNoLoop, managerChain } from '../../../../shared/edits/reportingLines';
import { childrenMap, managerMap } from '../../../../shared/model/tree';
import type { Id, Post } from '../../../../shared/model/types';
import type { DropZone } from './types';

/** How much of a card's width at each side means "beside" rather than "under". */
const EDGE_SHARE = 0.22;

export function zoneAt(card: LayoutCard, x: number, allowBeside: boolean): DropZone {
  if (!allowBeside) return 'under';
  const f = (x - card.x) / card.width;
  return f < EDGE_SHARE ? 'before' : f > 1 - EDGE_SHARE ? 'after' : 'under';
}

export interface MovePlan {
  managerId: Id | null;
  beforeId: Id | null;
  /** The post whose card should stay where it is on screen. */
  anchorPostId: Id;
  /** Why the move cannot be made, or null. `cycle` refusals (the document's own words) are left to the document to refuse. */
  refusal: string | null;
  cycle: boolean;
}

const managersCache = new WeakMap<Record<Id, Post>, Map<Id, Id | null>>();

/** Who reports to whom, worked out once per version of the posts (a drag asks on every move). */
function managersOf(posts: Record<Id, Post>): Map<Id, Id | null> {
  let m = managersCache.get(posts);
  if (!m) {
    m = managerMap(Object.values(posts));
    managersCache.set(posts, m);
  }
  return m;
}

const childrenCache = new WeakMap<Record<Id, Post>, Map<Id | null, Id[]>>();

function reportsOf(posts: Record<Id, Post>): Map<Id | null, Id[]> {
  let m = childrenCache.get(posts);
  if (!m) {
    m = childrenMap(Object.values(posts));
    childrenCache.set(posts, m);
  }
  return m;
}

/** The loop giving `moving` the manager `managerId` would make, by the document's own rule, or null. */
function loopOf(posts: Record<Id, Post>, moving: readonly Id[], managerId: Id) {
  const movers = moving.map((id) => posts[id] ?? { id, title: 'A dropped post' });
  return checkNoLoop(movers, posts[managerId] ?? { id: managerId, title: 'that post' }, managerChain(managersOf(posts), managerId));
}

/** The move a drop stands for, or null when it would change nothing. */
export function planMove(posts: Record<Id, Post>, moving: readonly Id[], target: LayoutCard, zone: DropZone): MovePlan | null {
  const movingSet = new Set(moving);
  const first = posts[target.postIds[0]!];
  if (!first) return null;
  if (zone === 'under') {
    if (target.postIds.some((id) => movingSet.has(id))) return null;
    if (target.kind === 'group') {
      return {
        managerId: null,
        beforeId: null,
        anchorPostId: first.id,
        refusal: `This card stands for ${target.postIds.length} posts. Drop onto a single post to make it the manager, or show the posts separately first.`,
        cycle: false,
      };
    }
    if (moving.every((id) => posts[id]?.managerId === first.id)) return null;
    const loop = loopOf(posts, moving, first.id);
    return { managerId: first.id, beforeId: null, anchorPostId: first.id, refusal: loop?.message ?? null, cycle: loop !== null };
  }
  if (target.postIds.every((id) => movingSet.has(id))) return null;
  const managerId = first.managerId;
  const siblings = (reportsOf(posts).get(managerId) ?? []).filter((id) => !movingSet.has(id));
  let beforeId: Id | null;
  if (zone === 'before') beforeId = target.postIds.find((id) => !movingSet.has(id)) ?? null;
  else {
    const members = new Set(target.postIds);
    const lastAt = siblings.reduce((at, id, i) => (members.has(id) ? i : at), -1);
    beforeId = siblings[lastAt + 1] ?? null;
  }
  const loop = managerId === null ? null : loopOf(posts, moving, managerId);
  return { managerId, beforeId, anchorPostId: managerId ?? first.id, refusal: loop?.message ?? null, cycle: loop !== null };
}
