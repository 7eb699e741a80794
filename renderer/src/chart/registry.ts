// What each chart on screen is showing right now: its React Flow instance and its latest layout.
// Event handlers in the store read these to hit-test a drop or move the view; none of it is state
// that should re-render anything, so it lives outside the store.
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import type { ChartLayoutResult } from '../../../shared/layout/layoutChart';
import type { Id } from '../../../shared/model/types';
import { centreToShow } from './core/reveal';
import type { TreeView } from './core/treeKeys';
import type { CardFlowNode } from './flowTypes';

export interface PaneHandle {
  instance: ReactFlowInstance<CardFlowNode> | null;
  layout: ChartLayoutResult | null;
  element: HTMLElement | null;
  /** Index of each card in `layout.cards`. */
  indexOf: Map<string, number>;
}

const panes = new Map<Id, PaneHandle>();
const viewports = new Map<Id, Viewport>();

export function pane(structureId: Id): PaneHandle {
  let p = panes.get(structureId);
  if (!p) {
    p = { instance: null, layout: null, element: null, indexOf: new Map() };
    panes.set(structureId, p);
  }
  return p;
}

export function setPaneLayout(structureId: Id, layout: ChartLayoutResult): void {
  const p = pane(structureId);
  p.layout = layout;
  p.indexOf = new Map(layout.cards.map((c, i) => [c.id, i]));
}

export function releasePane(structureId: Id): void {
  const p = panes.get(structureId);
  if (p?.instance) viewports.set(structureId, p.instance.getViewport());
  panes.delete(structureId);
}

export function savedViewport(structureId: Id): Viewport | undefined {
  return viewports.get(structureId);
}

export function saveViewport(structureId: Id, v: Viewport): void {
  viewports.set(structureId, v);
}

const reveals = new Map<Id, Id>();

/** Asks the chart to bring a post into view once its next layout is on screen. */
export function requestReveal(structureId: Id, postId: Id | null): void {
  if (postId) reveals.set(structureId, postId);
  else reveals.delete(structureId);
}

export function takeReveal(structureId: Id): Id | null {
  const id = reveals.get(structureId) ?? null;
  reveals.delete(structureId);
  return id;
}

/** Moves the view to show a card if it is not in view, zooming in to `readable` if it is further out. */
export function ensureCardVisible(structureId: Id, cardId: string, readable = 0.5): void {
  const p = pane(structureId);
  const card = p.layout?.cards[p.indexOf.get(cardId) ?? -1];
  if (!p.instance || !card || !p.element) return;
  const to = centreToShow(card, p.instance.getViewport(), { width: p.element.clientWidth, height: p.element.clientHeight }, readable);
  if (to) void p.instance.setCenter(to.x, to.y, { zoom: to.zoom });
}

/** The chart of a structure as the keyboard's tree sees it. */
export function treeView(structureId: Id): TreeView {
  const p = pane(structureId);
  return { layout: p.layout, indexOf: p.indexOf, show: (cardId) => ensureCardVisible(structureId, cardId) };
}
