// The state and actions of the store's chartEdit part, as a type: what the rest of the renderer may read and call.
import type { Id } from '../../../../shared/model/types';
import type { MovePlan } from '../../chart/core/dropPlan';
import type { PostType } from '../../chart/paletteTypes';
import type { ChartPanes } from '../../chart/registry';

export interface ChartEditSlice {
  /** What each chart on screen shows now (its React Flow instance, its layout): read by handlers, never rendered from. */
  readonly panes: ChartPanes;
  moveOnChart(structureId: Id, postIds: Id[], plan: MovePlan): Promise<void>;
  addOnChart(structureId: Id, managerId: Id | null, type: PostType): Promise<void>;
  deleteOnChart(structureId: Id, postIds: Id[]): void;
  /** Focuses the inspector on the selected posts. */
  editSelected(): void;
  /** Opens the branches down to a post, selects it and brings it into view. */
  revealPost(structureId: Id, postId: Id): void;
  zoomToBranch(structureId: Id): void;
  fitChart(structureId: Id): void;
  zoomChart(structureId: Id, factor: number): void;
}
