// A job worker: a worker thread (the bridge) or an Electron utility process (the app), serving the
// pool's tasks over its parent's port.
import { parentPort } from 'node:worker_threads';
import { serve, type Port } from './serve';
import type { ToWorker } from './protocol';
import { makeTasks } from './tasks';

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

serve(
  port(),
  makeTasks({
    exportTasks: async () => require('../export/tasks') as typeof import('../export/tasks'),
    importTasks: async () => require('../import/tasks') as typeof import('../import/tasks'),
    checkTasks: async () => require('../store/checkTask') as typeof import('../store/checkTask'),
  }),
);
