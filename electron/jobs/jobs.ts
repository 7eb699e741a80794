// The one job facility: every import, export and preview of a window is a job here, run by the
// worker pool, its status pushed to the window as it changes. A job is known by its id to the
// window that started it; finished jobs are kept a little while for the window to read.
import { randomUUID } from 'node:crypto';
import { ApiError, type ApiErrorData } from '../../shared/api/errors';
import { isFinished, type JobKind, type JobState, type JobStatus } from '../../shared/api/jobs';
import type { WorkerPool } from './pool';
import type { TaskInput, TaskName, TaskOutput } from './tasks';

type StatusOf<K extends JobKind> = Extract<JobStatus, { kind: K }>;

export interface JobSpec<K extends JobKind, T extends TaskName> {
  kind: K;
  task: T;
  input: TaskInput<T>;
  /** The kind's own fields while it runs (an export's files, a preview's image...). */
  initial: Omit<StatusOf<K>, 'jobId' | 'kind' | 'state' | 'progress' | 'stage' | 'error'>;
  /** Turns the task's output into the finished status (and may keep what accepting it needs). */
  finish(output: TaskOutput<T>, status: StatusOf<K>): StatusOf<K>;
  /** The words shown when it is cancelled or fails. */
  cancelledStage?: string;
}

interface Job {
  status: JobStatus;
  cancel(): void;
  finished: Promise<JobStatus>;
}

/** Finished jobs kept for their window to read. */
const KEEP_FINISHED = 20;

export class Jobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly pool: () => WorkerPool,
    private readonly publish: (status: JobStatus) => void,
  ) {}

  start<K extends JobKind, T extends TaskName>(spec: JobSpec<K, T>): StatusOf<K> {
    this.forgetOld();
    const jobId = randomUUID();
    const base = { jobId, kind: spec.kind, state: 'running' as JobState, progress: 0, stage: 'Starting', error: null as ApiErrorData | null };
    const job: Job = { status: { ...spec.initial, ...base } as StatusOf<K>, cancel: () => {}, finished: Promise.resolve(null as unknown as JobStatus) };
    this.jobs.set(jobId, job);
    const running = this.pool().run(spec.task, spec.input, (progress, stage) => {
      if (job.status.state !== 'running') return;
      this.update(job, { progress: Math.max(job.status.progress, progress), stage });
    });
    job.cancel = running.cancel;
    job.finished = running.end.then((end) => {
      if (end.state === 'done') {
        try {
          job.status = spec.finish(end.output, { ...(job.status as StatusOf<K>), progress: 1 });
        } catch (err) {
          const error = err instanceof ApiError ? err.toData() : { code: 'internal' as const, message: (err as Error).message };
          job.status = { ...job.status, state: 'failed', stage: 'Failed', error };
        }
      } else if (end.state === 'cancelled') job.status = { ...job.status, state: 'cancelled', stage: spec.cancelledStage ?? 'Cancelled' };
      else job.status = { ...job.status, state: 'failed', stage: 'Failed', error: end.error };
      this.publish(job.status);
      return job.status;
    });
    this.publish(job.status);
    return job.status as StatusOf<K>;
  }

  status(jobId: string): JobStatus {
    return this.find(jobId).status;
  }

  /** Stops a running job (it ends as cancelled, leaving nothing behind) and forgets a finished one's result. */
  cancel(jobId: string): JobStatus {
    const job = this.find(jobId);
    if (job.status.state === 'running') {
      job.cancel();
      return { ...job.status, stage: 'Cancelling' };
    }
    if (job.status.state === 'ready') {
      job.status = { ...job.status, state: 'cancelled', stage: 'Cancelled' };
      this.publish(job.status);
    }
    return job.status;
  }

  /** Resolves with the status the job finished with. */
  wait(jobId: string): Promise<JobStatus> {
    return this.find(jobId).finished;
  }

  /** Changes a finished job's status (an import accepted), telling the window. */
  set(jobId: string, status: JobStatus): void {
    const job = this.find(jobId);
    job.status = status;
    this.publish(status);
  }

  /** Running jobs of one kind (to replace an earlier preview or import). */
  running(kind: JobKind): string[] {
    return [...this.jobs.entries()].filter(([, j]) => j.status.kind === kind && j.status.state === 'running').map(([id]) => id);
  }

  /** The window is closing or its document changed: stops everything it started. */
  cancelAll(): void {
    for (const j of this.jobs.values()) if (j.status.state === 'running') j.cancel();
  }

  private update(job: Job, patch: Partial<Pick<JobStatus, 'progress' | 'stage'>>): void {
    job.status = { ...job.status, ...patch };
    this.publish(job.status);
  }

  private find(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('not-found', 'That job is not known: it may belong to another window, or have finished long ago.');
    return job;
  }

  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => isFinished(j.status.state));
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}
