// The state and actions of the store's document part, as a type: what the rest of the renderer may read and call.
import type { ApiClient, AppInfo } from '../../../../shared/api/contract';
import type { DocumentInfo, EditResult, HistoryState, Id, Post } from '../../../../shared/model/types';

export interface LoadedStructure {
  posts: Record<Id, Post>;
  /** Bumped on every change, so derived views know when to recompute. */
  version: number;
}

export interface DocumentSlice {
  api: ApiClient;
  appInfo: AppInfo | null;
  doc: DocumentInfo | null;
  structures: Record<Id, LoadedStructure>;
  activeStructureId: Id | null;
  setAppInfo(info: AppInfo): void;
  setDocument(doc: DocumentInfo | null): void;
  loadStructure(structureId: Id): Promise<void>;
  setActiveStructure(structureId: Id): Promise<void>;
  /**
   * Applies what an edit, an undo or a redo changed. An undo brings back the selection there was
   * when the step undone was made.
   */
  applyResult(result: EditResult, kind?: 'edit' | 'undo' | 'redo'): void;
  setHistory(history: HistoryState): void;
}
