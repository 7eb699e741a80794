// The worker that compares large structures: passes each message to the pure job handler and
// posts back what it answers. No store, no DOM.
import { CompareJobs, type FromWorker, type ToWorker } from '../../../shared/compare/job';

const jobs = new CompareJobs();
const post = (msg: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(msg);

self.addEventListener('message', (e: MessageEvent<ToWorker>) => {
  for (const reply of jobs.handle(e.data)) post(reply);
});
