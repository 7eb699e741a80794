// Turns a layout into React Flow nodes. Sizes are given up front, so React Flow never has to
// measure a card, and a node whose card has not changed keeps its object, so React Flow skips it
// entirely after an edit. (The lines are drawn by EdgeLayer, not as React Flow edges.)
import type { ChartLayoutResult } from '../../../shared/layout/layoutChart';
import type { LayoutCard } from '../../../shared/layout/types';
import type { Id } from '../../../shared/model/types';
import type { CardFlowNode } from './flowTypes';

// The wrapper React Flow draws around a card is only a positioned box; the card inside is the tree item.
const WRAPPER_ATTRIBUTES = { 'aria-roledescription': undefined };

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
    a.reportCount === b.reportCount &&
    a.assistant === b.assistant &&
    a.ghost === b.ghost &&
    a.groupId === b.groupId &&
    sameIds(a.postIds, b.postIds)
  );
}

export interface NodeCache {
  nodes: Map<string, CardFlowNode>;
  /** What the last list was built from, for the quick path while cards are dragged. */
  last: { layout: ChartLayoutResult; selected: ReadonlySet<Id>; dragged: Record<string, { x: number; y: number }> | null; out: CardFlowNode[] } | null;
}

export function newNodeCache(): NodeCache {
  return { nodes: new Map(), last: null };
}

const indexCache = new WeakMap<ChartLayoutResult, Map<string, number>>();

/** Where each card comes in the layout, by card id; made once per layout. */
export function cardIndex(layout: ChartLayoutResult): Map<string, number> {
  let ix = indexCache.get(layout);
  if (!ix) {
    ix = new Map(layout.cards.map((c, i) => [c.id, i]));
    indexCache.set(layout, ix);
  }
  return ix;
}

interface SiblingPositions {
  /** Each card's place among its manager's cards (from 1), by its place in the layout. */
  pos: Int32Array;
  /** How many cards its manager has. */
  size: Int32Array;
}

const siblingCache = new WeakMap<ChartLayoutResult, SiblingPositions>();

/** Position among siblings and sibling count of every card. */
function siblingPositions(layout: ChartLayoutResult): SiblingPositions {
  const hit = siblingCache.get(layout);
  if (hit) return hit;
  const counts = new Map<string | null, number>();
  const pos = new Int32Array(layout.cards.length);
  const size = new Int32Array(layout.cards.length);
  layout.cards.forEach((c, i) => {
    const n = (counts.get(c.parentId) ?? 0) + 1;
    counts.set(c.parentId, n);
    pos[i] = n;
  });
  layout.cards.forEach((c, i) => (size[i] = counts.get(c.parentId)!));
  const out = { pos, size };
  siblingCache.set(layout, out);
  return out;
}

export function flowNodes(
  layout: ChartLayoutResult,
  structureId: Id,
  selected: ReadonlySet<Id>,
  dragged: Record<string, { x: number; y: number }> | null,
  cache: NodeCache,
): CardFlowNode[] {
  const last = cache.last;
  // While cards are dragged only their positions change, many times a second: move just those.
  if (last && last.layout === layout && last.selected === selected && dragged && last.dragged) {
    const out = last.out.slice();
    const moved = new Set([...Object.keys(dragged), ...Object.keys(last.dragged)]);
    const at = cardIndex(layout);
    for (const id of moved) {
      const i = at.get(id);
      if (i === undefined) continue;
      const card = layout.cards[i]!;
      const position = dragged[id] ?? { x: card.x, y: card.y };
      const node = { ...out[i]!, position };
      out[i] = node;
      cache.nodes.set(id, node);
    }
    cache.last = { layout, selected, dragged, out };
    return out;
  }
  const sib = siblingPositions(layout);
  const next = new Map<string, CardFlowNode>();
  const out = layout.cards.map((card, i) => {
    const isSelected = selected.size > 0 && card.postIds.every((id) => selected.has(id));
    const at = dragged?.[card.id] ?? { x: card.x, y: card.y };
    const posInSet = sib.pos[i]!;
    const setSize = sib.size[i]!;
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
      // Lines are drawn by the chart's own edge layer, not from handles: saying the card has none
      // lets React Flow leave a card it has never drawn out of the page until it scrolls into view.
      handles: [],
      selected: isSelected,
      draggable: !card.ghost,
      selectable: !card.ghost,
      domAttributes: WRAPPER_ATTRIBUTES,
    };
    next.set(card.id, node);
    return node;
  });
  cache.nodes = next;
  cache.last = { layout, selected, dragged, out };
  return out;
}
