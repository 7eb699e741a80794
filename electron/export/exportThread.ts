// Runs an export job on the export worker thread, passing its progress on and its cancel in. The
// worker is the bundled exportWorker.js beside the app (unpacked from the archive when packaged),
// or the TypeScript source when run from the source tree.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerReply } from './workerTypes';

type Final = Exclude<WorkerReply, { type: 'progress' }>;

export interface ThreadJob {
  /** The worker's answer: the files written, the preview, a cancel or an error. */
  result: Promise<Final>;
  /** Asks the job to stop at its next page (a file being written is then removed). */
  cancel(): void;
  /** Stops the worker at once (a preview nobody waits for any more). */
  abort(): void;
}

/** How to start the worker: the bundled file, or (from the source tree) the source through tsx. */
function startWorker(): Worker {
  const source = path.join(__dirname, 'worker.ts');
  const tsx = path.join(__dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cjs', 'index.cjs');
  if (fs.existsSync(source) && fs.existsSync(tsx)) return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true });
  const candidates = [path.join(__dirname, 'exportWorker.js'), path.join(__dirname, '..', 'electron', 'exportWorker.js')];
  for (const c of candidates) {
    const unpacked = c.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    if (fs.existsSync(unpacked)) return new Worker(unpacked);
  }
  throw new Error(`The export worker is missing (looked for ${candidates.join(' and ')}).`);
}

type JobInput = WorkerJob extends infer J ? (J extends WorkerJob ? Omit<J, 'cancel'> : never) : never;

/** Workers waiting for a job: starting one costs more than a small export, so they are kept. */
const idle: Worker[] = [];

export function runInWorker(job: JobInput, onProgress: (done: number, total: number, stage: string) => void = () => {}): ThreadJob {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const worker = idle.pop() ?? startWorker();
  // A job in hand keeps the process alive; an idle worker does not.
  worker.ref();
  // One worker kept ready beside it, so the next preview (one replacing this, say) starts at once.
  if (idle.length === 0) {
    const spare = startWorker();
    spare.unref();
    const drop = () => {
      const i = idle.indexOf(spare);
      if (i >= 0) idle.splice(i, 1);
    };
    spare.once('error', drop);
    spare.once('exit', drop);
    idle.push(spare);
  }
  let finish: (r: Final, reusable: boolean) => void = () => {};
  const result = new Promise<Final>((resolve) => {
    let settled = false;
    const onMessage = (m: WorkerReply) => {
      if (m.type === 'progress') onProgress(m.done, m.total, m.stage);
      else finish(m, true);
    };
    const onError = (err: Error) => finish({ type: 'error', code: null, message: err.message }, false);
    const onExit = (code: number) => finish({ type: 'error', code: null, message: `the export stopped unexpectedly (code ${code})` }, false);
    finish = (r, reusable) => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) {
        worker.unref();
        idle.push(worker);
      } else void worker.terminate();
      resolve(r);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
  worker.postMessage({ ...job, cancel } as WorkerJob);
  return { result, cancel: () => Atomics.store(flag, 0, 1), abort: () => finish({ type: 'cancelled' }, false) };
}
