// Creating a document window with the secure settings. Electron is passed in, so tests can check
// exactly what a window is created with without starting Electron.
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';
import { hardenWebContents, secureWebPreferences } from './security';

export interface WindowDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindowType;
}

export interface WindowPaths {
  preload: string;
  /** file:// URL of the renderer's index.html. */
  appUrl: string;
  icon?: string;
}

export function windowOptions(paths: WindowPaths): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Establish',
    backgroundColor: '#f6f7f9',
    ...(paths.icon ? { icon: paths.icon } : {}),
    webPreferences: secureWebPreferences(paths.preload),
  };
}

export function createDocumentWindow(deps: WindowDeps, paths: WindowPaths): BrowserWindowType {
  const win = new deps.BrowserWindow(windowOptions(paths));
  hardenWebContents(win.webContents, paths.appUrl);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(paths.appUrl);
  return win;
}

/**
 * Folds the document's recent edits into its file the moment the user leaves the window (another
 * app takes focus, the window is hidden or minimised, or it starts closing), so a copy taken then
 * is whole.
 */
export function flushWhenLeft(win: Pick<BrowserWindowType, 'on'>, flush: () => void): void {
  for (const event of ['blur', 'hide', 'minimize', 'close'] as const) win.on(event as 'blur', flush);
}
