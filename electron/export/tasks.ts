// The export tasks a job worker runs: drawing the first page for the dialog's preview, and
// writing the whole export a page at a time. Both start from what the main process read.
import type { ExportPreview, ExportRequest } from '../../shared/api/exportSchemas';
import type { TaskFn } from '../jobs/protocol';
import { TaskCancelled } from '../jobs/protocol';
import { planFromData, previewOf, type ExportData } from './run';
import { ExportCancelled, exportTargets, writeExport } from './write';

export interface ExportWriteInput {
  data: ExportData;
  request: ExportRequest;
  dest: string;
  overwrite: boolean;
}

export const exportWrite: TaskFn<ExportWriteInput, { files: string[] }> = async (input, ctx) => {
  await ctx.progress(0, 'Laying out the pages');
  const plan = planFromData(input.data, input.request);
  // The pages are counted now: a per-page export may clash with files already there.
  exportTargets(plan, input.request, input.dest, input.overwrite);
  try {
    const files = await writeExport(plan, input.request, input.dest, input.overwrite, {
      cancelled: () => ctx.cancelled(),
      report: (done, total, stage) => ctx.progress(total ? done / total : 1, stage),
    });
    return { files };
  } catch (err) {
    if (err instanceof ExportCancelled) throw new TaskCancelled();
    throw err;
  }
};

export interface ExportPreviewInput {
  data: ExportData;
  request: ExportRequest;
}

export const exportPreview: TaskFn<ExportPreviewInput, ExportPreview> = async ({ data, request }, ctx) => {
  await ctx.progress(0, 'Laying out the pages');
  const plan = planFromData(data, request);
  await ctx.progress(0.6, 'Drawing the first page');
  return previewOf(plan, request);
};
