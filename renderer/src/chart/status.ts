// What a card can show beyond its posts: a change status from comparing structures, ghosts of
// posts that are gone, and, in the split view, the counterparts of what is selected on the other
// side. The chart asks these selectors; a comparison of structures is what supplies statuses and
// ghosts, so until one does they return nothing and every card is drawn as it is.
import type { LayoutPost } from '../../../shared/layout/types';
import type { ChangeKind } from '../../../shared/diff/types';
import type { Id } from '../../../shared/model/types';
import type { AppState } from '../store/types';

export interface CardStatus {
  kind: ChangeKind;
  /** Words on the card, legible in black-and-white print ("New", "Deleted", "Redesignated"...). */
  label: string;
}

export function selectCardStatus(_s: AppState, _structureId: Id, _postIds: readonly Id[]): CardStatus | null {
  return null;
}

const NO_GHOSTS: readonly LayoutPost[] = [];

/** Posts to draw as ghosts in a structure's chart, where they used to be. */
export function selectGhostPosts(_s: AppState, _structureId: Id): readonly LayoutPost[] {
  return NO_GHOSTS;
}

const EMPTY: ReadonlySet<Id> = new Set();
let cache: { key: string; selection: readonly Id[]; posts: object; result: ReadonlySet<Id> } | null = null;

/**
 * In the split view, the posts of `structureId` that are the same posts (same lineage) as the ones
 * selected in the other structure.
 */
export function selectCounterparts(s: AppState, structureId: Id): ReadonlySet<Id> {
  if (!s.splitView || s.activeStructureId === structureId || s.selection.length === 0 || !s.activeStructureId) return EMPTY;
  const active = s.structures[s.activeStructureId]?.posts;
  const here = s.structures[structureId]?.posts;
  if (!active || !here) return EMPTY;
  if (cache && cache.key === structureId && cache.selection === s.selection && cache.posts === here) return cache.result;
  const lineages = new Set(s.selection.map((id) => active[id]?.lineageId).filter((l): l is Id => l !== undefined));
  const result = new Set<Id>();
  for (const p of Object.values(here)) if (lineages.has(p.lineageId)) result.add(p.id);
  cache = { key: structureId, selection: s.selection, posts: here, result };
  return result;
}
