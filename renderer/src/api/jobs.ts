// Following a job the host runs: its status arrives as pushed `job` events; it is also read once on
// starting to follow, in case the job moved on (or finished) before the window was listening.
import type { ApiClient } from '../../../shared/api/contract';
import { isFinished, type JobStatus } from '../../../shared/api/jobs';

/** Calls `onStatus` with each new status of one job until it finishes; returns the way to stop. */
export function followJob<S extends JobStatus>(api: ApiClient, jobId: string, onStatus: (status: S) => void, onError: (err: unknown) => void = () => {}): () => void {
  let stopped = false;
  let heard = false;
  const deliver = (status: JobStatus) => {
    if (stopped || status.jobId !== jobId) return;
    if (isFinished(status.state) || status.state === 'ready') stop();
    onStatus(status as S);
  };
  const off = api.on('job', (status) => {
    heard = true;
    deliver(status);
  });
  const stop = () => {
    stopped = true;
    off();
  };
  api.jobStatus({ jobId }).then(
    // An event heard meanwhile is newer than this answer, unless the answer is the end.
    (status) => {
      if (!heard || isFinished(status.state) || status.state === 'ready') deliver(status);
    },
    (err: unknown) => {
      if (stopped) return;
      stop();
      onError(err);
    },
  );
  return stop;
}
