// The application menu. Items send commands to the focused window's renderer, which carries them
// out through the API like its own toolbar does.
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../../shared/api/contract';
import type { MenuCommand } from '../../shared/api/menu';

export interface MenuContext {
  platform: NodeJS.Platform;
  recent: RecentFile[];
  send(command: MenuCommand): void;
  newWindow(): void;
  clearRecent(): void;
}

export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const isMac = ctx.platform === 'darwin';
  const send = (command: MenuCommand) => () => ctx.send(command);
  const recentItems: MenuItemConstructorOptions[] = ctx.recent.length
    ? [
        ...ctx.recent.map((r) => ({ label: r.fileName, toolTip: r.path, click: send({ command: 'open-recent', path: r.path }) })),
        { type: 'separator' as const },
        { label: 'Clear Recent', click: () => ctx.clearRecent() },
      ]
    : [{ label: 'No recent documents', enabled: false }];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&New Document…', accelerator: 'CmdOrCtrl+N', click: send({ command: 'new' }) },
      { label: 'New &Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => ctx.newWindow() },
      { label: '&Open…', accelerator: 'CmdOrCtrl+O', click: send({ command: 'open' }) },
      { label: 'Open &Recent', submenu: recentItems },
      { type: 'separator' },
      { label: 'Save a &Copy As…', accelerator: 'CmdOrCtrl+Shift+S', click: send({ command: 'save-copy' }) },
      { label: '&Import…', accelerator: 'CmdOrCtrl+I', click: send({ command: 'import' }) },
      { label: 'Document &Settings…', accelerator: 'CmdOrCtrl+,', click: send({ command: 'settings' }) },
      { label: 'Check Document', click: send({ command: 'check' }) },
      { label: '&Export…', accelerator: 'CmdOrCtrl+E', click: send({ command: 'export' }) },
      { type: 'separator' },
      { label: '&Close Document', accelerator: 'CmdOrCtrl+W', click: send({ command: 'close' }) },
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'E&xit' }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: '&Undo', accelerator: 'CmdOrCtrl+Z', click: send({ command: 'undo' }) },
      { label: '&Redo', accelerator: isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y', click: send({ command: 'redo' }) },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  return [...(isMac ? [{ role: 'appMenu' as const }] : []), file, edit, view, windowMenu];
}
