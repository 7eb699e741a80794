// The state and actions of the store's actions part, as a type: what the rest of the renderer may read and call.
import type { NewPostInput, PostPatch } from '../../../../shared/api/schemas';
import type { MenuCommand } from '../../../../shared/api/menu';
import type { ImportResult } from '../../../../shared/import/api';
import type { HistoryMethod, InputOf, ResultOf } from '../../../../shared/api/contract';
import type { Id } from '../../../../shared/model/types';

export interface ActionsSlice {
  start(): Promise<void>;
  /** With `onError`, a failure is handed back (to show beside the path typed) instead of shown in a dialog. */
  createDocument(path: string, sample: boolean, overwrite?: boolean, onError?: (message: string) => void): Promise<boolean>;
  /**
   * Opens a document for editing. One in an older file format is first put to the user (the upgrade
   * dialog) unless `how` says what they chose: upgrade it, or open it for reading only. One another
   * window holds is put to the user (the take-over dialog) unless `how` says to take it over.
   */
  openDocument(path: string, onError?: (message: string) => void, how?: 'upgrade' | 'read-only' | 'take-over'): Promise<boolean>;
  /** Closes a document open for reading only and opens it again, asking to upgrade it. */
  reopenToUpgrade(path: string): Promise<void>;
  chooseAndOpen(): Promise<void>;
  chooseAndCreate(sample: boolean): Promise<void>;
  chooseAndSaveCopy(): Promise<void>;
  saveCopy(path: string, onError?: (message: string) => void): Promise<boolean>;
  closeDocument(): Promise<void>;
  checkDocument(): void;
  chooseAndImport(): Promise<void>;
  acceptImport(jobId: string): Promise<ImportResult | null>;
  /** Calls a method that writes to the document (one step of the undo history) and applies what changed; null when refused (the reason is shown). */
  edit<M extends HistoryMethod>(method: M, arg: InputOf<M>): Promise<ResultOf<M> | null>;
  addPost(managerId: Id | null, post?: Partial<NewPostInput>, copyOfPostId?: Id): Promise<Id | null>;
  updatePosts(postIds: Id[], patch: PostPatch): Promise<boolean>;
  deletePosts(postIds: Id[], reports: 'reassign' | 'delete-branch'): Promise<boolean>;
  requestDelete(postIds: Id[]): void;
  movePosts(postIds: Id[], managerId: Id | null, beforeId?: Id | null): Promise<boolean>;
  createProposal(name: string, fromStructureId: Id | null): Promise<Id | null>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  runMenuCommand(command: MenuCommand): void;
  reportError(err: unknown, title?: string): void;
  /** Saves what can be read of a damaged document (the open one, or the file named) beside it, and opens the copy. */
  saveRecoveredCopy(path?: string): Promise<void>;
}
