// What each chart on screen is showing right now: its React Flow instance and its latest layout.
// Event handlers in the store read these to hit-test a drop or move the view; none of it is state
// that should re-render anything, so it lives outside the store.
import type { ReactFlowInstance, Viewport } from '@xyflow/react';
import type { ChartLayoutResult } from '../../../shared/layout/layoutChart';
import type { Id } from '../../../shared/model/types';
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
