// Writes a composed export in the chosen format, a page at a time so progress can be reported and
// a cancel takes effect promptly. Files are written beside their destination and renamed into
// place, so a failed or cancelled export never leaves half a file. Runs on the export worker.
import fs from 'node:fs';
import path from 'node:path';
import type { ExportRequest } from '../../shared/api/exportSchemas';
import { ApiError } from '../../shared/api/errors';
import type { ExportPlan } from '../../shared/export/compose';
import { tableToCsv } from '../../shared/export/csv';
import { docxBuffer } from './docx';
import { pageToSvg } from '../../shared/chart/svg';
import { pagePng, pageSvgFile } from './images';
import { PdfWriter } from './pdf';
import { withExtension } from './run';
import { workbookBuffer } from './xlsx';

export interface Progress {
  report(done: number, total: number, stage: string): Promise<void>;
  cancelled(): boolean;
}

export class ExportCancelled extends Error {}

function temporary(dest: string): string {
  return path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.${Date.now()}.tmp`);
}

/** Where each page of a multi-page SVG or PNG export goes: "chart.png" becomes "chart-1.png"... */
export function pageFiles(dest: string, count: number): string[] {
  if (count <= 1) return [dest];
  const ext = path.extname(dest);
  const stem = dest.slice(0, dest.length - ext.length);
  return Array.from({ length: count }, (_, i) => `${stem}-${i + 1}${ext}`);
}

/** The files an export will write; refuses a missing folder, or files that exist unless replacing them. */
export function exportTargets(plan: ExportPlan, req: ExportRequest, destIn: string, overwrite: boolean): string[] {
  const dest = path.resolve(withExtension(destIn, req.format));
  if (!fs.existsSync(path.dirname(dest))) throw new ApiError('file-not-found', `The folder "${path.dirname(dest)}" does not exist. Choose another place to save.`);
  const perPage = req.format === 'svg' || req.format === 'png';
  const targets = perPage ? pageFiles(dest, plan.pageCount) : [dest];
  if (!overwrite) {
    const existing = targets.find((t) => fs.existsSync(t));
    if (existing) throw new ApiError('file-exists', `"${existing}" already exists. Choose another name, or tick the box to replace it.`);
  }
  return targets;
}

export async function writeExport(plan: ExportPlan, req: ExportRequest, destIn: string, overwrite: boolean, progress: Progress): Promise<string[]> {
  const targets = exportTargets(plan, req, destIn, overwrite);
  const dest = targets[0]!;
  const perPage = req.format === 'svg' || req.format === 'png';
  const temps = targets.map(temporary);
  const check = () => {
    if (progress.cancelled()) throw new ExportCancelled();
  };
  try {
    const total = plan.pageCount;
    if (req.format === 'pdf') {
      const w = new PdfWriter(temps[0]!, { title: plan.title, author: '', subject: plan.title });
      try {
        for (let i = 0; i < total; i++) {
          check();
          w.addPage(plan.render(i));
          await progress.report(i + 1, total, `Drawing page ${i + 1} of ${total}`);
        }
      } catch (err) {
        await w.abort();
        throw err;
      }
      await w.finish();
    } else if (perPage) {
      for (let i = 0; i < total; i++) {
        check();
        const page = plan.render(i);
        fs.writeFileSync(temps[i]!, req.format === 'svg' ? pageSvgFile(page, plan.title) : pagePng(page, req.dpi));
        await progress.report(i + 1, total, `Drawing page ${i + 1} of ${total}`);
      }
    } else if (req.format === 'csv') {
      const part = plan.parts.find((p) => p.kind === 'table');
      if (!part || part.kind !== 'table') throw new ApiError('invalid-argument', 'There is no schedule to write as CSV.');
      fs.writeFileSync(temps[0]!, tableToCsv(part.table), 'utf8');
    } else if (req.format === 'xlsx') {
      const tables = plan.parts.flatMap((p) => (p.kind === 'table' ? [p.table] : []));
      fs.writeFileSync(temps[0]!, await workbookBuffer(tables, { title: plan.title, organisation: '', footer: plan.title }));
    } else if (req.format === 'docx') {
      const buf = await docxBuffer({
        plan,
        png: (page) => pagePng(page, Math.min(req.dpi, 200)),
        svg: (page) => pageToSvg(page),
        onPage: async (done, all) => {
          check();
          await progress.report(done, all, `Adding page ${done} of ${all}`);
        },
      });
      fs.writeFileSync(temps[0]!, buf);
    }
    check();
    targets.forEach((t, i) => fs.renameSync(temps[i]!, t));
    return targets;
  } catch (err) {
    for (const t of temps) fs.rmSync(t, { force: true });
    if (err instanceof ApiError || err instanceof ExportCancelled) throw err;
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'ENOSPC' || e.code === 'EROFS')
      throw new ApiError('io', `The export could not be written to "${dest}" (${e.message}). Nothing was saved; the document is unchanged.`);
    throw err;
  }
}
