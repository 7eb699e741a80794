// The export tasks a job worker runs: drawing the first page for the dialog's preview, and
// writing the whole export a page at a time. Both start from what the main process read.
import type { ExportPreview, ExportRequest } from '../../shared/api/exportSchemas';
import type { TaskFn } from '../jobs/protocol';
import { pagePng } from './images';
import { exportTargets, planFromSource, writeExport, type ExportSource } from './run';

export interface ExportWriteInput {
  source: ExportSource;
  request: ExportRequest;
  dest: string;
  overwrite: boolean;
}

export const exportWrite: TaskFn<ExportWriteInput, { files: string[] }> = async (input, ctx) => {
  await ctx.progress(0, 'Laying out the pages');
  const plan = planFromSource(input.source, input.request);
  // The pages are counted now: a per-page export may clash with files already there.
  exportTargets(plan, input.request, input.dest, input.overwrite);
  const files = await writeExport(plan, input.request, input.dest, input.overwrite, {
    cancelled: () => ctx.cancelled(),
    report: (done, total, stage) => ctx.progress(total ? done / total : 1, stage),
  });
  return { files };
};

export interface ExportPreviewInput {
  source: ExportSource;
  request: ExportRequest;
}

export const exportPreview: TaskFn<ExportPreviewInput, ExportPreview> = async ({ source, request }, ctx) => {
  await ctx.progress(0, 'Laying out the pages');
  const plan = planFromSource(source, request);
  await ctx.progress(0.6, 'Drawing the first page');
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
    summary: `${plan.title}: ${bits.join(', ')}${request.names ? ', with postholder names' : ''}.`,
  };
};
