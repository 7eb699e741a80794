// React Flow's callbacks for one structure's chart, made once per structure by the chart. They
// reach the document through the store's actions (ChartHost) and plan drops with the chart core.
import type { DragEvent, FocusEvent, KeyboardEvent, MouseEvent as ReactMouseEvent } from 'react';
import type { NodeChange, OnNodeDrag, Viewport } from '@xyflow/react';
import type { Id } from '../../../shared/model/types';
import { planMove, zoneAt } from './core/dropPlan';
import type { CardFlowNode } from './flowTypes';
import { cardAt } from './core/navigation';
import { PALETTE_MIME, type PostType } from './paletteTypes';
import type { ChartHost } from './core/host';
import { onTreeKey } from './core/treeKeys';
import type { ChartPanes } from './registry';

export interface FlowHandlers {
  onNodesChange(changes: NodeChange<CardFlowNode>[]): void;
  onNodeDragStart: OnNodeDrag<CardFlowNode>;
  onNodeDrag: OnNodeDrag<CardFlowNode>;
  onNodeDragStop: OnNodeDrag<CardFlowNode>;
  onNodeDoubleClick(e: ReactMouseEvent, node: CardFlowNode): void;
  onPaneClick(): void;
  onMove(e: MouseEvent | TouchEvent | null, viewport: Viewport): void;
  onMoveEnd(e: MouseEvent | TouchEvent | null, viewport: Viewport): void;
  onDragOver(e: DragEvent<HTMLDivElement>): void;
  onDragLeave(e: DragEvent<HTMLDivElement>): void;
  onDrop(e: DragEvent<HTMLDivElement>): void;
  onKeyDown(e: KeyboardEvent<HTMLDivElement>): void;
  onFocus(e: FocusEvent<HTMLDivElement>): void;
}

function clientPoint(e: MouseEvent | TouchEvent | { clientX: number; clientY: number }): { x: number; y: number } {
  if ('changedTouches' in e) {
    const t = e.changedTouches[0] ?? e.touches[0];
    return { x: t?.clientX ?? 0, y: t?.clientY ?? 0 };
  }
  return { x: e.clientX, y: e.clientY };
}

