// Commands the application menu sends to a window's renderer. The renderer carries them out
// through the API, exactly as if its own toolbar had been used.
export const MENU_COMMANDS = ['new', 'open', 'open-recent', 'save-copy', 'close', 'undo', 'redo', 'check', 'settings', 'import', 'export'] as const;
export type MenuCommandName = (typeof MENU_COMMANDS)[number];

export interface MenuCommand {
  command: MenuCommandName;
  /** For open-recent: the file to open. */
  path?: string;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { command?: unknown; path?: unknown };
  return (
    typeof v.command === 'string' &&
    (MENU_COMMANDS as readonly string[]).includes(v.command) &&
    (v.path === undefined || typeof v.path === 'string')
  );
}

export const MENU_CHANNEL = 'establish:menu';
