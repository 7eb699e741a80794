// The state and actions of the store's chart part, as a type: what the rest of the renderer may read and call.
import type { Id } from '../../../../shared/model/types';
import type { CardDrag, ChartView, DropTarget } from '../../chart/core/types';
import type { PanelName, PanelPreference } from '../../preferences';

export interface ChartSlice {
  mainView: 'chart' | 'table';
  groupIdentical: boolean;
  showNames: boolean;
  showMinimap: boolean;
  /** Whether the palette, the inspector and the key are open, closed or left to fit the screen. */
  panels: Record<PanelName, PanelPreference>;
  /** Mark managers whose span is outside the document's range, and posts breaching a design rule. */
  markShape: boolean;
  /** Current beside a proposal. */
  splitView: boolean;
  /** Side by side, the two charts pan and zoom together. */
  splitLocked: boolean;
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
  setPanel(name: PanelName, preference: PanelPreference): void;
  setMarkShape(on: boolean): void;
  setSplitView(on: boolean): void;
  setSplitLocked(on: boolean): void;
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
