// The Electron shell's modules, with Electron replaced by fakes: what a window is created with,
// what it refuses, and which IPC messages are answered.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent } from 'electron';
import { ipcChannel, METHOD_NAMES } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, isAppUrl, secureWebPreferences } from '../../electron/shell/security';
import { createDocumentWindow, flushWhenLeft, windowOptions } from '../../electron/shell/window';
import { isTrustedSender, registerIpc } from '../../electron/shell/ipc';
import { menuTemplate } from '../../electron/shell/menu';
import { documentArg } from '../../electron/shell/args';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { isPackedRecords } from '../../shared/api/packRecords';
import { fromWire } from '../../shared/api/wire';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import { Session } from '../../electron/api/session';
import { RecentFiles } from '../../electron/app/recent';

const APP_URL = 'file:///opt/Establish/resources/app.asar/dist/renderer/index.html';

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = h;
  }
}

function fakeEvent() {
  let prevented = false;
  return {
    preventDefault: () => {
      prevented = true;
    },
    get prevented() {
      return prevented;
    },
  };
}

describe('window security', () => {
  it('creates windows with context isolation, the sandbox and no Node integration, written out', () => {
    const prefs = secureWebPreferences('/app/preload.js');
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('passes those settings to every BrowserWindow and loads only the app page', () => {
    const created: BrowserWindowConstructorOptions[] = [];
    const contents = new FakeContents();
    const loaded: string[] = [];
    class FakeWindow extends EventEmitter {
      webContents = contents;
      constructor(options: BrowserWindowConstructorOptions) {
        super();
        created.push(options);
      }
      loadURL(url: string) {
        loaded.push(url);
        return Promise.resolve();
      }
      show() {}
    }
    createDocumentWindow({ BrowserWindow: FakeWindow as never }, { preload: '/app/preload.js', appUrl: APP_URL });
    expect(created).toHaveLength(1);
    expect(created[0]!.webPreferences).toEqual(windowOptions({ preload: '/app/preload.js', appUrl: APP_URL }).webPreferences);
    expect(created[0]!.webPreferences!.sandbox).toBe(true);
    expect(loaded).toEqual([APP_URL]);
    expect(contents.windowOpenHandler).not.toBeNull();
  });

  it('refuses navigation away from the app, new windows and webviews', () => {
    const contents = new FakeContents();
    hardenWebContents(contents as never, APP_URL);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const e = fakeEvent();
      contents.emit('will-navigate', e, url);
      expect(e.prevented).toBe(true);
      const r = fakeEvent();
      contents.emit('will-redirect', r, url);
      expect(r.prevented).toBe(true);
    }
    const same = fakeEvent();
    contents.emit('will-navigate', same, `${APP_URL}#top`);
    expect(same.prevented).toBe(false);
    const w = fakeEvent();
    contents.emit('will-attach-webview', w, {}, {});
    expect(w.prevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('refuses every permission request and sends a CSP with no remote sources', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let checkHandler: (() => boolean) | null = null;
    let headersHandler: ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void) | null = null;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: { onHeadersReceived: (h: typeof headersHandler) => (headersHandler = h) },
    };
    hardenSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      requestHandler!({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(checkHandler!()).toBe(false);
    let answered: { responseHeaders: Record<string, string[]> } | null = null;
    headersHandler!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => (answered = r as typeof answered));
    expect(answered!.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it('tells the app page from look-alikes', () => {
    expect(isAppUrl(APP_URL, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}?x=1`, APP_URL)).toBe(true);
    expect(isAppUrl('file:///tmp/evil/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('https://opt/Establish/resources/app.asar/dist/renderer/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('not a url', APP_URL)).toBe(false);
  });
});

describe('IPC registration', () => {
  function setup() {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>>();
    const ipcMain = {
      handle: (channel: string, fn: (event: IpcMainInvokeEvent, arg: unknown) => Promise<unknown>) => handlers.set(channel, fn),
      removeHandler: (channel: string) => handlers.delete(channel),
    };
    const session = new Session({ info: { transport: 'electron', platform: 'linux', nativeDialogs: true }, chooseFile: async () => ({ supported: true, path: null }) }, new RecentFiles(null));
    const unregister = registerIpc(ipcMain as never, { appUrl: APP_URL, sessionFor: (id) => (id === 1 ? session : undefined) });
    return { handlers, unregister, session };
  }
  function event(opts: { id?: number; url?: string; subframe?: boolean; noFrame?: boolean }): IpcMainInvokeEvent {
    const mainFrame = { url: opts.url ?? APP_URL };
    const frame = opts.noFrame ? null : opts.subframe ? { url: opts.url ?? APP_URL } : mainFrame;
    return { sender: { id: opts.id ?? 1, mainFrame }, senderFrame: frame } as unknown as IpcMainInvokeEvent;
  }

  it('registers exactly one channel per contract method, and removes them again', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('answers messages from the main frame of an app window', async () => {
    const { handlers } = setup();
    const r = (await handlers.get(ipcChannel('getAppInfo'))!(event({}), {})) as { ok: boolean; value: { name: string } };
    expect(r.ok).toBe(true);
    expect(r.value.name).toBe('Establish');
  });

  it('sends a structure packed, and the window reads back the posts the host holds', async () => {
    const { handlers, session } = setup();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'establish-ipc-'));
    try {
      const open = (await handlers.get(ipcChannel('newDocument'))!(event({}), { path: path.join(dir, 'ipc.establish'), sample: true })) as { ok: boolean; value: DocumentInfo };
      const id = open.value.structures[0]!.id;
      const r = (await handlers.get(ipcChannel('getStructure'))!(event({}), { structureId: id })) as { ok: boolean; value: { posts: unknown } };
      expect(isPackedRecords(r.value.posts)).toBe(true);
      // Structured clone, as IPC carries it.
      const read = fromWire('getStructure', structuredClone(r.value)) as StructureData;
      expect(read).toEqual(JSON.parse(JSON.stringify(session.requireDocument().structure(id))));
      expect(read.posts.length).toBeGreaterThan(10);
    } finally {
      session.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses messages from another page, a subframe, an unknown window or a destroyed frame', async () => {
    const { handlers } = setup();
    const h = handlers.get(ipcChannel('getDocument'))!;
    for (const e of [event({ url: 'https://evil.example/' }), event({ subframe: true }), event({ id: 7 }), event({ noFrame: true })]) {
      const r = (await h(e, {})) as { ok: boolean; error: { code: string } };
      expect(r.ok).toBe(false);
      expect(r.error.code).toBe('unsupported');
    }
    expect(isTrustedSender(event({}), APP_URL)).toBe(true);
  });

  it('checks arguments before they reach a handler', async () => {
    const { handlers } = setup();
    const r = (await handlers.get(ipcChannel('openDocument'))!(event({}), { path: 42 })) as { ok: boolean; error: { code: string } };
    expect(r.error.code).toBe('invalid-argument');
  });
});

describe('the menu', () => {
  function labels(platform: NodeJS.Platform) {
    const sent: unknown[] = [];
    const template = menuTemplate({
      platform,
      recent: [{ path: '/docs/Review.establish', fileName: 'Review.establish', openedAt: '' }],
      send: (c) => sent.push(c),
      newWindow: () => {},
      clearRecent: () => {},
    });
    return { template, sent };
  }

  it('has File New, Open, Open Recent, Save a Copy As, Close and Edit Undo, Redo, each sending its command', () => {
    const { template, sent } = labels('linux');
    const file = template.find((m) => m.label === '&File')!.submenu as Electron.MenuItemConstructorOptions[];
    const edit = template.find((m) => m.label === '&Edit')!.submenu as Electron.MenuItemConstructorOptions[];
    const byLabel = (items: Electron.MenuItemConstructorOptions[], l: string) => items.find((i) => i.label?.replace('&', '') === l)!;
    for (const [l, command] of [
      ['New Document…', 'new'],
      ['Open…', 'open'],
      ['Save a Copy As…', 'save-copy'],
      ['Close Document', 'close'],
    ] as const) {
      (byLabel(file, l).click as () => void)();
      expect(sent.pop()).toEqual({ command });
    }
    const recent = byLabel(file, 'Open Recent').submenu as Electron.MenuItemConstructorOptions[];
    (recent[0]!.click as () => void)();
    expect(sent.pop()).toEqual({ command: 'open-recent', path: '/docs/Review.establish' });
    (byLabel(edit, 'Undo').click as () => void)();
    expect(sent.pop()).toEqual({ command: 'undo' });
    (byLabel(edit, 'Redo').click as () => void)();
    expect(sent.pop()).toEqual({ command: 'redo' });
    expect(byLabel(edit, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel(edit, 'Redo').accelerator).toBe('Ctrl+Y');
  });

  it('follows macOS conventions there: an app menu and Cmd+Shift+Z for redo', () => {
    const { template } = labels('darwin');
    expect(template[0]!.role).toBe('appMenu');
    const edit = template.find((m) => m.label === '&Edit')!.submenu as Electron.MenuItemConstructorOptions[];
    expect(edit.find((i) => i.label === '&Redo')!.accelerator).toBe('Cmd+Shift+Z');
  });
});

describe('leaving a window', () => {
  it.each(['blur', 'hide', 'minimize', 'close'])('folds the edits into the file when the window gets %s', (event) => {
    const win = new EventEmitter();
    const flush = vi.fn();
    flushWhenLeft(win as unknown as Parameters<typeof flushWhenLeft>[0], flush);
    expect(flush).not.toHaveBeenCalled();
    win.emit(event);
    expect(flush).toHaveBeenCalledTimes(1);
  });
});

describe('a document named on the command line', () => {
  it("resolves a relative path against the launching command's own folder", () => {
    expect(documentArg(['/opt/Establish/establish', 'Review.establish'], '/home/amy/Documents')).toBe(path.resolve('/home/amy/Documents', 'Review.establish'));
    expect(documentArg(['/opt/Establish/establish', '--inspect', '../Team/Plan.ESTABLISH'], '/home/amy/Documents')).toBe(path.resolve('/home/amy/Team/Plan.ESTABLISH'));
    expect(documentArg(['/opt/Establish/establish', '/srv/share/Review.establish'], '/home/amy')).toBe(path.resolve('/srv/share/Review.establish'));
    expect(documentArg(['/opt/Establish/establish', '--flag'], '/home/amy')).toBeNull();
  });
});