export function createFlowHandlers(structureId: Id, get: () => ChartHost, panes: ChartPanes): FlowHandlers {
  const pane = (id: Id) => panes.pane(id);
  const posts = () => get().structures[structureId]?.posts ?? {};

  /** The card under the pointer and what dropping there would mean. */
  const hitTest = (client: { x: number; y: number }, exclude: ReadonlySet<string>, moving: Id[] | null) => {
    const p = pane(structureId);
    if (!p.instance || !p.layout) return null;
    const at = p.instance.screenToFlowPosition(client);
    const card = cardAt(p.layout, at.x, at.y, exclude);
    if (!card || card.ghost) return null;
    const zone = zoneAt(card, at.x, moving !== null);
    if (moving === null) {
      const refusal = card.kind === 'group' ? 'This card stands for several posts: drop the new post onto one post.' : null;
      return { card, zone, refusal, plan: null };
    }
    const plan = planMove(posts(), moving, card, zone);
    if (!plan) return null;
    return { card, zone, refusal: plan.refusal, plan };
  };

  const selectCards = (ids: readonly string[]) => {
    const p = pane(structureId);
    const byId = new Map((p.layout?.cards ?? []).map((c) => [c.id, c]));
    const out: Id[] = [];
    for (const id of ids) for (const postId of byId.get(id)?.postIds ?? []) if (!out.includes(postId)) out.push(postId);
    return out;
  };

  return {
    onNodesChange(changes) {
      const s = get();
      let selectionChanged = false;
      let positions: Record<string, { x: number; y: number }> | null = null;
      for (const c of changes) {
        if (c.type === 'select') selectionChanged = true;
        else if (c.type === 'position' && c.position && s.cardDrag?.structureId === structureId) {
          positions ??= { ...s.cardDrag.positions };
          positions[c.id] = c.position;
        }
      }
      if (positions && s.cardDrag) s.setCardDrag({ ...s.cardDrag, positions });
      if (!selectionChanged) return;
      const layout = pane(structureId).layout;
      if (!layout) return;
      const wasActive = s.activeStructureId === structureId;
      const selected = new Set(wasActive ? s.selection : []);
      const cards = new Set(layout.cards.filter((c) => c.postIds.length > 0 && c.postIds.every((id) => selected.has(id))).map((c) => c.id));
      let lastAdded: string | null = null;
      for (const c of changes) {
        if (c.type !== 'select') continue;
        if (c.selected) {
          cards.add(c.id);
          lastAdded = c.id;
        } else cards.delete(c.id);
      }
      // Keep the order things were selected in: the first selected post is the one the inspector leads with.
      const inCards = new Set(selectCards([...cards]));
      const next = (wasActive ? s.selection : []).filter((id) => inCards.has(id));
      for (const id of selectCards([...cards])) if (!next.includes(id)) next.push(id);
      if (!wasActive) void s.setActiveStructure(structureId);
      get().select(next);
      if (lastAdded) get().setActiveCard(structureId, lastAdded);
    },

    onNodeDragStart(_e, _node, nodes) {
      const cardIds = nodes.map((n) => n.id);
      const s = get();
      if (s.activeStructureId !== structureId) void s.setActiveStructure(structureId);
      s.setCardDrag({ structureId, cardIds, postIds: selectCards(cardIds), positions: {} });
    },

    onNodeDrag(e) {
      const drag = get().cardDrag;
      if (!drag) return;
      const hit = hitTest(clientPoint(e), new Set(drag.cardIds), drag.postIds);
      get().setDropTarget(hit ? { structureId, cardId: hit.card.id, zone: hit.zone, refusal: hit.refusal } : null);
    },

    onNodeDragStop(e) {
      const s = get();
      const drag = s.cardDrag;
      s.setDropTarget(null);
      if (!drag) return;
      const hit = hitTest(clientPoint(e), new Set(drag.cardIds), drag.postIds);
      if (!hit?.plan) return s.setCardDrag(null);
      void s.moveOnChart(structureId, drag.postIds, hit.plan);
    },

    onNodeDoubleClick(_e, node) {
      get().setActiveCard(structureId, node.id);
      get().editSelected();
    },

    onPaneClick() {
      if (get().activeStructureId === structureId) get().select([]);
    },

    onMove(e, viewport) {
      // Only the user's own moves are followed: the other side's answering move must not echo back.
      const s = get();
      if (e && s.splitView && s.splitLocked) panes.follow(structureId, viewport);
    },

    onMoveEnd(_e, viewport) {
      panes.saveViewport(structureId, viewport);
    },

    onDragOver(e) {
      if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
      const hit = hitTest(clientPoint(e), new Set(), null);
      const empty = Object.keys(posts()).length === 0;
      if ((hit && !hit.refusal) || empty) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      } else e.dataTransfer.dropEffect = 'none';
      get().setDropTarget(hit ? { structureId, cardId: hit.card.id, zone: 'under', refusal: hit.refusal } : null);
    },

    onDragLeave(e) {
      const to = e.relatedTarget;
      if (!(to instanceof Node) || !e.currentTarget.contains(to)) get().setDropTarget(null);
    },

    onDrop(e) {
      const raw = e.dataTransfer.getData(PALETTE_MIME);
      get().setDropTarget(null);
      if (!raw) return;
      e.preventDefault();
      let type: PostType;
      try {
        type = JSON.parse(raw) as PostType;
      } catch {
        return;
      }
      const hit = hitTest(clientPoint(e), new Set(), null);
      if (hit?.refusal) return get().notify('error', hit.refusal);
      const empty = Object.keys(posts()).length === 0;
      if (!hit && !empty) return get().notify('info', 'Drop the new post onto the card of the post it reports to.');
      void get().addOnChart(structureId, hit ? hit.card.postIds[0]! : null, type);
    },

    onKeyDown(e) {
      onTreeKey(structureId, { key: e.key, altKey: e.altKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, onTree: e.target === e.currentTarget, preventDefault: () => e.preventDefault() }, get, panes.treeView(structureId));
    },

    onFocus(e) {
      if (e.target !== e.currentTarget) return;
      const s = get();
      const view = s.chartViews[structureId];
      const layout = pane(structureId).layout;
      if (!layout || layout.cards.length === 0) return;
      let cardId = view?.activeCardId ?? null;
      if (!cardId || !layout.cards.some((c) => c.id === cardId)) {
        const selected = s.activeStructureId === structureId ? s.selection[0] : undefined;
        cardId = ((selected && layout.cards.find((c) => c.postIds.includes(selected))) || layout.cards[0]!).id;
        s.setActiveCard(structureId, cardId);
      }
      // Arriving from the keyboard, show where the keyboard is; a click leaves the view alone.
      if (e.currentTarget.matches(':focus-visible')) panes.ensureCardVisible(structureId, cardId);
    },
  };
}
