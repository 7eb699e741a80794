// Turns a layout into React Flow nodes and edges. Sizes and handles are given up front, so React
// Flow never has to measure a card, and an element whose card has not changed keeps its object,
// so React Flow skips it entirely after an edit.
import { Position, type NodeHandle } from '@xyflow/react';
import type { ChartLayoutResult } from '../../../shared/layout/layoutChart';
import type { LayoutCard, LayoutEdge } from '../../../shared/layout/types';
import type { Id } from '../../../shared/model/types';
import type { CardFlowNode, OrgFlowEdge } from './flowTypes';

const handleCache = new Map<string, NodeHandle[]>();
function handlesFor(w: number, h: number): NodeHandle[] {
  const key = `${w}x${h}`;
  let hs = handleCache.get(key);
  if (!hs) {
    hs = [
      { id: null, type: 'target', position: Position.Top, x: w / 2, y: 0, width: 1, height: 1 },
      { id: null, type: 'source', position: Position.Bottom, x: w / 2, y: h, width: 1, height: 1 },
    ];
    handleCache.set(key, hs);
  }
  return hs;
}

// The wrapper React Flow draws around a card is only a positioned box; the card inside is the tree item.
const WRAPPER_ATTRIBUTES = { 'aria-roledescription': undefined };
const EDGE_ATTRIBUTES = { 'aria-hidden': true } as const;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameCard(a: LayoutCard, b: LayoutCard): boolean {
  return (
    a.x === b.x &&
    a.y === b.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.kind === b.kind &&
    a.depth === b.depth &&
    a.parentId === b.parentId &&
    a.hiddenCount === b.hiddenCount &&
    a.childCount === b.childCount &&
    a.assistant === b.assistant &&
    a.ghost === b.ghost &&
    a.groupId === b.groupId &&
    sameIds(a.postIds, b.postIds)
  );
}

export interface NodeCache {
  nodes: Map<string, CardFlowNode>;
  edges: Map<string, OrgFlowEdge>;
}

export function newNodeCache(): NodeCache {
  return { nodes: new Map(), edges: new Map() };
}

/** Position among siblings and sibling count of every card. */
function siblingPositions(layout: ChartLayoutResult): Map<string, [number, number]> {
  const counts = new Map<string | null, number>();
  const out = new Map<string, [number, number]>();
  for (const c of layout.cards) {
    const n = (counts.get(c.parentId) ?? 0) + 1;
    counts.set(c.parentId, n);
    out.set(c.id, [n, 0]);
  }
  for (const c of layout.cards) out.get(c.id)![1] = counts.get(c.parentId)!;
  return out;
}

export function flowNodes(
  layout: ChartLayoutResult,
  structureId: Id,
  selected: ReadonlySet<Id>,
  dragged: Record<string, { x: number; y: number }> | null,
  cache: NodeCache,
): CardFlowNode[] {
  const sib = siblingPositions(layout);
  const next = new Map<string, CardFlowNode>();
  const out = layout.cards.map((card) => {
    const isSelected = selected.size > 0 && card.postIds.every((id) => selected.has(id));
    const at = dragged?.[card.id] ?? { x: card.x, y: card.y };
    const [posInSet, setSize] = sib.get(card.id)!;
    const prev = cache.nodes.get(card.id);
    if (
      prev &&
      prev.position.x === at.x &&
      prev.position.y === at.y &&
      (prev.selected ?? false) === isSelected &&
      prev.data.posInSet === posInSet &&
      prev.data.setSize === setSize &&
      sameCard(prev.data.card, card)
    ) {
      next.set(card.id, prev);
      return prev;
    }
    const node: CardFlowNode = {
      id: card.id,
      type: 'card',
      position: at,
      data: { card, structureId, posInSet, setSize },
      width: card.width,
      height: card.height,
      measured: { width: card.width, height: card.height },
      handles: handlesFor(card.width, card.height),
      selected: isSelected,
      draggable: !card.ghost,
      selectable: !card.ghost,
      domAttributes: WRAPPER_ATTRIBUTES,
    };
    next.set(card.id, node);
    return node;
  });
  cache.nodes = next;
  return out;
}

function samePoints(a: LayoutEdge['points'], b: LayoutEdge['points']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.x !== b[i]!.x || a[i]!.y !== b[i]!.y) return false;
  return true;
}

export function flowEdges(layout: ChartLayoutResult, highlighted: ReadonlySet<string>, cache: NodeCache): OrgFlowEdge[] {
  const next = new Map<string, OrgFlowEdge>();
  const out = layout.edges.map((e) => {
    const lit = e.kind === 'line' && highlighted.has(e.to);
    const prev = cache.edges.get(e.id);
    if (prev && prev.source === e.from && prev.target === e.to && prev.data!.highlighted === lit && samePoints(prev.data!.points, e.points)) {
      next.set(e.id, prev);
      return prev;
    }
    const edge: OrgFlowEdge = {
      id: e.id,
      source: e.from,
      target: e.to,
      type: 'org',
      data: { points: e.points, dotted: e.kind === 'dotted', highlighted: lit },
      selectable: false,
      focusable: false,
      deletable: false,
      zIndex: lit ? 1 : 0,
      domAttributes: EDGE_ATTRIBUTES,
    };
    next.set(e.id, edge);
    return edge;
  });
  cache.edges = next;
  return out;
}
