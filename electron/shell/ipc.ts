// Registers one IPC handler per contract method. Every message is checked for its sender: it must
// come from the main frame of one of the app's own windows, showing the app's own page. A window's
// events (its jobs' progress) are pushed to it on one channel.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcChannel, METHOD_NAMES } from '../../shared/api/contract';
import { ApiError, type Envelope } from '../../shared/api/errors';
import { EVENT_CHANNEL } from '../../shared/api/events';
import { toWire } from '../../shared/api/wire';
import { dispatch, loadChecks, wireHandlers } from '../api/handlers';
import type { Session } from '../api/session';
import { isAppUrl } from './security';

export interface IpcOptions {
  appUrl: string;
  /** The session of the window a message came from, or undefined when it is not one of ours. */
  sessionFor(webContentsId: number): Session | undefined;
}

export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url, appUrl);
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, options: IpcOptions): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), async (event, arg: unknown): Promise<Envelope<unknown>> => {
      const session = options.sessionFor(event.sender.id);
      if (!session || !isTrustedSender(event, options.appUrl)) {
        return { ok: false, error: new ApiError('unsupported', 'This message did not come from an Establish window.').toData() };
      }
      return toWire(method, await dispatch(session, method, arg, wireHandlers));
    });
  }
  // Loaded while the first window loads its page, so its first requests do not wait for them.
  void loadChecks();
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
  };
}

/** Pushes a session's events to its window until the window goes; returns the way to stop. */
export function forwardEvents(session: Session, contents: Pick<WebContents, 'send' | 'isDestroyed'>): () => void {
  return session.onEvent((event) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
