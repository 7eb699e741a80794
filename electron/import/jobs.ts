// Import jobs. A large file is read and checked by a job in the worker while the window watches its
// progress; the job ends with a preview and a report. Nothing is written until the user accepts,
// in one edit, on the main thread that holds the document.
import { ApiError } from '../../shared/api/errors';
import type { ImportJobStatus } from '../../shared/api/jobs';
import type { ImportResult } from '../../shared/import/api';
import type { Jobs } from '../jobs/jobs';
import type { DocumentStore } from '../store/document';
import { rememberMapping } from './mappings';
import type { ImportReadOutput, StartImportInput } from './tasks';
import { currentStructure, resolveTarget, writeImport } from './write';

export type { StartImportInput } from './tasks';

interface Prepared {
  doc: DocumentStore;
  input: StartImportInput;
  /** The document's history when the preview was made: accepting a stale preview is refused. */
  docVersion: string;
  read: ImportReadOutput | null;
}

export class ImportJobs {
  private readonly prepared = new Map<string, Prepared>();

  constructor(private readonly jobs: Jobs) {}

  start(doc: DocumentStore, input: StartImportInput): { jobId: string } {
    // One import at a time per window: a new one replaces any still open.
    this.disposeAll();
    const ref = doc.reference();
    const target = resolveTarget({ ref }, input.target);
    const current = currentStructure({ ref });
    const currentPosts = doc.structure(current.id).posts;
    const replaced = target.structure ? (target.structure.id === current.id ? currentPosts : doc.structure(target.structure.id).posts) : [];
    const prepared: Prepared = { doc, input, docVersion: doc.history.version(), read: null };
    const status = this.jobs.start({
      kind: 'import',
      task: 'importRead',
      input: { input, ref, currentPosts, replaces: replaced.filter((p) => !p.holding).length },
      initial: { preview: null },
      finish: (read, st): ImportJobStatus => {
        prepared.read = read;
        return { ...st, state: 'ready', stage: 'Ready', preview: read.preview };
      },
    });
    this.prepared.set(status.jobId, prepared);
    return { jobId: status.jobId };
  }

  accept(doc: DocumentStore, jobId: string): ImportResult {
    const status = this.jobs.status(jobId);
    const job = this.prepared.get(jobId);
    if (status.kind !== 'import' || !job) throw new ApiError('not-found', 'That import is no longer open. Start it again.');
    if (status.state !== 'ready' || !job.read) throw new ApiError('conflict', 'The import is not ready to be accepted yet.');
    if (job.doc !== doc || !doc.isOpen) throw new ApiError('conflict', 'The document changed since this import was prepared. Import the file again.');
    if (doc.history.version() !== job.docVersion)
      throw new ApiError('conflict', 'The document was edited after the preview was made, so the import was not written. Import the file again to see an up-to-date preview.');
    const { plan, sources } = job.read;
    const fileName = plan.summary.sources[0]!.fileName;
    let structureId = '';
    const result = doc.edit((ctx) => {
      const outcome = writeImport(ctx, plan, job.input.target, fileName);
      structureId = outcome.structure.id;
      for (const s of sources) {
        const mapping = s.role === 'main' ? job.input.mapping : job.input.juniorMapping;
        if (mapping) rememberMapping(ctx, plan.summary.format, s.role, s.headers, mapping);
      }
      return outcome.label;
    });
    this.prepared.delete(jobId);
    this.jobs.set(jobId, { ...status, state: 'done', stage: 'Imported' });
    return { ...result, structureId, summary: plan.summary, report: plan.report };
  }

  /** Forgets an import's plan (it is being cancelled). */
  forget(jobId: string): void {
    this.prepared.delete(jobId);
  }

  /** Cancels every import still running or waiting to be accepted. */
  disposeAll(): void {
    for (const id of [...this.prepared.keys()]) {
      this.prepared.delete(id);
      this.jobs.cancel(id);
    }
  }
}
