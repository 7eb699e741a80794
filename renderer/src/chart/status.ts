// What a card can show beyond its posts: a change status from comparing structures, ghosts of
// posts that are gone, and, in the split view, the counterparts of what is selected on the other
// side. The chart asks these selectors.
import type { Id } from '../../../shared/model/types';
import type { AppState } from '../store/types';

// Statuses and ghosts come from the comparison of structures (the compare views' selectors).
export { selectCardStatus, selectGhostPost, selectGhostPosts, selectMarks, type CardStatus } from '../components/compare/chartStatus';

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
