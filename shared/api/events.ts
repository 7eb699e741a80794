// What the host tells a window without being asked: the progress of its jobs, and that its document
// was taken over by another window. Both transports carry them (IPC messages in the app, a
// server-sent event stream over the bridge), typed here beside the methods, so a window never has
// to poll.
import type { JobStatus } from './jobs';

export interface ApiEvents {
  /** A job of this window started, moved on, or finished. */
  job: JobStatus;
  /** This window's document was taken over by another window: it is closed here. */
  documentTakenOver: { fileName: string };
}

export type EventName = keyof ApiEvents;
export const EVENT_NAMES: readonly EventName[] = ['job', 'documentTakenOver'];

export type ApiEvent = { [E in EventName]: { event: E; payload: ApiEvents[E] } }[EventName];

/** Electron IPC channel the main process pushes events on. */
export const EVENT_CHANNEL = 'establish:event';

export function isApiEvent(value: unknown): value is ApiEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { event?: unknown; payload?: unknown };
  return typeof v.event === 'string' && (EVENT_NAMES as readonly string[]).includes(v.event) && typeof v.payload === 'object' && v.payload !== null;
}
