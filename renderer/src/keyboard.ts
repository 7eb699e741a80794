// Window-wide shortcuts. Keys typed into a text box belong to the text box.
import type { AppStore } from './store';

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * Undo or Redo from the menu while typing in a text box means the text, as everywhere else: the
 * text box is told, and true comes back. False when the keyboard is not in a text box.
 */
export function undoInTextField(command: 'undo' | 'redo'): boolean {
  const el = document.activeElement;
  if (!inTextField(el) || el instanceof HTMLSelectElement) return false;
  document.execCommand(command);
  return true;
}

export function installKeyboardShortcuts(store: AppStore, options: { undoRedo: boolean }): () => void {
  const onKey = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || e.altKey) return;
    const key = e.key.toLowerCase();
    const s = store.getState();
    if (options.undoRedo && !inTextField(e.target) && s.dialog.kind === 'none') {
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void s.undo();
      } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
        e.preventDefault();
        void s.redo();
      }
    }
    if (options.undoRedo && key === 'e' && !e.shiftKey && s.doc && s.dialog.kind === 'none') {
      e.preventDefault();
      s.openExport();
    }
    if (options.undoRedo && key === 'o' && !e.shiftKey) {
      e.preventDefault();
      void s.chooseAndOpen();
    }
    if (options.undoRedo && key === 'i' && !e.shiftKey && s.doc && s.dialog.kind === 'none') {
      e.preventDefault();
      void s.chooseAndImport();
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
