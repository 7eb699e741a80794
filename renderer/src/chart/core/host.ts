// What the chart's handlers read and ask of the app, and nothing more. The store provides it; the
// chart never imports the store, so the two can be read and tested apart.
import type { Id, Post } from '../../../../shared/model/types';
import type { PostType } from '../paletteTypes';
import type { MovePlan } from './dropPlan';
import type { CardDrag, ChartView, DropTarget } from './types';

export interface ChartHost {
  readonly structures: Readonly<Record<Id, { readonly posts: Record<Id, Post> } | undefined>>;
  readonly activeStructureId: Id | null;
  readonly selection: readonly Id[];
  readonly chartViews: Readonly<Record<Id, ChartView | undefined>>;
  readonly search: { readonly query: string };
  readonly cardDrag: CardDrag | null;
  /** In the split view, whether the two charts move and zoom together. */
  readonly splitView: boolean;
  readonly splitLocked: boolean;

  setActiveStructure(structureId: Id): Promise<void>;
  select(ids: Id[]): void;
  toggleSelect(id: Id): void;
  setActiveCard(structureId: Id, cardId: string | null): void;
  toggleCollapsed(structureId: Id, cardId: string, anchorPostId?: Id): void;
  setGroupExpanded(structureId: Id, groupId: string, expanded: boolean, anchorPostId?: Id): void;
  setSearch(query: string): void;
  setCardDrag(drag: CardDrag | null): void;
  setDropTarget(target: DropTarget | null): void;
  notify(kind: 'error' | 'info', text: string): void;

  moveOnChart(structureId: Id, postIds: Id[], plan: MovePlan): Promise<void>;
  addOnChart(structureId: Id, managerId: Id | null, type: PostType): Promise<void>;
  deleteOnChart(structureId: Id, postIds: Id[]): void;
  editSelected(): void;
}
