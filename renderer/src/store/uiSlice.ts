// What the window shows around the document: the selection, open dialogs and messages.
import type { Id } from '../../../shared/model/types';
import type { SliceCreator } from './types';

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
  select(ids: Id[]): void;
  toggleSelect(id: Id): void;
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(id: number): void;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  setBusy(label: string | null): void;
}

let nextNotice = 1;

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  selection: [],
  notices: [],
  dialog: { kind: 'none' },
  busy: null,
  select: (ids) => set({ selection: ids }),
  toggleSelect: (id) =>
    set((s) => ({ selection: s.selection.includes(id) ? s.selection.filter((x) => x !== id) : [...s.selection, id] })),
  notify: (kind, text) => {
    const id = nextNotice++;
    set((s) => ({ notices: [...s.notices.slice(-4), { id, kind, text }] }));
    if (kind !== 'error') setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), 6000);
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: { kind: 'none' } }),
  setBusy: (busy) => set({ busy }),
});
