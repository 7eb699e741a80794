// The two ways the renderer reaches the API: the Electron preload, or the loopback bridge when the
// same page runs in a browser. Both answer with the same envelopes.
import type { MethodName } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/errors';
import { isApiEvent, type ApiEvent } from '../../../shared/api/events';
import type { MenuCommand } from '../../../shared/api/menu';
import type { PreloadApi } from '../../../shared/api/preload';

export interface Transport {
  kind: 'electron' | 'bridge';
  call(method: MethodName, arg: unknown): Promise<Envelope<unknown>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Events the host pushes (a job's progress); returns the way to stop listening. */
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** Tells the host this window is going away (the bridge then closes its document). */
  release(): void;
  /** Starts telling the host, now and then, that this window is still open. */
  keepAlive(): () => void;
}

declare global {
  interface Window {
    establish?: PreloadApi;
  }
}

const SECRET_KEY = 'establish.bridge.secret';
const WINDOW_KEY = 'establish.bridge.window';

function electronTransport(api: PreloadApi): Transport {
  return {
    kind: 'electron',
    call: (method, arg) => api.methods[method](arg),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onEvent: (listener) => api.onEvent(listener),
    release: () => {},
    keepAlive: () => () => {},
  };
}

/** The secret arrives in the address's #fragment (never sent to a server) and is kept for this tab. */
function bridgeSecret(): string {
  const match = /(?:^#|&)secret=([0-9a-f]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(SECRET_KEY, match[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(SECRET_KEY) ?? '';
}

function windowId(): string {
  let id = sessionStorage.getItem(WINDOW_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(WINDOW_KEY, id);
  }
  return id;
}

function bridgeTransport(): Transport {
  const secret = bridgeSecret();
  const win = windowId();
  const headers = { 'Content-Type': 'application/json', 'X-Establish-Secret': secret, 'X-Establish-Window': win };
  const listeners = new Set<(event: ApiEvent) => void>();
  let stream: Promise<void> | null = null;
  return {
    kind: 'bridge',
    async call(method, arg) {
      let res: Response;
      try {
        res = await fetch(`api/${method}`, { method: 'POST', headers, body: JSON.stringify(arg ?? {}) });
      } catch {
        return { ok: false, error: { code: 'io', message: 'Establish\'s local server is not answering. Start it again with "npm run web", then reload this page.' } };
      }
      try {
        return (await res.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: `The local server answered ${res.status} without a result.` } };
      }
    },
    onMenuCommand: () => () => {},
    onEvent: (listener) => {
      listeners.add(listener);
      if (!stream) stream = openEventStream(headers, (e) => listeners.forEach((l) => l(e)));
      return () => listeners.delete(listener);
    },
    keepAlive() {
      // The event stream stays open for as long as this page lives: when it closes without this
      // window's goodbye (a killed tab), the bridge lets its document go at once.
      if (!stream) stream = openEventStream(headers, (e) => listeners.forEach((l) => l(e)));
      // Tells the bridge this window is still open, so its document stays this window's.
      const ping = () => void fetch('api/_ping', { method: 'POST', headers, body: '{}' }).catch(() => undefined);
      const timer = setInterval(ping, 30_000);
      // Leaving the tab folds its edits into the document file at once.
      const flush = () => void fetch('api/_flush', { method: 'POST', headers, body: '{}', keepalive: true }).catch(() => undefined);
      const hidden = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      document.addEventListener('visibilitychange', hidden);
      window.addEventListener('blur', flush);
      return () => {
        clearInterval(timer);
        document.removeEventListener('visibilitychange', hidden);
        window.removeEventListener('blur', flush);
      };
    },
    release() {
      void fetch('api/_release', { method: 'POST', headers, body: '{}', keepalive: true }).catch(() => undefined);
    },
  };
}

/**
 * The bridge's events arrive on one long response (server-sent events, read with fetch so the
 * secret goes in a header, never in the address). It reconnects after a dropped connection.
 */
async function openEventStream(headers: Record<string, string>, deliver: (event: ApiEvent) => void): Promise<void> {
  for (;;) {
    try {
      const res = await fetch('api/_events', { method: 'POST', headers, body: '{}' });
      if (!res.ok || !res.body) throw new Error(`events answered ${res.status}`);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const frame = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const data = frame.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (!data) continue;
          try {
            const parsed: unknown = JSON.parse(data);
            if (isApiEvent(parsed)) deliver(parsed);
          } catch {
            // A frame that is not an event is skipped.
          }
        }
      }
    } catch {
      // The server went away or restarted: try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export function detectTransport(): Transport {
  return window.establish ? electronTransport(window.establish) : bridgeTransport();
}
