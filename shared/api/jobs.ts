// Long work (reading a file to import, writing an export, drawing a preview) runs as a job in a
// second thread or process. Every kind of job has the same life and the same status, pushed to the
// window as it changes (the `job` event); what it ends with depends on its kind.
import type { ImportPreview } from '../import/api';
import type { ApiErrorData } from './errors';
import type { ExportPreview } from './exportSchemas';

export const JOB_KINDS = ['import', 'export', 'preview'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/**
 * running: working; ready: an import has been read and waits to be accepted; done: finished;
 * failed: stopped by a problem (see `error`); cancelled: stopped by the user, leaving nothing behind.
 */
export type JobState = 'running' | 'ready' | 'done' | 'failed' | 'cancelled';

export interface JobBase {
  jobId: string;
  state: JobState;
  /** 0 to 1. */
  progress: number;
  /** What the job is doing, for a progress bar's label ("Drawing page 3 of 12"). */
  stage: string;
  error: ApiErrorData | null;
}

export interface ImportJobStatus extends JobBase {
  kind: 'import';
  /** Once read: the structure as it will be imported, and the report. */
  preview: ImportPreview | null;
}

export interface ExportJobStatus extends JobBase {
  kind: 'export';
  /** The files written (a multi-page SVG or PNG export writes one per page). */
  files: string[];
}

export interface PreviewJobStatus extends JobBase {
  kind: 'preview';
  preview: ExportPreview | null;
}

export type JobStatus = ImportJobStatus | ExportJobStatus | PreviewJobStatus;

export function isFinished(state: JobState): boolean {
  return state === 'done' || state === 'failed' || state === 'cancelled';
}
