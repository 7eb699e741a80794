// The chart's keyboard: the tree keeps focus and points at its active card (aria-activedescendant),
// so a card that is off screen, and so not rendered, can still be reached: the view moves to it.
import type { ChartLayoutResult } from '../../../../shared/layout/layoutChart';
import type { Id } from '../../../../shared/model/types';
import type { ChartHost } from './host';
import { moveInTree, type TreeMove } from './navigation';

const MOVES: Record<string, TreeMove> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'home',
  End: 'end',
};

/** A key press, as much of it as the tree reads. */
export interface TreeKeyEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** False when the key was pressed inside a card rather than on the tree itself. */
  onTree: boolean;
  preventDefault(): void;
}

/** The chart on screen: its layout, and a way to bring a card into view. */
export interface TreeView {
  layout: ChartLayoutResult | null;
  /** Index of each card in `layout.cards`. */
  indexOf: ReadonlyMap<string, number>;
  show(cardId: string): void;
}

export function onTreeKey(structureId: Id, e: TreeKeyEvent, get: () => ChartHost, p: TreeView): void {
  if (!e.onTree || e.altKey) return;
  const s = get();
  const layout = p.layout;
  if (!layout || layout.cards.length === 0) return;
  const activeId = s.chartViews[structureId]?.activeCardId ?? null;
  const active = activeId ? layout.cards[p.indexOf.get(activeId) ?? -1] : undefined;
  const mod = e.ctrlKey || e.metaKey;

  const goTo = (cardId: string) => {
    const card = layout.cards[p.indexOf.get(cardId) ?? -1];
    if (!card) return;
    if (s.activeStructureId !== structureId) void s.setActiveStructure(structureId);
    s.setActiveCard(structureId, card.id);
    if (!card.ghost) get().select([...card.postIds]);
    p.show(card.id);
  };

  const move = MOVES[e.key];
  if (move && !mod && !e.shiftKey) {
    e.preventDefault();
    if (!active) {
      const first = moveInTree(layout, null, move);
      return first ? goTo(first.id) : undefined;
    }
    // Down on a folded branch unfolds it; the next Down goes into it.
    if (move === 'down' && active.hiddenCount > 0) return s.toggleCollapsed(structureId, active.id, active.postIds[0]);
    const to = moveInTree(layout, active.id, move);
    if (to) goTo(to.id);
    return;
  }
  if (!active) return;
  switch (e.key) {
    case 'Enter':
      e.preventDefault();
      if (!active.ghost) s.select([...active.postIds]);
      s.editSelected();
      return;
    case ' ':
      e.preventDefault();
      if (active.ghost) return;
      if (mod) for (const id of active.postIds) s.toggleSelect(id);
      else s.select([...active.postIds]);
      return;
    case 'Delete': {
      e.preventDefault();
      const ids = s.activeStructureId === structureId && s.selection.length ? s.selection : active.postIds;
      s.deleteOnChart(structureId, [...ids]);
      return;
    }
    case '+':
    case '=':
      e.preventDefault();
      if (active.hiddenCount > 0) s.toggleCollapsed(structureId, active.id, active.postIds[0]);
      else if (active.kind === 'group') {
        s.setGroupExpanded(structureId, active.id, true, active.postIds[0]);
        s.setActiveCard(structureId, active.postIds[0]!);
      }
      return;
    case '-':
    case '_':
      e.preventDefault();
      if (active.childCount > 0 && active.hiddenCount === 0) s.toggleCollapsed(structureId, active.id, active.postIds[0]);
      else if (active.groupId) {
        s.setGroupExpanded(structureId, active.groupId, false, active.postIds[0]);
        s.setActiveCard(structureId, active.groupId);
      }
      return;
    case 'Escape':
      if (s.search.query) s.setSearch('');
      else s.select([]);
      return;
  }
}
