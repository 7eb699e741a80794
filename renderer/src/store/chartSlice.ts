// How the chart is being looked at: the main view (chart or table), what each structure's chart has
// collapsed or expanded, the keyboard's place in each tree, the search, an open split view and a
// drag in progress. None of it is part of the document: it is not saved and not undone.
import type { Id } from '../../../shared/model/types';
import { collapseBelow, defaultCollapsed } from '../../../shared/layout/collapse';
import { DEFAULT_LAYOUT_OPTIONS } from '../../../shared/layout/geometry';
import { postList } from './selectors';
import type { SliceCreator } from './types';
import { loadPreferences, savePreferences } from '../preferences';

export interface ChartView {
  collapsed: ReadonlySet<string>;
  expandedGroups: ReadonlySet<string>;
  /** The card the keyboard is on in this structure's tree. */
  activeCardId: string | null;
}

export type DropZone = 'under' | 'before' | 'after';

export interface DropTarget {
  structureId: Id;
  cardId: string;
  zone: DropZone;
  /** Why the drop cannot happen here, shown while dragging; null when it can. */
  refusal: string | null;
}

export interface CardDrag {
  structureId: Id;
  cardIds: string[];
  postIds: Id[];
  /** Where each dragged card is now, in chart units. */
  positions: Record<string, { x: number; y: number }>;
}

export interface ChartSlice {
  mainView: 'chart' | 'table';
  groupIdentical: boolean;
  showNames: boolean;
  showMinimap: boolean;
  /** Current beside a proposal. */
  splitView: boolean;
  /** The proposal shown beside Current in the split view. */
  splitProposalId: Id | null;
  chartViews: Record<Id, ChartView>;
  /** What is searched for in the active structure, and which match was last shown (-1: none yet). */
  search: { query: string; index: number };
  cardDrag: CardDrag | null;
  dropTarget: DropTarget | null;
  /** The post whose card should stay put on screen through the next re-layout of its structure. */
  anchor: { structureId: Id; postId: Id; at: number } | null;
  setMainView(view: 'chart' | 'table'): void;
  setGroupIdentical(on: boolean): void;
  setShowNames(on: boolean): void;
  setShowMinimap(on: boolean): void;
  setSplitView(on: boolean): void;
  /** Shows a structure, as its tab does; in the split view a proposal takes the right-hand side. */
  openStructure(structureId: Id): void;
  ensureChartView(structureId: Id): void;
  toggleCollapsed(structureId: Id, cardId: string, anchorPostId?: Id): void;
  setCollapsed(structureId: Id, cardIds: readonly string[], collapsed: boolean): void;
  expandAll(structureId: Id): void;
  showLevels(structureId: Id, levels: number): void;
  setGroupExpanded(structureId: Id, groupId: string, expanded: boolean, anchorPostId?: Id): void;
  setActiveCard(structureId: Id, cardId: string | null): void;
  setSearch(query: string): void;
  setSearchIndex(index: number): void;
  setCardDrag(drag: CardDrag | null): void;
  setDropTarget(target: DropTarget | null): void;
  setAnchor(structureId: Id, postId: Id | null): void;
  takeAnchor(structureId: Id): Id | null;
}

const NONE: ReadonlySet<string> = new Set();
const ANCHOR_LIFETIME_MS = 60_000;

function sameTarget(a: DropTarget | null, b: DropTarget | null): boolean {
  return a === b || (!!a && !!b && a.structureId === b.structureId && a.cardId === b.cardId && a.zone === b.zone && a.refusal === b.refusal);
}

