// The Electron shell: windows, menu, dialogs and IPC registration. Everything else lives in plain
// Node modules that the command line and the browser bridge share.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session as electronSession, utilityProcess } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../shared/api/menu';
import { RecentFiles } from './app/recent';
import { Session } from './api/session';
import { WorkerPool } from './jobs/pool';
import { WORKER_BUNDLE } from './jobs/threads';
import { spawnUtility } from './jobs/utility';
import { documentArg } from './shell/args';
import { chooseFile } from './shell/dialogs';
import { forwardEvents, registerIpc } from './shell/ipc';
import { menuTemplate } from './shell/menu';
import { hardenSession, hardenWebContents } from './shell/security';
import { createDocumentWindow, flushWhenLeft } from './shell/window';

const rendererDir = path.join(__dirname, '..', 'renderer');
const appUrl = pathToFileURL(path.join(rendererDir, 'index.html')).toString();
const preload = path.join(__dirname, 'preload.js');
const recent = new RecentFiles(path.join(app.getPath('userData'), 'recent.json'));
const sessions = new Map<number, Session>();
// Imports, exports and previews run in utility processes, shared by every window.
let pool: WorkerPool | null = null;
// Packaged, the worker is kept outside the archive (see electron-builder.yml) and started from there.
const workerPath = path.join(__dirname, WORKER_BUNDLE).replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
const workers = (): WorkerPool => (pool ??= new WorkerPool(spawnUtility(utilityProcess, workerPath)));

function refreshMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        recent: recent.list(),
        send: (command: MenuCommand) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_CHANNEL, command),
        newWindow: () => openWindow(null),
        clearRecent: () => {
          recent.clear();
          app.clearRecentDocuments();
          refreshMenu();
        },
      }),
    ),
  );
}

function openWindow(file: string | null): BrowserWindow {
  const win = createDocumentWindow({ BrowserWindow }, { preload, appUrl });
  const id = win.webContents.id;
  const s = new Session(
    {
      info: { transport: 'electron', platform: process.platform, nativeDialogs: true },
      chooseFile: (purpose, suggestedName) => chooseFile(dialog, win, purpose, suggestedName),
      documentChanged: (doc) => {
        if (win.isDestroyed()) return;
        win.setTitle(doc ? `${doc.fileName} - Establish` : 'Establish');
        win.setRepresentedFilename(doc?.filePath ?? '');
        if (doc) app.addRecentDocument(doc.filePath);
        refreshMenu();
      },
    },
    recent,
    { workers },
  );
  sessions.set(id, s);
  forwardEvents(s, win.webContents);
  flushWhenLeft(win, () => s.document?.flush());
  win.on('closed', () => {
    sessions.get(id)?.dispose();
    sessions.delete(id);
  });
  // A window whose page has gone (its renderer crashed or was killed) lets its document go at once;
  // reloaded, it starts without one.
  win.webContents.on('render-process-gone', () => s.replaceDocument(null));
  // The renderer opens it when it starts, so any refusal is shown to the user in the window.
  s.openOnStart = file;
  // Opened while the page loads, so the page's first requests find it open and read.
  if (file) setImmediate(() => s.prepareStart());
  return win;
}

const pendingFiles: string[] = [];
app.on('open-file', (event, file) => {
  // macOS: a document double-clicked in Finder.
  event.preventDefault();
  if (app.isReady()) openWindow(file);
  else pendingFiles.push(file);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // A relative path is relative to where the second launch was typed.
    const file = documentArg(argv, workingDirectory);
    if (file) openWindow(file);
    else BrowserWindow.getAllWindows()[0]?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
  app.on('will-quit', () => pool?.close());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(null);
  });
  void app.whenReady().then(() => {
    hardenSession(electronSession.defaultSession);
    registerIpc(ipcMain, { appUrl, sessionFor: (id) => sessions.get(id) });
    refreshMenu();
    const first = pendingFiles.shift() ?? documentArg(process.argv, process.cwd()) ?? process.env.ESTABLISH_OPEN ?? null;
    openWindow(first);
    for (const f of pendingFiles.splice(0)) openWindow(f);
  });
}
