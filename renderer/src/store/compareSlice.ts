// Comparing two structures: which two, which view (the changes or the cost summary), how the
// changes table is filtered and sorted, which figure is being traced, and revealing a post in
// its structure from the comparison.
import type { MatchDecisionInput } from '../../../shared/api/schemas';
import type { FigureRef } from '../../../shared/costing/trace';
import type { ChangeKind } from '../../../shared/diff/types';
import type { Id } from '../../../shared/model/types';
import type { SliceCreator } from './types';

export type WorkspaceView = 'structure' | 'compare';
export type CompareTab = 'changes' | 'costs';
export type ChangeSortKey = 'kind' | 'title' | 'ref' | 'grade' | 'fte' | 'team' | 'costBefore' | 'costAfter' | 'costChange';

export interface CompareState {
  fromId: Id | null;
  toId: Id | null;
  tab: CompareTab;
  /** Kinds shown in the changes table; null until the user chooses: every kind but 'unchanged'. */
  kinds: ChangeKind[] | null;
  /** Team filter ("" for all teams). */
  team: string;
  sort: { key: ChangeSortKey; dir: 'asc' | 'desc' };
}

/** People figures traced to posts: those at risk, vacancies deleted, posts whose funding ends. */
export interface PeopleRef {
  scope: 'people';
  which: 'at-risk' | 'vacancies-deleted' | 'funding-ends';
}

/** A figure the user asked to trace, with the words to head the list of its posts. */
export interface TraceRequest {
  ref: FigureRef | PeopleRef;
  title: string;
}

export interface CompareSlice {
  view: WorkspaceView;
  compare: CompareState;
  trace: TraceRequest | null;
  /** Charts show each post's change status against the structure compared with. */
  chartChanges: boolean;
  /** A proposal's chart shows its deleted posts as ghosts where they were. */
  showGhosts: boolean;
  setChartChanges(on: boolean): void;
  setShowGhosts(on: boolean): void;
  /** Asks the structure's view to bring a post into sight; `seq` changes on every request. */
  reveal: { postId: Id; seq: number } | null;
  openCompare(fromId?: Id | null, toId?: Id | null): Promise<void>;
  closeCompare(): void;
  setCompare(patch: Partial<CompareState>): void;
  traceFigure(request: TraceRequest | null): void;
  /** Leaves the comparison for a structure's chart (or table) with the post selected and in sight. */
  showInStructure(structureId: Id, postId: Id): Promise<void>;
  /** Sets (or clears) the date a structure takes effect, which the in-year effects start from. */
  setImplementationDate(structureId: Id, date: string | null): Promise<boolean>;
  /** Accepts or rejects suggested matches (kept in the file, one undo step). */
  decideMatches(decisions: MatchDecisionInput[]): Promise<boolean>;
}

const INITIAL: CompareState = {
  fromId: null,
  toId: null,
  tab: 'changes',
  kinds: null,
  team: '',
  sort: { key: 'kind', dir: 'asc' },
};

let revealSeq = 0;

export const createCompareSlice: SliceCreator<CompareSlice> = (set, get) => ({
  view: 'structure',
  compare: INITIAL,
  trace: null,
  reveal: null,
  chartChanges: true,
  showGhosts: true,

  setChartChanges(on) {
    set({ chartChanges: on });
  },

  setShowGhosts(on) {
    set({ showGhosts: on });
  },

  async openCompare(fromId, toId) {
    const doc = get().doc;
    if (!doc) return;
    const current = doc.structures.find((s) => s.kind === 'current') ?? doc.structures[0];
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
    return (await get().edit(() => get().api.decideMatches({ decisions }))) !== null;
  },

  async setImplementationDate(structureId, date) {
    return (await get().edit(() => get().api.updateStructure({ structureId, patch: { implementationDate: date } }))) !== null;
  },

  async showInStructure(structureId, postId) {
    set({ view: 'structure', trace: null });
    await get().setActiveStructure(structureId);
    // The chart unfolds any branch hiding the post and brings its card into view (selecting it);
    // the table of posts follows `reveal`.
    get().revealPost(structureId, postId);
    set({ reveal: { postId, seq: ++revealSeq } });
  },
});
