// The preload, with Electron's contextBridge and ipcRenderer replaced by fakes: it exposes exactly
// the contract's methods and a menu subscription, and never ipcRenderer itself.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES } from '../../shared/api/contract';
import { EVENT_CHANNEL } from '../../shared/api/events';
import { MENU_CHANNEL } from '../../shared/api/menu';
import type { PreloadApi } from '../../shared/api/preload';

const exposed: Record<string, unknown> = {};
const invoked: { channel: string; arg: unknown }[] = [];
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke: (channel: string, arg: unknown) => {
      invoked.push({ channel, arg });
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, fn: (event: unknown, payload: unknown) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

let api: PreloadApi;
beforeAll(async () => {
  await import('../../electron/preload');
  api = exposed.establish as PreloadApi;
});

describe('the preload', () => {
  it('exposes one object, `establish`, with exactly the contract methods and the menu and event subscriptions', () => {
    expect(Object.keys(exposed)).toEqual(['establish']);
    expect(Object.keys(api).sort()).toEqual(['methods', 'onEvent', 'onMenuCommand']);
    expect(Object.keys(api.methods).sort()).toEqual([...METHOD_NAMES].sort());
    expect(JSON.stringify(Object.keys(api))).not.toContain('ipcRenderer');
  });

  it('sends each method on its own channel', async () => {
    await api.methods.openDocument({ path: '/x.establish' });
    await api.methods.undo();
    expect(invoked).toEqual([
      { channel: ipcChannel('openDocument'), arg: { path: '/x.establish' } },
      { channel: ipcChannel('undo'), arg: {} },
    ]);
  });

  it('passes on only well-formed menu commands, and unsubscribes', () => {
    const got: unknown[] = [];
    const off = api.onMenuCommand((c) => got.push(c));
    const fire = listeners.get(MENU_CHANNEL)!;
    fire({}, { command: 'undo' });
    fire({}, { command: 'format-disk' });
    fire({}, 'undo');
    expect(got).toEqual([{ command: 'undo' }]);
    off();
    expect(listeners.has(MENU_CHANNEL)).toBe(false);
  });

  it('passes on only well-formed pushed events, and unsubscribes', () => {
    const got: unknown[] = [];
    const off = api.onEvent((e) => got.push(e));
    const fire = listeners.get(EVENT_CHANNEL)!;
    const status = { jobId: 'j', kind: 'export', state: 'running', progress: 0.5, stage: 'Drawing', error: null, files: [] };
    fire({}, { event: 'job', payload: status });
    fire({}, { event: 'shell', payload: {} });
    fire({}, { event: 'job' });
    expect(got).toEqual([{ event: 'job', payload: status }]);
    off();
    expect(listeners.has(EVENT_CHANNEL)).toBe(false);
  });
});
