// Job workers as Node worker threads: used by the loopback bridge and the command line. The
// bundles carry a built worker beside them (jobWorker.js); run from source (the tests), the
// TypeScript worker is loaded through tsx.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { WorkerPool } from './pool';
import type { FromWorker, SpawnWorker, WorkerPort } from './protocol';

export const WORKER_BUNDLE = 'jobWorker.js';

function newWorker(): Worker {
  const built = path.join(__dirname, WORKER_BUNDLE);
  if (fs.existsSync(built)) return new Worker(built);
  const source = path.join(__dirname, 'worker.ts');
  // Node's --import does not reach a worker's own entry, so the worker registers tsx itself.
  const boot = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true });
}

export const spawnThread: SpawnWorker = (): WorkerPort => {
  const worker = newWorker();
  let exited = false;
  return {
    post: (m) => worker.postMessage(m),
    onMessage: (listener) => worker.on('message', (m: FromWorker) => listener(m)),
    onExit: (listener) => {
      // An uncaught error ends the thread; 'exit' follows it and reports the end once.
      worker.on('error', () => undefined);
      worker.on('exit', (code) => {
        if (!exited) {
          exited = true;
          listener(code);
        }
      });
    },
    kill: () => void worker.terminate(),
    // An idle thread does not keep the command line (or a test) running.
    setActive: (active) => (active ? worker.ref() : worker.unref()),
  };
};

let shared: WorkerPool | null = null;

/** The process's pool of worker threads, started on first use. */
export function threadPool(): WorkerPool {
  shared ??= new WorkerPool(spawnThread);
  return shared;
}
