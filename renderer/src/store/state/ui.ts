// The state and actions of the store's ui part, as a type: what the rest of the renderer may read and call.
import type { Id } from '../../../../shared/model/types';

export interface Notice {
  id: number;
  kind: 'info' | 'success' | 'error';
  text: string;
}

export type DialogState =
  | { kind: 'none' }
  | { kind: 'path'; purpose: 'open' | 'new' | 'save-copy'; sample?: boolean }
  | { kind: 'delete-posts'; postIds: Id[] }
  /** recoverPath: a damaged file too damaged to open, whose readable part can be saved as a copy. */
  | { kind: 'error'; title: string; message: string; recoverPath?: string }
  /** A document in an older file format, before it is upgraded: what upgrading does and the copy it keeps. */
  | { kind: 'upgrade'; path: string; message: string; backup: string }
  /** A document another window holds: it can be taken over from there. */
  | { kind: 'take-over'; path: string; message: string }
  | { kind: 'check' }
  | { kind: 'rename-structure'; structureId: Id }
  | { kind: 'delete-structure'; structureId: Id }
  | { kind: 'settings' }
  | { kind: 'import'; path: string | null }
  | { kind: 'export' };

export interface UiSlice {
  selection: Id[];
  notices: Notice[];
  dialog: DialogState;
  busy: string | null;
  /** A control the window should move the keyboard to once it has drawn the current state; null when none. */
  focusRequest: FocusRequest | null;
  select(ids: Id[]): void;
  toggleSelect(id: Id): void;
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(id: number): void;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  setBusy(label: string | null): void;
  /** Asks for the keyboard to go to a control (with its text selected, to type over it). */
  requestFocus(target: FocusRequest['target'], selectText: boolean): void;
  /** Said by the control once it has the keyboard. */
  focusDone(): void;
}

export interface FocusRequest {
  target: 'inspector-title';
  selectText: boolean;
}
