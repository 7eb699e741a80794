// Runs an import through the real handlers the way the app and the command line do: inspect,
// start a job, wait for its preview, then accept (or cancel) it.
import type { ImportJobStatus } from '../../shared/api/jobs';
import type { ImportInspection, ImportResult } from '../../shared/import/api';
import type { ColumnMapping, FormatChoice, ImportTarget, SourceRef } from '../../shared/import/types';
import type { Session } from '../../electron/api/session';
import { call } from './session';

export const ORGANOGRAMS = '/work/shared/data/organograms';

export interface ImportRun {
  inspection: ImportInspection;
  status: ImportJobStatus;
  result: ImportResult | null;
}

export async function waitForJob(session: Session, jobId: string): Promise<ImportJobStatus> {
  const st = await session.jobs.wait(jobId);
  if (st.kind !== 'import') throw new Error(`${jobId} is not an import`);
  return st;
}

export async function runImport(
  session: Session,
  options: {
    source: SourceRef;
    junior?: SourceRef | null;
    format?: FormatChoice;
    target: ImportTarget;
    mapping?: (m: ColumnMapping) => ColumnMapping;
    juniorMapping?: (m: ColumnMapping) => ColumnMapping;
    accept?: boolean;
  },
): Promise<ImportRun> {
  const inspection = await call(session, 'inspectImport', {
    source: options.source,
    ...(options.junior !== undefined ? { junior: options.junior } : {}),
    format: options.format ?? 'auto',
  });
  const mapping = options.mapping ? options.mapping(inspection.main.mapping) : inspection.main.mapping;
  const juniorMapping = inspection.junior ? (options.juniorMapping ? options.juniorMapping(inspection.junior.mapping) : inspection.junior.mapping) : null;
  const { jobId } = await call(session, 'startImport', {
    source: options.source,
    junior: inspection.junior ? { path: inspection.junior.path, ...(inspection.junior.sheet ? { sheet: inspection.junior.sheet } : {}) } : null,
    format: inspection.format,
    mapping,
    juniorMapping,
    target: options.target,
  });
  const status = await waitForJob(session, jobId);
  if (status.state !== 'ready' || options.accept === false) return { inspection, status, result: null };
  const result = await call(session, 'acceptImport', { jobId });
  return { inspection, status, result };
}
