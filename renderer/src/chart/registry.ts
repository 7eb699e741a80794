// What each chart on screen is showing right now: its React Flow instance and its latest layout.
// Event handlers read these to hit-test a drop or move the view; none of it is state that should
// re-render anything, so it is kept beside the store (one set per store) rather than in it.
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import type { ChartLayoutResult } from '../../../shared/layout/layoutChart';
import type { Id } from '../../../shared/model/types';
import { centreToShow } from './core/reveal';
import type { TreeView } from './core/treeKeys';
import { cardIndex } from './flowElements';
import type { CardFlowNode } from './flowTypes';

export interface PaneHandle {
  instance: ReactFlowInstance<CardFlowNode> | null;
  layout: ChartLayoutResult | null;
  element: HTMLElement | null;
  /** Index of each card in `layout.cards`. */
  indexOf: Map<string, number>;
}

export class ChartPanes {
  private readonly panes = new Map<Id, PaneHandle>();
  private readonly viewports = new Map<Id, Viewport>();
  private readonly reveals = new Map<Id, Id>();

  pane(structureId: Id): PaneHandle {
    let p = this.panes.get(structureId);
    if (!p) {
      p = { instance: null, layout: null, element: null, indexOf: new Map() };
      this.panes.set(structureId, p);
    }
    return p;
  }

  setPaneLayout(structureId: Id, layout: ChartLayoutResult): void {
    const p = this.pane(structureId);
    p.layout = layout;
    p.indexOf = cardIndex(layout);
  }

  releasePane(structureId: Id): void {
    const p = this.panes.get(structureId);
    if (p?.instance) this.viewports.set(structureId, p.instance.getViewport());
    this.panes.delete(structureId);
  }

  savedViewport(structureId: Id): Viewport | undefined {
    return this.viewports.get(structureId);
  }

  saveViewport(structureId: Id, v: Viewport): void {
    this.viewports.set(structureId, v);
  }

  /** Shows the same part of the page in every other chart on screen (the split view's locked views). */
  follow(from: Id, v: Viewport): void {
    for (const [id, p] of this.panes) if (id !== from && p.instance) void p.instance.setViewport(v);
  }

  /** The charts on screen, for acting on all of them at once. */
  ids(): Id[] {
    return [...this.panes.keys()];
  }

  /** Asks the chart to bring a post into view once its next layout is on screen. */
  requestReveal(structureId: Id, postId: Id | null): void {
    if (postId) this.reveals.set(structureId, postId);
    else this.reveals.delete(structureId);
  }

  takeReveal(structureId: Id): Id | null {
    const id = this.reveals.get(structureId) ?? null;
    this.reveals.delete(structureId);
    return id;
  }

  /** Moves the view to show a card if it is not in view, zooming in to `readable` if it is further out. */
  ensureCardVisible(structureId: Id, cardId: string, readable = 0.5): void {
    const p = this.pane(structureId);
    const card = p.layout?.cards[p.indexOf.get(cardId) ?? -1];
    if (!p.instance || !card || !p.element) return;
    const to = centreToShow(card, p.instance.getViewport(), { width: p.element.clientWidth, height: p.element.clientHeight }, readable);
    if (to) void p.instance.setCenter(to.x, to.y, { zoom: to.zoom });
  }

  /** The chart of a structure as the keyboard's tree sees it. */
  treeView(structureId: Id): TreeView {
    const p = this.pane(structureId);
    return { layout: p.layout, indexOf: p.indexOf, show: (cardId) => this.ensureCardVisible(structureId, cardId) };
  }
}
