// Comparing two structures: which two, which view (the changes or the cost summary), how the
// changes table is filtered and sorted, which figure is being traced, and revealing a post in
// its structure from the comparison.
import type { Id } from '../../../shared/model/types';
import type { SliceCreator } from './types';
import type { WorkspaceView, CompareTab, ChangeSortKey, CompareState, PeopleRef, TraceRequest, CompareSlice } from './state/compare';
import { firstStructure } from '../../../shared/model/structureStatus';

export type { WorkspaceView, CompareTab, ChangeSortKey, CompareState, PeopleRef, TraceRequest, CompareSlice };

const INITIAL: CompareState = {
  fromId: null,
  toId: null,
  tab: 'changes',
  kinds: null,
  team: '',
  sort: { key: 'kind', dir: 'asc' },
  optionIds: null,
  optionsHidden: [],
};

export const createCompareSlice: SliceCreator<CompareSlice> = (set, get) => ({
  view: 'structure',
  compare: INITIAL,
  trace: null,
  reveal: null,
  chartChanges: true,
  showGhosts: true,
  comparisonsDone: 0,

  comparisonDone() {
    set((s) => ({ comparisonsDone: s.comparisonsDone + 1 }));
  },

  setChartChanges(on) {
    set({ chartChanges: on });
  },

  setShowGhosts(on) {
    set({ showGhosts: on });
  },

  async openCompare(fromId, toId) {
    const doc = get().doc;
    if (!doc) return;
    const current = firstStructure(doc.structures);
    const active = doc.structures.find((s) => s.id === get().activeStructureId);
    const was = get().compare;
    const alive = (id: Id | null | undefined) => (id && doc.structures.some((s) => s.id === id) ? id : null);
    // Compare the proposal in front of the user with Current, unless told otherwise.
    const to =
      alive(toId) ??
      (active?.kind === 'proposal' ? active.id : null) ??
      alive(was.toId) ??
      doc.structures.find((s) => s.kind === 'proposal')?.id ??
      current?.id ??
      null;
    const from = alive(fromId) ?? (alive(was.fromId) !== to ? alive(was.fromId) : null) ?? current?.id ?? null;
    set({ view: 'compare', compare: { ...was, fromId: from, toId: to }, trace: null });
    await Promise.all([from, to].filter((id): id is Id => !!id && !get().structures[id]).map((id) => get().loadStructure(id)));
  },

  closeCompare() {
    set({ view: 'structure', trace: null });
  },

  setCompare(patch) {
    set((s) => ({ compare: { ...s.compare, ...patch } }));
    for (const id of [patch.fromId, patch.toId]) if (id && !get().structures[id]) void get().loadStructure(id);
  },

  traceFigure(request) {
    set({ trace: request });
  },

  async decideMatches(decisions) {
    return (await get().edit('decideMatches', { decisions })) !== null;
  },

  async setImplementationDate(structureId, date) {
    return (await get().edit('updateStructure', { structureId, patch: { implementationDate: date } })) !== null;
  },

  async showInStructure(structureId, postId) {
    set({ view: 'structure', trace: null });
    await get().setActiveStructure(structureId);
    // The chart unfolds any branch hiding the post and brings its card into view (selecting it);
    // the table of posts follows `reveal`.
    get().revealPost(structureId, postId);
    set({ reveal: { postId, seq: (get().reveal?.seq ?? 0) + 1 } });
  },
});
