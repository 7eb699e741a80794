// The loopback bridge: serves the renderer and the same API as Electron IPC over HTTP, so the app
// runs in a browser. It listens on 127.0.0.1 only, and every API call must carry this run's secret.
// A window's events (its jobs' progress) stream to it as server-sent events on `api/_events`.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApiError, type Envelope } from '../../shared/api/errors';
import { toWire } from '../../shared/api/wire';
import { RecentFiles } from '../app/recent';
import { dispatch, loadChecks, wireHandlers } from '../api/handlers';
import { openAhead, Session, type SessionOptions } from '../api/session';
import type { DocumentStore } from '../store/document';
import { CONTENT_SECURITY_POLICY } from '../shell/security';
import { nameOf } from '../store/fileChecks';
import { holdersOf, inAbout, WindowWatch } from './windows';

export const SECRET_HEADER = 'x-establish-secret';
export const WINDOW_HEADER = 'x-establish-window';
const MAX_BODY = 64 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface BridgeOptions {
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  /** Where Open Recent is kept; null keeps none. */
  recentFile: string | null;
  port?: number;
  /** Opened by the first window that starts. */
  openOnStart?: string | null;
  secret?: string;
  /** How long a window may be silent before its document counts as abandoned. */
  staleAfterMs?: number;
  /** How long after a window's event stream closes (its page gone) its document is released. */
  goneAfterMs?: number;
  /** The clock that silence is measured by, in milliseconds (Date.now unless a test steps time itself). */
  now?: () => number;
  /** Where the windows' jobs run (worker threads unless given). */
  workers?: SessionOptions['workers'];
}

export interface Bridge {
  url: string;
  /** The address to open in a browser: the app with this run's secret. */
  appUrl: string;
  port: number;
  secret: string;
  sessions: Map<string, Session>;
  close(): Promise<void>;
}

