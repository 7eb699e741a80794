// Import jobs. The API is request and response, so a large file is read and checked by a job that
// runs in slices (leaving the event loop free between them) while the caller polls its status;
// the job ends with a preview and a report. Nothing is written until the user accepts, in one edit.
import { randomUUID } from 'node:crypto';
import { ApiError, type ApiErrorData } from '../../shared/api/errors';
import type { ImportJobStatus, ImportPreview, ImportResult } from '../../shared/import/api';
import { matchLineage } from '../../shared/import/lineage';
import { DEFAULT_OPTIONS, fileNotes, planImport, type PlanSource } from '../../shared/import/plan';
import { previewPosts } from '../../shared/import/preview';
import { appendRecords, emptyRecords, readRecords } from '../../shared/import/records';
import type { ColumnMapping, ImportFormat, ImportOptions, ImportPlan, ImportTarget, SourceRef, SourceRole } from '../../shared/import/types';
import type { DocumentStore } from '../store/document';
import { openSource, type OpenedSource } from './inspect';
import { rememberMapping } from './mappings';
import type { Progress } from './readSource';
import { currentStructure, resolveTarget, writeImport } from './write';

export interface StartImportInput {
  source: SourceRef;
  junior?: SourceRef | null | undefined;
  format: ImportFormat;
  mapping: ColumnMapping;
  juniorMapping?: ColumnMapping | null | undefined;
  target: ImportTarget;
  options?: Partial<ImportOptions> | undefined;
}

class Cancelled extends Error {}

const SLICE = 2_000;

interface Job {
  id: string;
  doc: DocumentStore;
  input: StartImportInput;
  status: ImportJobStatus;
  cancelled: boolean;
  plan: ImportPlan | null;
  sources: { role: SourceRole; headers: string[] }[];
  /** The document's history when the preview was made: accepting a stale preview is refused. */
  docVersion: string;
}

