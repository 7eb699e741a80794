// The preload of every window: sandboxed and context-isolated. It exposes exactly the contract's
// methods (each bound to its own IPC channel) and subscriptions to menu commands and pushed events; never
// ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, METHOD_NAMES, type MethodName } from '../shared/api/contract';
import type { Envelope } from '../shared/api/errors';
import { EVENT_CHANNEL, isApiEvent, type ApiEvent } from '../shared/api/events';
import { isMenuCommand, MENU_CHANNEL, type MenuCommand } from '../shared/api/menu';
import type { PreloadApi } from '../shared/api/preload';

const methods = Object.fromEntries(
  METHOD_NAMES.map((m: MethodName) => [m, (arg?: unknown) => ipcRenderer.invoke(ipcChannel(m), arg ?? {}) as Promise<Envelope<unknown>>]),
) as PreloadApi['methods'];

const api = {
  methods,
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: unknown, payload: unknown) => {
      if (isMenuCommand(payload)) listener(payload);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
  onEvent(listener: (event: ApiEvent) => void): () => void {
    const handler = (_event: unknown, payload: unknown) => {
      if (isApiEvent(payload)) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('establish', api);
