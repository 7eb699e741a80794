// Which browser windows of the bridge are still there. A window holds its event stream open for as
// long as its page lives, so a stream that closes and does not come back means the page has gone
// (closed, reloaded away, or its tab killed): its document is released at once rather than when it
// has been silent long enough. A window without a stream counts as gone once silent for a while.
import type { Session } from '../api/session';

export interface WindowWatchOptions {
  /** How long a window may be silent before its document counts as abandoned. */
  staleAfterMs: number;
  /** How long after its event stream closes a window counts as gone, unless it reconnects. */
  goneAfterMs: number;
  now: () => number;
  /** Called when a window's page has gone: its document is to be released. */
  onGone(windowId: string): void;
}

export class WindowWatch {
  private readonly lastSeen = new Map<string, number>();
  private readonly streams = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly options: WindowWatchOptions) {}

  seen(windowId: string): void {
    this.lastSeen.set(windowId, this.options.now());
  }

  streamOpened(windowId: string): void {
    this.streams.set(windowId, (this.streams.get(windowId) ?? 0) + 1);
    const t = this.timers.get(windowId);
    if (t) clearTimeout(t);
    this.timers.delete(windowId);
  }

  streamClosed(windowId: string): void {
    const left = (this.streams.get(windowId) ?? 1) - 1;
    if (left > 0) return void this.streams.set(windowId, left);
    this.streams.delete(windowId);
    const t = setTimeout(() => {
      this.timers.delete(windowId);
      if (!this.streams.has(windowId)) this.options.onGone(windowId);
    }, this.options.goneAfterMs);
    t.unref?.();
    this.timers.set(windowId, t);
  }

  /** A window with its page still there: its event stream is open. */
  isLive(windowId: string): boolean {
    return this.streams.has(windowId);
  }

  /** How long until a window without a stream counts as abandoned (0 once it does); null for a live window. */
  freesInMs(windowId: string): number | null {
    if (this.isLive(windowId)) return null;
    return Math.max(0, this.options.staleAfterMs - (this.options.now() - (this.lastSeen.get(windowId) ?? 0)));
  }

  isAbandoned(windowId: string): boolean {
    // Silent for exactly the limit is not yet abandoned.
    return !this.isLive(windowId) && this.options.now() - (this.lastSeen.get(windowId) ?? 0) > this.options.staleAfterMs;
  }

  forget(windowId: string): void {
    this.lastSeen.delete(windowId);
    const t = this.timers.get(windowId);
    if (t) clearTimeout(t);
    this.timers.delete(windowId);
  }

  close(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}

/** Other windows that have `file` open for editing. */
export function holdersOf(sessions: ReadonlyMap<string, Session>, file: string, except: string): string[] {
  const out: string[] = [];
  for (const [id, s] of sessions) if (id !== except && s.document?.isOpen && !s.document.readOnly && s.document.filePath === file) out.push(id);
  return out;
}

/** "about 3 minutes", "less than a minute": when a document left open frees by itself. */
export function inAbout(ms: number): string {
  if (ms < 60_000) return 'in less than a minute';
  const minutes = Math.round(ms / 60_000);
  return `in about ${minutes} minute${minutes === 1 ? '' : 's'}`;
}