function toErrorData(err: unknown): ApiErrorData {
  if (err instanceof ApiError) return err.toData();
  return { code: 'internal', message: `The import failed: ${err instanceof Error ? err.message : String(err)}. The document was not changed.` };
}

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  start(doc: DocumentStore, input: StartImportInput): { jobId: string } {
    // One import at a time per window: a new one replaces any still open.
    for (const j of this.jobs.values()) j.cancelled = true;
    this.jobs.clear();
    resolveTarget({ ref: doc.reference() }, input.target);
    const id = randomUUID();
    const job: Job = {
      id,
      doc,
      input,
      status: { jobId: id, state: 'running', phase: 'Starting', progress: 0, preview: null, error: null },
      cancelled: false,
      plan: null,
      sources: [],
      docVersion: doc.history.version(),
    };
    this.jobs.set(id, job);
    void this.run(job).then(
      () => undefined,
      (err: unknown) => {
        if (err instanceof Cancelled || job.cancelled) job.status = { ...job.status, state: 'cancelled', phase: 'Cancelled' };
        else job.status = { ...job.status, state: 'failed', phase: 'Failed', error: toErrorData(err) };
      },
    );
    return { jobId: id };
  }

  private find(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new ApiError('not-found', 'That import is no longer open. Start it again.');
    return job;
  }

  status(jobId: string): ImportJobStatus {
    return this.find(jobId).status;
  }

  cancel(jobId: string): ImportJobStatus {
    const job = this.jobs.get(jobId);
    if (!job) return { jobId, state: 'cancelled', phase: 'Cancelled', progress: 0, preview: null, error: null };
    job.cancelled = true;
    if (job.status.state === 'ready' || job.status.state === 'failed') job.status = { ...job.status, state: 'cancelled', phase: 'Cancelled' };
    this.jobs.delete(jobId);
    return job.status.state === 'running' ? { ...job.status, state: 'cancelled', phase: 'Cancelled' } : job.status;
  }

  accept(doc: DocumentStore, jobId: string): ImportResult {
    const job = this.find(jobId);
    if (job.status.state !== 'ready' || !job.plan) throw new ApiError('conflict', 'The import is not ready to be accepted yet.');
    if (job.doc !== doc || !doc.isOpen) throw new ApiError('conflict', 'The document changed since this import was prepared. Import the file again.');
    if (doc.history.version() !== job.docVersion)
      throw new ApiError('conflict', 'The document was edited after the preview was made, so the import was not written. Import the file again to see an up-to-date preview.');
    const plan = job.plan;
    const fileName = plan.summary.sources[0]!.fileName;
    let structureId = '';
    const result = doc.edit((ctx) => {
      const outcome = writeImport(ctx, plan, job.input.target, fileName);
      structureId = outcome.structure.id;
      for (const s of job.sources) {
        const mapping = s.role === 'main' ? job.input.mapping : job.input.juniorMapping;
        if (mapping) rememberMapping(ctx, plan.summary.format, s.role, s.headers, mapping);
      }
      return outcome.label;
    });
    job.status = { ...job.status, state: 'done', phase: 'Imported' };
    this.jobs.delete(jobId);
    return { ...result, structureId, summary: plan.summary, report: plan.report };
  }

  disposeAll(): void {
    for (const j of this.jobs.values()) j.cancelled = true;
    this.jobs.clear();
  }

  private async run(job: Job): Promise<void> {
    const set = (phase: string, progress: number) => {
      if (job.cancelled) throw new Cancelled();
      job.status = { ...job.status, phase, progress: Math.max(job.status.progress, Math.min(1, progress)) };
    };
    const slice = (phase: string, from: number, to: number): Progress => ({
      tick: async (fraction) => {
        set(phase, from + (to - from) * fraction);
        await new Promise((resolve) => setImmediate(resolve));
        if (job.cancelled) throw new Cancelled();
      },
    });
    const { input } = job;
    const hasJunior = input.format === 'organogram' && !!input.junior;
    const mainSource = await openSource(input.source, 'main', slice(`Reading ${baseName(input.source.path)}`, 0, hasJunior ? 0.3 : 0.5));
    const juniorSource = hasJunior ? await openSource(input.junior!, 'junior', slice(`Reading ${baseName(input.junior!.path)}`, 0.3, 0.5)) : null;
    const main = await this.readRows(mainSource, input.mapping, 'main', slice('Checking rows', 0.5, hasJunior ? 0.7 : 0.9));
    const junior = juniorSource ? await this.readRows(juniorSource, input.juniorMapping ?? {}, 'junior', slice('Checking junior rows', 0.7, 0.9)) : null;
    set('Preparing the preview', 0.9);
    await new Promise((resolve) => setImmediate(resolve));
    if (!job.doc.isOpen) throw new ApiError('no-document', 'The document was closed, so the import was stopped.');
    const ref = job.doc.reference();
    const plan = planImport(input.format, main, junior, ref, { ...DEFAULT_OPTIONS, ...input.options });
    job.sources = [
      { role: 'main', headers: mainSource.headers },
      ...(juniorSource ? [{ role: 'junior' as const, headers: juniorSource.headers }] : []),
    ];
    job.plan = plan;
    job.status = { ...job.status, state: 'ready', phase: 'Ready', progress: 1, preview: this.preview(job, plan) };
  }

  private async readRows(src: OpenedSource, mapping: ColumnMapping, role: SourceRole, progress: Progress): Promise<PlanSource> {
    const grid = src.sheet.grid;
    const all = emptyRecords();
    for (let from = 0; from < grid.rows.length; from += SLICE) {
      appendRecords(all, readRecords(grid, src.headerRow, mapping, role, from, from + SLICE));
      await progress.tick(Math.min(1, (from + SLICE) / grid.rows.length));
    }
    const info = { fileName: src.read.fileName, encoding: src.read.encoding, converted: src.read.converted };
    return {
      info: { role, fileName: info.fileName, encoding: info.encoding, sheet: src.sheet.name, dataRows: Math.max(0, grid.rows.length - src.headerRow - 1) },
      mapping,
      read: all,
      notes: fileNotes(role, info, src.headerRow, grid, src.read.unterminatedAt),
      headers: src.headers,
      headerRow: grid.rowNumbers[src.headerRow] ?? 1,
    };
  }

  private preview(job: Job, plan: ImportPlan): ImportPreview {
    const ref = job.doc.reference();
    const current = currentStructure({ ref });
    const target = resolveTarget({ ref }, job.input.target);
    const currentPosts = job.doc.structure(current.id).posts;
    const match = matchLineage(plan.posts, plan.grades, currentPosts, ref.grades);
    const replaces = target.structure ? (target.structure.id === current.id ? currentPosts : job.doc.structure(target.structure.id).posts).filter((p) => !p.holding).length : 0;
    return {
      summary: plan.summary,
      report: plan.report,
      targetName: target.name,
      replaces,
      matched: { byRef: match.byRef, byGroup: match.byGroup, currentPosts: currentPosts.filter((p) => !p.holding).length },
      posts: previewPosts(plan, new Set(match.lineage.keys())),
    };
  }
}

function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}
