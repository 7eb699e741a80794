// The state and actions of the store's document part, as a type: what the rest of the renderer may read and call.
import type { ApiClient, AppInfo, ChangingMethod } from '../../../../shared/api/contract';
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
   * Applies what a method that changes the document (an edit, undo or redo) changed. A method that
   * enters the undo history remembers the selection for its step; an undo brings back the selection
   * there was when the step undone was made.
   */
  applyResult(result: EditResult, method: ChangingMethod): void;
  /**
   * Shows `posts` (changed posts of a structure) before the file has stored them; the function
   * returned puts back the posts as they were, where they have not changed since.
   */
  showAhead(structureId: Id, posts: Post[]): () => void;
  setHistory(history: HistoryState): void;
}
