// How the chart is being looked at: the main view (chart or table), what each structure's chart has
// collapsed or expanded, the keyboard's place in each tree, the search, an open split view and a
// drag in progress. None of it is part of the document: it is not saved and not undone.
import type { Id } from '../../../shared/model/types';
import { collapseBelow, defaultCollapsed } from '../../../shared/layout/collapse';
import { DEFAULT_LAYOUT_OPTIONS } from '../../../shared/layout/geometry';
import { chartIndex } from './chartIndex';
import type { CardDrag, ChartView, DropTarget, DropZone } from '../chart/core/types';
import type { SliceCreator } from './types';
import { loadPreferences, savePreferences } from '../preferences';
import type { ChartSlice } from './state/chart';

export type { ChartSlice };

export type { CardDrag, ChartView, DropTarget, DropZone };

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
    const { mainView, groupIdentical, showNames, showMinimap, panels } = get();
    savePreferences({ mainView, groupIdentical, showNames, showMinimap, panels });
  };

  return {
    ...prefs,
    markShape: false,
    splitView: false,
    splitLocked: false,
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
    setMarkShape: (markShape) => set({ markShape }),
    setShowMinimap: (showMinimap) => {
      set({ showMinimap });
      remember();
    },
    setPanel: (name, preference) => {
      set((s) => ({ panels: { ...s.panels, [name]: preference } }));
      remember();
    },
    setSplitLocked: (on) => {
      set({ splitLocked: on });
      // Locking brings the proposal's side to where the active side is looking.
      const active = get().activeStructureId;
      const view = active ? get().panes.pane(active).instance?.getViewport() : undefined;
      if (on && active && view) get().panes.follow(active, view);
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
      const index = posts ? chartIndex(posts) : null;
      const collapsed = index ? defaultCollapsed(index.posts, { ...layoutOptions(), index }) : new Set<string>();
      set((s) => ({ chartViews: { ...s.chartViews, [structureId]: { collapsed, expandedGroups: NONE, activeCardId: null, levels: collapsed.size === 0 ? 'all' : null } } }));
    },

    toggleCollapsed: (structureId, cardId, anchorPostId) => {
      get().setAnchor(structureId, anchorPostId ?? cardId);
      updateView(structureId, (v) => {
        const collapsed = new Set(v.collapsed);
        if (collapsed.has(cardId)) collapsed.delete(cardId);
        else collapsed.add(cardId);
        return { collapsed, levels: null };
      });
    },

    setCollapsed: (structureId, cardIds, on) =>
      updateView(structureId, (v) => {
        const collapsed = new Set(v.collapsed);
        for (const id of cardIds) {
          if (on) collapsed.add(id);
          else collapsed.delete(id);
        }
        return { collapsed, levels: collapsed.size === 0 ? 'all' : null };
      }),

    expandAll: (structureId) => updateView(structureId, () => ({ collapsed: NONE, levels: 'all' })),

    showLevels: (structureId, levels) => {
      const posts = get().structures[structureId]?.posts;
      if (!posts) return;
      const index = chartIndex(posts);
      const collapsed = collapseBelow(index.posts, { ...layoutOptions(), index }, levels);
      updateView(structureId, () => ({ collapsed, levels }));
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