export const createChartSlice: SliceCreator<ChartSlice> = (set, get) => {
  const updateView = (structureId: Id, patch: (v: ChartView) => Partial<ChartView>) => {
    get().ensureChartView(structureId);
    set((s) => {
      const v = s.chartViews[structureId]!;
      return { chartViews: { ...s.chartViews, [structureId]: { ...v, ...patch(v) } } };
    });
  };
  const layoutOptions = () => ({ ...DEFAULT_LAYOUT_OPTIONS, groupIdentical: get().groupIdentical });

  const prefs = loadPreferences();
  const remember = () => {
    const { mainView, groupIdentical, showNames, showMinimap } = get();
    savePreferences({ mainView, groupIdentical, showNames, showMinimap });
  };

  return {
    ...prefs,
    splitView: false,
    splitProposalId: null,
    chartViews: {},
    search: { query: '', index: -1 },
    cardDrag: null,
    dropTarget: null,
    anchor: null,

    setMainView: (mainView) => {
      set({ mainView });
      remember();
    },
    setGroupIdentical: (groupIdentical) => {
      set({ groupIdentical });
      remember();
    },
    setShowNames: (showNames) => {
      set({ showNames });
      remember();
    },
    setShowMinimap: (showMinimap) => {
      set({ showMinimap });
      remember();
    },
    setSplitView: (on) => {
      if (!on) return set({ splitView: false });
      const s = get();
      const structures = s.doc?.structures ?? [];
      const active = structures.find((x) => x.id === s.activeStructureId);
      const proposal =
        (active?.kind === 'proposal' ? active : null) ??
        structures.find((x) => x.id === s.splitProposalId) ??
        structures.find((x) => x.kind === 'proposal');
      const current = structures.find((x) => x.kind === 'current');
      if (!proposal || !current) return;
      set({ splitView: true, splitProposalId: proposal.id });
      for (const id of [current.id, proposal.id]) if (!s.structures[id]) void s.loadStructure(id);
    },

    openStructure: (structureId) => {
      const s = get();
      const kind = s.doc?.structures.find((x) => x.id === structureId)?.kind;
      if (s.splitView && kind === 'proposal') set({ splitProposalId: structureId });
      void s.setActiveStructure(structureId);
    },

    ensureChartView: (structureId) => {
      if (get().chartViews[structureId]) return;
      const posts = get().structures[structureId]?.posts;
      // A large structure opens with its lower branches folded, so it is readable and quick.
      const collapsed = posts ? defaultCollapsed(postList(posts), layoutOptions()) : new Set<string>();
      set((s) => ({ chartViews: { ...s.chartViews, [structureId]: { collapsed, expandedGroups: NONE, activeCardId: null } } }));
    },

    toggleCollapsed: (structureId, cardId, anchorPostId) => {
      get().setAnchor(structureId, anchorPostId ?? cardId);
      updateView(structureId, (v) => {
        const collapsed = new Set(v.collapsed);
        if (collapsed.has(cardId)) collapsed.delete(cardId);
        else collapsed.add(cardId);
        return { collapsed };
      });
    },

    setCollapsed: (structureId, cardIds, on) =>
      updateView(structureId, (v) => {
        const collapsed = new Set(v.collapsed);
        for (const id of cardIds) {
          if (on) collapsed.add(id);
          else collapsed.delete(id);
        }
        return { collapsed };
      }),

    expandAll: (structureId) => updateView(structureId, () => ({ collapsed: NONE })),

    showLevels: (structureId, levels) => {
      const posts = get().structures[structureId]?.posts;
      if (!posts) return;
      const collapsed = collapseBelow(postList(posts), layoutOptions(), levels);
      updateView(structureId, () => ({ collapsed }));
    },

    setGroupExpanded: (structureId, groupId, expanded, anchorPostId) => {
      if (anchorPostId) get().setAnchor(structureId, anchorPostId);
      updateView(structureId, (v) => {
        const expandedGroups = new Set(v.expandedGroups);
        if (expanded) expandedGroups.add(groupId);
        else expandedGroups.delete(groupId);
        return { expandedGroups };
      });
    },

    setActiveCard: (structureId, cardId) => {
      if (get().chartViews[structureId]?.activeCardId === cardId) return;
      updateView(structureId, () => ({ activeCardId: cardId }));
    },

    setSearch: (query) => set({ search: { query, index: -1 } }),
    setSearchIndex: (index) => set((s) => ({ search: { ...s.search, index } })),
    setCardDrag: (cardDrag) => set({ cardDrag }),
    setDropTarget: (target) => {
      if (!sameTarget(get().dropTarget, target)) set({ dropTarget: target });
    },
    setAnchor: (structureId, postId) => set({ anchor: postId ? { structureId, postId, at: Date.now() } : null }),
    takeAnchor: (structureId) => {
      const a = get().anchor;
      if (!a || a.structureId !== structureId) return null;
      set({ anchor: null });
      // An edit that never happened (a dialog cancelled) must not pin a card much later.
      return Date.now() - a.at < ANCHOR_LIFETIME_MS ? a.postId : null;
    },
  };
};
