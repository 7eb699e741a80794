// Exports run as jobs: the request is checked at once (so mistakes come back as an error straight
// away), then the document is laid out and written on the export worker while the window polls
// its status and may cancel it. Jobs belong to the window's session that started them.
import crypto from 'node:crypto';
import type { ExportJobStatus, ExportPreview, ExportRequest } from '../../shared/api/exportSchemas';
import { ApiError } from '../../shared/api/errors';
import type { Session } from '../api/session';
import { runInWorker, type ThreadJob } from './exportThread';
import { checkDestination, exportData } from './run';

interface Job {
  status: ExportJobStatus;
  cancel(): void;
  finished: Promise<void>;
}

const bySession = new WeakMap<Session, Map<string, Job>>();

function jobsOf(session: Session): Map<string, Job> {
  let m = bySession.get(session);
  if (!m) {
    m = new Map();
    bySession.set(session, m);
  }
  return m;
}

export function startExport(session: Session, req: ExportRequest, dest: string, overwrite: boolean): { jobId: string } {
  // Reading the document and the quick checks happen here, so mistakes come back at once; laying
  // out, drawing and writing happen on the export worker, so this thread keeps answering.
  const data = exportData(session.requireDocument(), req);
  checkDestination(req, dest, overwrite);
  const jobId = crypto.randomUUID();
  const status: ExportJobStatus = { jobId, state: 'running', progress: 0, stage: 'Starting', files: [], error: null };
  const thread = runInWorker({ kind: 'write', data, req, dest, overwrite }, (done, total, stage) => {
    status.progress = total ? done / total : 0;
    status.stage = stage;
  });
  const job: Job = { status, cancel: () => thread.cancel(), finished: Promise.resolve() };
  const jobs = jobsOf(session);
  // Only recent jobs are kept: a window polls its own job and then forgets it.
  for (const [id, j] of jobs) if (j.status.state !== 'running' && jobs.size > 20) jobs.delete(id);
  jobs.set(jobId, job);
  job.finished = thread.result.then((r) => {
    if (r.type === 'done') {
      status.files = r.files;
      status.state = 'done';
      status.progress = 1;
      status.stage = r.files.length > 1 ? `Saved ${r.files.length} files` : 'Saved';
    } else if (r.type === 'cancelled') {
      status.state = 'cancelled';
      status.stage = 'Cancelled: nothing was saved';
    } else {
      status.state = 'failed';
      status.error = r.type === 'error' && r.code ? r.message : `The export failed: ${r.type === 'error' ? r.message : 'no answer'}. Nothing was saved.`;
      status.stage = 'Failed';
    }
  });
  return { jobId };
}

function findJob(session: Session, jobId: string): Job {
  const job = jobsOf(session).get(jobId);
  if (!job) throw new ApiError('not-found', 'That export is not known (it may belong to another window).');
  return job;
}

export function exportStatus(session: Session, jobId: string): ExportJobStatus {
  return { ...findJob(session, jobId).status };
}

export function cancelExport(session: Session, jobId: string): ExportJobStatus {
  const job = findJob(session, jobId);
  if (job.status.state === 'running') job.cancel();
  return { ...job.status };
}

/** Resolves when the job has finished (for the command line and tests). */
export async function waitForExport(session: Session, jobId: string): Promise<ExportJobStatus> {
  const job = findJob(session, jobId);
  await job.finished;
  return { ...job.status };
}

/** The preview, drawn on the export worker; a newer request from the window cancels an older one. */
export async function previewExport(session: Session, req: ExportRequest): Promise<ExportPreview> {
  const data = exportData(session.requireDocument(), req);
  previews.get(session)?.abort();
  const thread = runInWorker({ kind: 'preview', data, req });
  previews.set(session, thread);
  const r = await thread.result;
  if (previews.get(session) === thread) previews.delete(session);
  if (r.type === 'preview') return r.preview;
  if (r.type === 'cancelled') throw new ApiError('cancelled', 'A newer preview replaced this one.');
  throw new ApiError(r.type === 'error' && r.code ? (r.code as ApiError['code']) : 'internal', r.type === 'error' ? r.message : 'The preview could not be drawn.');
}

const previews = new WeakMap<Session, ThreadJob>();
