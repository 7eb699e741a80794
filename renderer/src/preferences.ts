// How the user likes to see things (chart or table, names, grouping, overview), remembered on this
// computer between sessions. These are views, not document data, so they never go in the file.
export interface ViewPreferences {
  mainView: 'chart' | 'table';
  groupIdentical: boolean;
  showNames: boolean;
  showMinimap: boolean;
  /** Side panels and the key: open, closed, or left to the window's size ("auto"). */
  panels: Record<PanelName, PanelPreference>;
}

export type PanelName = 'palette' | 'inspector' | 'key';
export type PanelPreference = 'auto' | 'open' | 'closed';
const PANEL_NAMES: readonly PanelName[] = ['palette', 'inspector', 'key'];

function readPanels(raw: unknown): Record<PanelName, PanelPreference> {
  const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const panels = {} as Record<PanelName, PanelPreference>;
  for (const name of PANEL_NAMES) {
    const v = given[name];
    panels[name] = v === 'open' || v === 'closed' ? v : 'auto';
  }
  return panels;
}

const KEY = 'establish.view-preferences';
export const DEFAULT_PREFERENCES: ViewPreferences = { mainView: 'chart', groupIdentical: true, showNames: true, showMinimap: true, panels: { palette: 'auto', inspector: 'auto', key: 'auto' } };

export function loadPreferences(): ViewPreferences {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Record<keyof ViewPreferences, unknown>>;
    return {
      mainView: raw.mainView === 'table' ? 'table' : 'chart',
      groupIdentical: typeof raw.groupIdentical === 'boolean' ? raw.groupIdentical : DEFAULT_PREFERENCES.groupIdentical,
      showNames: typeof raw.showNames === 'boolean' ? raw.showNames : DEFAULT_PREFERENCES.showNames,
      showMinimap: typeof raw.showMinimap === 'boolean' ? raw.showMinimap : DEFAULT_PREFERENCES.showMinimap,
      panels: readPanels(raw.panels),
    };
  } catch {
    // No storage (or a damaged entry): the defaults will do.
    return { ...DEFAULT_PREFERENCES, panels: { ...DEFAULT_PREFERENCES.panels } };
  }
}

export function savePreferences(p: ViewPreferences): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // Remembering the view is a convenience; failing to is harmless.
  }
}