function canonicalPath(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    return abs;
  }
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendEnvelope(res: http.ServerResponse, status: number, env: Envelope<unknown>): void {
  send(res, status, JSON.stringify(env), 'application/json; charset=utf-8');
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new ApiError('invalid-argument', 'The request is too large.'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The window's events as server-sent events on one long response, until the window goes. */
function streamEvents(req: http.IncomingMessage, res: http.ServerResponse, session: Session, onEnd: () => void): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  res.write(': events\n\n');
  const off = session.onEvent((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  // A comment now and then keeps proxies and idle timers from closing a quiet stream.
  const beat = setInterval(() => res.write(': still here\n\n'), 25_000);
  beat.unref();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(beat);
    off();
    onEnd();
  };
  req.on('close', end);
  res.on('close', end);
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const secret = options.secret ?? randomBytes(32).toString('hex');
  const recent = new RecentFiles(options.recentFile);
  const sessions = new Map<string, Session>();
  const rendererDir = path.resolve(options.rendererDir);
  let openOnStart = options.openOnStart ?? null;
  /**
   * The file to open at start, opened and its first structure read as the bridge starts (as the
   * Electron shell does as its window is made), until the page's window claims it: the page's first
   * requests then find both done, however soon the browser asks.
   */
  let openedAhead: DocumentStore | null = null;
  let closed = false;
  let port = 0;

  // A window closed without saying so (a crashed or killed tab) would keep its document locked
  // for as long as the bridge runs. Its event stream closing tells that its page has gone; a window
  // without one pings while open, so one silent for this long has gone too, and its document is
  // released when another window asks for the same file.
  const staleAfterMs = options.staleAfterMs ?? 3 * 60_000;
  const forget = (windowId: string) => {
    sessions.get(windowId)?.dispose();
    sessions.delete(windowId);
    windows.forget(windowId);
  };
  const windows = new WindowWatch({ staleAfterMs, goneAfterMs: options.goneAfterMs ?? 3_000, now: options.now ?? Date.now, onGone: forget });
  const wantedPath = (arg: unknown): string | null =>
    typeof arg === 'object' && arg !== null && typeof (arg as { path?: unknown }).path === 'string' ? canonicalPath((arg as { path: string }).path) : null;
  const releaseAbandoned = (windowId: string, arg: unknown) => {
    const wanted = wantedPath(arg);
    if (!wanted) return;
    for (const [id, other] of sessions) {
      if (id === windowId || !other.document?.isOpen || other.document.filePath !== wanted) continue;
      if (windows.isAbandoned(id)) forget(id);
    }
  };
  /** Opening a file another window holds: asked to take it over, that window lets it go first. */
  const takeOver = (windowId: string, arg: unknown) => {
    const wanted = wantedPath(arg);
    if (!wanted || (arg as { takeOver?: unknown }).takeOver !== true) return;
    for (const id of holdersOf(sessions, wanted, windowId)) {
      const holder = sessions.get(id)!;
      holder.emit({ event: 'documentTakenOver', payload: { fileName: path.basename(wanted) } });
      holder.replaceDocument(null);
    }
  };
  /** A file held by another window of this bridge: say whether it frees by itself, and when, and offer to take it over. */
  const explainInUse = (windowId: string, arg: unknown, env: Envelope<unknown>): Envelope<unknown> => {
    const wanted = wantedPath(arg);
    if (env.ok || env.error.code !== 'file-in-use' || !wanted) return env;
    const holder = holdersOf(sessions, wanted, windowId)[0];
    if (!holder) return env;
    const frees = windows.freesInMs(holder);
    const name = nameOf(wanted);
    const message =
      frees === null
        ? `${name} is already open in another Establish window. Switch to that window to work on it, or take it over here: that window then lets it go, keeping every change made there.`
        : `${name} is already open in another Establish window, which may have been closed without letting it go. It will be free ${inAbout(frees)}; or take it over now, keeping every change made there.`;
    return { ok: false, error: { code: 'file-in-use', message, details: { path: wanted, takeOver: true, freesInMs: frees } } };
  };

  const sessionFor = (windowId: string): Session => {
    let s = sessions.get(windowId);
    if (!s) {
      s = new Session(
        {
          info: { transport: 'bridge', platform: process.platform, nativeDialogs: false },
          chooseFile: async () => ({ supported: false, path: null }),
        },
        recent,
        options.workers ? { workers: options.workers } : {},
      );
      s.openOnStart = openOnStart;
      s.adoptOpenedAhead(openedAhead);
      openOnStart = null;
      openedAhead = null;
      sessions.set(windowId, s);
    }
    return s;
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      // Only this machine's own names: a page elsewhere cannot reach the bridge by rebinding DNS.
      const host = req.headers.host ?? '';
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'Forbidden', 'text/plain');
      const url = new URL(req.url ?? '/', `http://${host}`);

      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Method not allowed', 'text/plain', { Allow: 'POST' });
        const origin = req.headers.origin;
        if (origin !== undefined && origin !== `http://${host}`) return send(res, 403, 'Forbidden', 'text/plain');
        if (!sameSecret(req.headers[SECRET_HEADER] as string | undefined, secret)) {
          return sendEnvelope(res, 401, { ok: false, error: { code: 'unsupported', message: 'This request did not carry the bridge secret.' } });
        }
        const windowId = String(req.headers[WINDOW_HEADER] ?? '');
        if (!/^[A-Za-z0-9-]{8,64}$/.test(windowId)) {
          return sendEnvelope(res, 400, { ok: false, error: { code: 'invalid-argument', message: 'The request did not say which window it came from.' } });
        }
        const method = url.pathname.slice('/api/'.length);
        windows.seen(windowId);
        if (method === '_release') {
          forget(windowId);
          return sendEnvelope(res, 200, { ok: true, value: null });
        }
        if (method === '_ping') return sendEnvelope(res, 200, { ok: true, value: null });
        if (method === '_flush') {
          // The tab was hidden or lost focus: its edits go into the file itself now.
          sessions.get(windowId)?.document?.flush();
          return sendEnvelope(res, 200, { ok: true, value: null });
        }
        if (method === '_events') {
          windows.streamOpened(windowId);
          return streamEvents(req, res, sessionFor(windowId), () => windows.streamClosed(windowId));
        }
        let arg: unknown;
        try {
          const body = await readBody(req);
          arg = body ? (JSON.parse(body) as unknown) : {};
        } catch (err) {
          const e = err instanceof ApiError ? err : new ApiError('invalid-argument', 'The request body is not valid JSON.');
          return sendEnvelope(res, 400, { ok: false, error: e.toData() });
        }
        if (method === 'openDocument' || method === 'newDocument') releaseAbandoned(windowId, arg);
        if (method === 'openDocument') {
          takeOver(windowId, arg);
          return sendEnvelope(res, 200, explainInUse(windowId, arg, await dispatch(sessionFor(windowId), method, arg)));
        }
        return sendEnvelope(res, 200, toWire(method, await dispatch(sessionFor(windowId), method, arg, wireHandlers)));
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
      const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
      const file = path.resolve(rendererDir, rel);
      if (!file.startsWith(rendererDir + path.sep)) return send(res, 404, 'Not found', 'text/plain');
      let body: Buffer;
      try {
        body = fs.readFileSync(file);
      } catch {
        return send(res, 404, 'Not found', 'text/plain');
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const extra: Record<string, string> = type.startsWith('text/html')
        ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Frame-Options': 'DENY' }
        : {};
      return send(res, 200, body, type, extra);
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, `Internal error: ${(err as Error).message}`, 'text/plain');
    });
  });

  // Before the first page can ask anything.
  await loadChecks();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // Once listening, so starting is not held up; a page asking meanwhile waits for the read.
  if (openOnStart)
    setImmediate(() => {
      if (openOnStart && !openedAhead && !closed) openedAhead = openAhead(openOnStart);
    });
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    appUrl: `${url}#secret=${secret}`,
    port,
    secret,
    sessions,
    close: async () => {
      closed = true;
      windows.close();
      openedAhead?.close();
      openedAhead = null;
      for (const s of sessions.values()) s.dispose();
      sessions.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
