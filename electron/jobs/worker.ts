// A job worker: a worker thread (the bridge and the command line) or an Electron utility process
// (the app). It runs one task at a time for the pool, reporting progress now and then and
// stopping at the next step after a cancel.
import { parentPort } from 'node:worker_threads';
import { ApiError, type ApiErrorData } from '../../shared/api/errors';
import { TaskCancelled, type FromWorker, type TaskContext, type ToWorker } from './protocol';
import { TASKS } from './tasks';

interface Port {
  post(message: FromWorker): void;
  listen(listener: (message: ToWorker) => void): void;
}

/** Electron's utility process talks through process.parentPort; not in Node's types. */
interface UtilityParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
}

function port(): Port {
  if (parentPort) {
    const p = parentPort;
    return { post: (m) => p.postMessage(m), listen: (l) => p.on('message', (m: ToWorker) => l(m)) };
  }
  const utility = (process as unknown as { parentPort?: UtilityParentPort }).parentPort;
  if (!utility) throw new Error('The job worker was started without a parent to talk to.');
  return { post: (m) => utility.postMessage(m), listen: (l) => utility.on('message', (e) => l(e.data as ToWorker)) };
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

const channel = port();
const running = new Set<string>();
const cancelled = new Set<string>();

async function run(id: string, task: string, input: unknown): Promise<void> {
  const fn = (TASKS as Record<string, (input: unknown, ctx: TaskContext) => Promise<unknown>>)[task];
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
}

channel.listen((message) => {
  if (message.type === 'cancel') {
    if (running.has(message.id)) cancelled.add(message.id);
  }
  else void run(message.id, message.task, message.input);
});
