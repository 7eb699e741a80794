// Exports run as jobs: the request is checked and planned at once (so mistakes come back as an
// error straight away), then the file is written in steps while the window polls its status and
// may cancel it. Jobs belong to the window's session that started them.
import crypto from 'node:crypto';
import type { ExportJobStatus, ExportPreview, ExportRequest } from '../../shared/api/exportSchemas';
import { ApiError } from '../../shared/api/errors';
import type { Session } from '../api/session';
import { pagePng } from './images';
import { ExportCancelled, exportTargets, planExport, writeExport } from './run';

interface Job {
  status: ExportJobStatus;
  cancel: boolean;
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

/** Lets other requests (status polls, cancels) in between the steps of a long export. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export function startExport(session: Session, req: ExportRequest, dest: string, overwrite: boolean): { jobId: string } {
  const store = session.requireDocument();
  const plan = planExport(store, req);
  exportTargets(plan, req, dest, overwrite);
  const jobId = crypto.randomUUID();
  const status: ExportJobStatus = { jobId, state: 'running', progress: 0, stage: 'Starting', files: [], error: null };
  const job: Job = { status, cancel: false, finished: Promise.resolve() };
  const jobs = jobsOf(session);
  // Only recent jobs are kept: a window polls its own job and then forgets it.
  for (const [id, j] of jobs) if (j.status.state !== 'running' && jobs.size > 20) jobs.delete(id);
  jobs.set(jobId, job);
  job.finished = (async () => {
    await breathe();
    try {
      status.files = await writeExport(plan, req, dest, overwrite, {
        cancelled: () => job.cancel,
        report: async (done, total, stage) => {
          status.progress = total ? done / total : 1;
          status.stage = stage;
          await breathe();
        },
      });
      status.state = 'done';
      status.progress = 1;
      status.stage = status.files.length > 1 ? `Saved ${status.files.length} files` : 'Saved';
    } catch (err) {
      if (err instanceof ExportCancelled) {
        status.state = 'cancelled';
        status.stage = 'Cancelled: nothing was saved';
      } else {
        status.state = 'failed';
        status.error = err instanceof ApiError ? err.message : `The export failed: ${(err as Error).message}. Nothing was saved.`;
        status.stage = 'Failed';
      }
    }
  })();
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
  if (job.status.state === 'running') job.cancel = true;
  return { ...job.status };
}

/** Resolves when the job has finished (for the command line and tests). */
export async function waitForExport(session: Session, jobId: string): Promise<ExportJobStatus> {
  const job = findJob(session, jobId);
  await job.finished;
  return { ...job.status };
}

export function previewExport(session: Session, req: ExportRequest): ExportPreview {
  const plan = planExport(session.requireDocument(), req);
  const page = plan.render(0);
  const png = pagePng(page, 72);
  const charts = plan.parts.filter((p) => p.kind === 'chart').length;
  const tables = plan.parts.length - charts;
  const bits = [`${plan.pageCount} page${plan.pageCount === 1 ? '' : 's'}`];
  if (charts) bits.push(`${charts} chart${charts === 1 ? '' : 's'}`);
  if (tables) bits.push(`${tables} schedule${tables === 1 ? '' : 's'}`);
  return {
    image: `data:image/png;base64,${png.toString('base64')}`,
    width: page.width,
    height: page.height,
    pageCount: plan.pageCount,
    summary: `${plan.title}: ${bits.join(', ')}${req.names ? ', with postholder names' : ''}.`,
  };
}
