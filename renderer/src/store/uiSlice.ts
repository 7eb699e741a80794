// What the window shows around the document: the selection, open dialogs and messages.
import type { SliceCreator } from './types';
import type { Notice, DialogState, UiSlice } from './state/ui';

export type { Notice, DialogState, UiSlice };

export const createUiSlice: SliceCreator<UiSlice> = (set) => {
  let nextNotice = 1;
  return {
    selection: [],
    notices: [],
    dialog: { kind: 'none' },
    busy: null,
    focusRequest: null,
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
    requestFocus: (target, selectText) => set({ focusRequest: { target, selectText } }),
    focusDone: () => set({ focusRequest: null }),
  };
};
