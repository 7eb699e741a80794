// What a card can show beyond its posts: a change status from comparing structures, ghosts of
// posts that are gone, and, in the split view, the counterparts of what is selected on the other
// side. The chart asks these selectors.
import type { Id } from '../../../shared/model/types';
import type { AppState } from '../store/types';

// Statuses and ghosts come from the comparison of structures (the compare views' selectors).
export { selectCardStatus, selectGhostPost, selectGhostPosts, selectMarks, type CardStatus } from '../components/compare/chartStatus';

const EMPTY: ReadonlySet<Id> = new Set();
/** The last answer for each structure's posts, kept with them: the two sides of a split view each keep theirs. */
const cache = new WeakMap<object, { selection: readonly Id[]; active: object; result: ReadonlySet<Id> }>();

/**
 * In the split view, the posts of `structureId` that are the same posts (same lineage) as the ones
 * selected in the other structure.
 */
export function selectCounterparts(s: AppState, structureId: Id): ReadonlySet<Id> {
  if (!s.splitView || s.activeStructureId === structureId || s.selection.length === 0 || !s.activeStructureId) return EMPTY;
  const active = s.structures[s.activeStructureId]?.posts;
  const here = s.structures[structureId]?.posts;
  if (!active || !here) return EMPTY;
  const last = cache.get(here);
  if (last && last.selection === s.selection && last.active === active) return last.result;
  const lineages = new Set(s.selection.map((id) => active[id]?.lineageId).filter((l): l is Id => l !== undefined));
  const result = new Set<Id>();
  for (const p of Object.values(here)) if (lineages.has(p.lineageId)) result.add(p.id);
  cache.set(here, { selection: s.selection, active, result });
  return result;
}
