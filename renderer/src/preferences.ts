// How the user likes to see things (chart or table, names, grouping, overview), remembered on this
// computer between sessions. These are views, not document data, so they never go in the file.
export interface ViewPreferences {
  mainView: 'chart' | 'table';
  groupIdentical: boolean;
  showNames: boolean;
  showMinimap: boolean;
}

const KEY = 'establish.view-preferences';
export const DEFAULT_PREFERENCES: ViewPreferences = { mainView: 'chart', groupIdentical: true, showNames: true, showMinimap: true };

export function loadPreferences(): ViewPreferences {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Record<keyof ViewPreferences, unknown>>;
    return {
      mainView: raw.mainView === 'table' ? 'table' : 'chart',
      groupIdentical: typeof raw.groupIdentical === 'boolean' ? raw.groupIdentical : DEFAULT_PREFERENCES.groupIdentical,
      showNames: typeof raw.showNames === 'boolean' ? raw.showNames : DEFAULT_PREFERENCES.showNames,
      showMinimap: typeof raw.showMinimap === 'boolean' ? raw.showMinimap : DEFAULT_PREFERENCES.showMinimap,
    };
  } catch {
    // No storage (or a damaged entry): the defaults will do.
    return { ...DEFAULT_PREFERENCES };
  }
}

export function savePreferences(p: ViewPreferences): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // Remembering the view is a convenience; failing to is harmless.
  }
}
