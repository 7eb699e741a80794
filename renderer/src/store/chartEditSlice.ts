// Editing on the chart: dropping cards onto cards, adding from the palette, deleting, and moving the
// view to what was touched. Each edit is one API call, so one undo step, whatever it moves.
import type { Id } from '../../../shared/model/types';
import { branchBounds } from '../chart/core/navigation';
import { ChartPanes } from '../chart/registry';
import type { SliceCreator } from './types';
import type { ChartEditSlice } from './state/chartEdit';

export type { ChartEditSlice };

export const createChartEditSlice: SliceCreator<ChartEditSlice> = (_set, get) => {
  const panes = new ChartPanes();
  const pane = (structureId: Id) => panes.pane(structureId);
  /** The charts a zoom applies to: this one, or both sides of a locked split view. */
  const lockedPanes = (structureId: Id): Id[] => {
    const s = get();
    return s.splitView && s.splitLocked ? panes.ids().filter((id) => pane(id).instance) : [structureId];
  };
  return {
    panes,

    async moveOnChart(structureId, postIds, plan) {
      const s = get();
      if (plan.refusal && !plan.cycle) {
        s.setCardDrag(null);
        s.notify('error', plan.refusal);
        return;
      }
      // A move that would make a loop is refused by the document itself, with its own message.
      s.setAnchor(structureId, plan.anchorPostId);
      // The move is shown at once (before the file has stored it): the drag is cleared in the same
      // task, so the cards go straight to their new place.
      const stored = s.movePosts(postIds, plan.managerId, plan.beforeId);
      get().setCardDrag(null);
      if (!(await stored)) get().setAnchor(structureId, null);
    },

    async addOnChart(structureId, managerId, type) {
      const s = get();
      if (s.activeStructureId !== structureId) await s.setActiveStructure(structureId);
      const posts = get().structures[structureId]?.posts ?? {};
      const manager = managerId ? posts[managerId] : undefined;
      if (managerId) {
        get().setAnchor(structureId, managerId);
        // A post added under a folded branch would be out of sight.
        if (get().chartViews[structureId]?.collapsed.has(managerId)) get().setCollapsed(structureId, [managerId], false);
      }
      const id = type.examplePostId
        ? await get().addPost(managerId, { title: type.title, ...(manager ? { team: manager.team } : {}) }, type.examplePostId)
        : await get().addPost(managerId);
      if (!id) {
        get().setAnchor(structureId, null);
        return;
      }
      get().setActiveCard(structureId, id);
      get().notify('success', `Added “${type.examplePostId ? type.title : 'New post'}”${manager ? ` under “${manager.title}”` : ''}.`);
      // A blank post needs its title first.
      if (!type.examplePostId) get().requestFocus('inspector-title', true);
    },

    deleteOnChart(structureId, postIds) {
      const posts = get().structures[structureId]?.posts ?? {};
      const gone = new Set(postIds);
      let keep: Id | null = postIds[0] ?? null;
      const seen = new Set<Id>();
      while (keep && gone.has(keep) && !seen.has(keep)) {
        seen.add(keep);
        keep = posts[keep]?.managerId ?? null;
      }
      if (keep && !gone.has(keep)) get().setAnchor(structureId, keep);
      get().requestDelete(postIds);
    },

    editSelected() {
      if (get().selection.length) get().requestFocus('inspector-title', false);
    },

    revealPost(structureId, postId) {
      const s = get();
      const posts = s.structures[structureId]?.posts;
      if (!posts) return;
      const view = s.chartViews[structureId];
      const folded: string[] = [];
      const seen = new Set<Id>();
      for (let m = posts[postId]?.managerId ?? null; m && !seen.has(m); m = posts[m]?.managerId ?? null) {
        seen.add(m);
        if (view?.collapsed.has(m)) folded.push(m);
      }
      if (s.activeStructureId !== structureId) void s.setActiveStructure(structureId);
      get().select([postId]);
      panes.requestReveal(structureId, postId);
      if (folded.length) get().setCollapsed(structureId, folded, false);
      else {
        const card = pane(structureId).layout?.cardOfPost.get(postId);
        if (card) {
          get().setActiveCard(structureId, card);
          panes.ensureCardVisible(structureId, card);
          panes.requestReveal(structureId, null);
        }
      }
    },

    zoomToBranch(structureId) {
      const p = pane(structureId);
      const s = get();
      const first = s.activeStructureId === structureId ? s.selection[0] : undefined;
      const cardId = (first && p.layout?.cardOfPost.get(first)) ?? s.chartViews[structureId]?.activeCardId ?? p.layout?.cards[0]?.id;
      const box = p.layout && cardId ? branchBounds(p.layout, cardId) : null;
      if (box && p.instance) void p.instance.fitBounds(box, { padding: 0.08, duration: 250 });
    },

    fitChart(structureId) {
      // Locked side by side, both charts fit the larger of the two, so they stay at one scale.
      const ids = lockedPanes(structureId);
      const width = Math.max(...ids.map((id) => pane(id).layout?.width ?? 0));
      const height = Math.max(...ids.map((id) => pane(id).layout?.height ?? 0));
      for (const id of ids) {
        const inst = pane(id).instance;
        if (inst && width > 0) void inst.fitBounds({ x: 0, y: 0, width, height }, { padding: 0.04, duration: 250 });
      }
    },

    zoomChart(structureId, factor) {
      for (const id of lockedPanes(structureId)) {
        const inst = pane(id).instance;
        if (!inst) continue;
        if (factor > 1) void inst.zoomIn({ duration: 150 });
        else void inst.zoomOut({ duration: 150 });
      }
    },
  };
};
