// Exports and their previews run as jobs in the worker. What the export needs is read from the
// document first, on the main thread, with quick checks whose mistakes come back at once; the
// pages are then laid out and drawn in the worker while the window follows its progress.
import type { ExportRequest } from '../../shared/api/exportSchemas';
import type { ExportJobStatus, JobStatus, PreviewJobStatus } from '../../shared/api/jobs';
import type { Session } from '../api/session';
import { checkDestination, exportData } from './run';

export function startExport(session: Session, request: ExportRequest, dest: string, overwrite: boolean): { jobId: string } {
  const data = exportData(session.requireDocument(), request);
  checkDestination(request, dest, overwrite);
  const status = session.jobs.start({
    kind: 'export',
    task: 'exportWrite',
    input: { data, request, dest, overwrite },
    initial: { files: [] },
    cancelledStage: 'Cancelled: nothing was saved',
    finish: ({ files }, st): ExportJobStatus => ({ ...st, state: 'done', files, stage: files.length > 1 ? `Saved ${files.length} files` : 'Saved' }),
  });
  return { jobId: status.jobId };
}

/** Draws the first page for the export dialog; a newer preview replaces one still drawing. */
export function startPreview(session: Session, request: ExportRequest): { jobId: string } {
  const data = exportData(session.requireDocument(), request);
  for (const id of session.jobs.running('preview')) session.jobs.cancel(id);
  const status = session.jobs.start({
    kind: 'preview',
    task: 'exportPreview',
    input: { data, request },
    initial: { preview: null },
    finish: (preview, st): PreviewJobStatus => ({ ...st, state: 'done', stage: 'Ready', preview }),
  });
  return { jobId: status.jobId };
}

/** Resolves when the job has finished (for the command line and tests). */
export function waitForJob(session: Session, jobId: string): Promise<JobStatus> {
  return session.jobs.wait(jobId);
}

export async function waitForExport(session: Session, jobId: string): Promise<ExportJobStatus> {
  const st = await session.jobs.wait(jobId);
  if (st.kind !== 'export') throw new Error(`${jobId} is not an export`);
  return st;
}
