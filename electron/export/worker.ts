// The export worker: composes a document and writes it (or draws its preview) on a thread of its
// own, so the thread that answers the window never waits for a large chart. It takes a job at a
// time, reports progress as it goes, watches a shared flag for a cancel, and answers once a job.
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import { planFromData, previewOf } from './run';
import { ExportCancelled, writeExport } from './write';
import type { WorkerReply, WorkerJob } from './workerTypes';

const port = parentPort;
if (!port) throw new Error('The export worker runs only as a worker thread.');

// One job at a time: a worker is given another only once it has answered.
port.on('message', (job: WorkerJob) => {
  void run(job).then((reply) => port.postMessage(reply));
});

async function run(job: WorkerJob): Promise<WorkerReply> {
  const flag = new Int32Array(job.cancel);
  try {
    const plan = planFromData(job.data, job.req);
    if (job.kind === 'preview') return { type: 'preview', preview: previewOf(plan, job.req) };
    port!.postMessage({ type: 'progress', done: 0, total: plan.pageCount, stage: 'Starting' } satisfies WorkerReply);
    const files = await writeExport(plan, job.req, job.dest, job.overwrite, {
      cancelled: () => Atomics.load(flag, 0) === 1,
      report: async (done, total, stage) => {
        port!.postMessage({ type: 'progress', done, total, stage } satisfies WorkerReply);
      },
    });
    return { type: 'done', files };
  } catch (err) {
    if (err instanceof ExportCancelled) return { type: 'cancelled' };
    if (err instanceof ApiError) return { type: 'error', code: err.code, message: err.message };
    return { type: 'error', code: null, message: (err as Error).message ?? String(err) };
  }
}
