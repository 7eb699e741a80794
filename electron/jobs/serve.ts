// Running tasks for a pool over whatever carries its messages: a worker thread's or utility
// process's port, or (the command line) a channel within the process. One message at a time;
// progress goes out now and then, and a cancel stops the task at its next step.
import { ApiError, type ApiErrorData } from '../../shared/api/errors';
import { TaskCancelled, type FromWorker, type TaskContext, type ToWorker } from './protocol';
import type { Tasks } from './tasks';

export interface Port {
  post(message: FromWorker): void;
  listen(listener: (message: ToWorker) => void): void;
}

function errorData(err: unknown): ApiErrorData {
  if (err instanceof ApiError) return err.toData();
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'EACCES' || e?.code === 'EPERM' || e?.code === 'ENOSPC' || e?.code === 'EROFS')
    return { code: 'io', message: `A file could not be written or read (${e.message}). Nothing was saved.` };
  return { code: 'internal', message: `Something went wrong: ${err instanceof Error ? err.message : String(err)}. Nothing was saved.` };
}

/** Progress goes out at most this often: the window redraws for each message. */
const REPORT_EVERY_MS = 50;

/** Serves the tasks the pool sends over `channel`. */
export function serve(channel: Port, tasks: Tasks): void {
  const running = new Set<string>();
  const cancelled = new Set<string>();

  const run = async (id: string, task: string, input: unknown): Promise<void> => {
    const fn = (tasks as Record<string, (input: unknown, ctx: TaskContext) => Promise<unknown>>)[task];
    if (!fn) {
      channel.post({ type: 'failed', id, error: { code: 'internal', message: `There is no job called "${task}".` } });
      return;
    }
    running.add(id);
    let last = 0;
    const ctx: TaskContext = {
      cancelled: () => cancelled.has(id),
      progress: async (fraction, stage) => {
        const now = Date.now();
        if (now - last >= REPORT_EVERY_MS) {
          last = now;
          channel.post({ type: 'progress', id, progress: Math.max(0, Math.min(1, fraction)), stage });
        }
        // Lets a cancel message in between steps.
        await new Promise((resolve) => setImmediate(resolve));
        if (cancelled.has(id)) throw new TaskCancelled();
      },
    };
    try {
      const output = await fn(input, ctx);
      channel.post(cancelled.has(id) ? { type: 'cancelled', id } : { type: 'done', id, output });
    } catch (err) {
      channel.post(err instanceof TaskCancelled || cancelled.has(id) ? { type: 'cancelled', id } : { type: 'failed', id, error: errorData(err) });
    } finally {
      running.delete(id);
      cancelled.delete(id);
    }
  };

  channel.listen((message) => {
    if (message.type === 'cancel') {
      if (running.has(message.id)) cancelled.add(message.id);
    } else void run(message.id, message.task, message.input);
  });
}
