// What an export is made from and how it is composed: the structures read from the document,
// their comparison, and the pages of the document; the checks of where it goes; its preview.
// Writing the file is write.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { ExportPreview, ExportRequest } from '../../shared/api/exportSchemas';
import { ApiError } from '../../shared/api/errors';
import { compareStructures } from '../../shared/compare/compare';
import { optionsAppraisal } from '../../shared/compare/options';
import { branchOf, matchingBranch } from '../../shared/export/branch';
import { compose, type ExportPlan } from '../../shared/export/compose';
import { layoutChart } from '../../shared/layout/layoutChart';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import type { DocumentStore } from '../store/document';
import { pagePng } from './images';

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** For a proposal with no comparison named: the structure it was copied from, or the current one. */
export function defaultBaselineId(info: DocumentInfo, structureId: string): string | null {
  const s = info.structures.find((x) => x.id === structureId);
  if (!s || s.kind === 'current') return null;
  const based = s.basedOnId && info.structures.some((x) => x.id === s.basedOnId) ? s.basedOnId : null;
  return based ?? info.structures.find((x) => x.kind === 'current' && x.id !== s.id)?.id ?? null;
}

/** What an export is made from, read from the document: plain data, so a worker thread can take it. */
export interface ExportData {
  info: DocumentInfo;
  subject: StructureData;
  baseline: StructureData | null;
  today: string;
  /** For one branch: the titles from the top of the structure down to the branch's head. */
  branchPath: string[] | null;
  /** For a pack with an options appraisal: Current, then the proposals asked for, in order. */
  options?: StructureData[] | null;
}

export function exportData(store: DocumentStore, req: ExportRequest): ExportData {
  const info = store.info();
  const find = (id: string | undefined): StructureData => {
    if (!id || !info.structures.some((s) => s.id === id)) throw new ApiError('not-found', 'That structure is no longer in the document. Choose another and export again.');
    return store.structure(id);
  };
  const subjectId = req.kind === 'pack' ? req.toId : req.structureId;
  const baselineId = req.kind === 'pack' ? req.fromId : req.compareWithId === undefined ? defaultBaselineId(info, subjectId!) : req.compareWithId;
  let subject = find(subjectId);
  let baseline = baselineId ? find(baselineId) : null;
  let branchPath: string[] | null = null;
  if (req.kind === 'chart' && req.branchId) {
    // One branch: the post chosen and everyone below it, compared with the same branch in the baseline.
    const b = branchOf(subject.posts, req.branchId);
    if (!b) throw new ApiError('not-found', 'That post is not in the structure any more. Choose another post and export its branch again.');
    branchPath = [...b.above, b.posts[0]!.title];
    const head = subject.posts.find((p) => p.id === req.branchId)!;
    if (baseline) {
      const m = matchingBranch(baseline.posts, head);
      baseline = m ? { ...baseline, posts: m.posts } : null;
    }
    subject = { ...subject, posts: b.posts };
  }
  let options: StructureData[] | null = null;
  if (req.kind === 'pack' && req.optionIds) {
    const current = info.structures.find((s) => s.kind === 'current');
    if (!current) throw new ApiError('not-found', 'The options appraisal compares each proposal with Current, and the document has no Current structure.');
    options = [find(current.id), ...req.optionIds.filter((id) => id !== current.id).map(find)];
  }
  return { info, subject, baseline, today: todayIso(), branchPath, options };
}

/** Composes the document from its data: the comparison, the layout of its charts, its pages. */
export function planFromData(data: ExportData, req: ExportRequest): ExportPlan {
  // The same comparison the compare view and the command line's diff make.
  const summary = data.baseline ? compareStructures(data.info, data.baseline, data.subject) : null;
  return compose({
    doc: data.info,
    req,
    subject: data.subject,
    baseline: summary ? data.baseline : null,
    summary,
    layoutFn: layoutChart,
    today: data.today,
    branchPath: data.branchPath,
    options: data.options?.length ? optionsAppraisal(data.info, data.options[0]!, data.options.slice(1)) : null,
  });
}

export function planExport(store: DocumentStore, req: ExportRequest): ExportPlan {
  return planFromData(exportData(store, req), req);
}

/** The checks that need no planning: the folder exists, and the file is not there unless replacing it. */
export function checkDestination(req: ExportRequest, destIn: string, overwrite: boolean): void {
  const dest = path.resolve(withExtension(destIn, req.format));
  if (!fs.existsSync(path.dirname(dest))) throw new ApiError('file-not-found', `The folder "${path.dirname(dest)}" does not exist. Choose another place to save.`);
  const perPage = req.format === 'svg' || req.format === 'png';
  if (!overwrite && !perPage && fs.existsSync(dest)) throw new ApiError('file-exists', `"${dest}" already exists. Choose another name, or tick the box to replace it.`);
}

/** What the export dialog shows before saving: the first page and a sentence on what the file holds. */
export function previewOf(plan: ExportPlan, req: ExportRequest): ExportPreview {
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

export function withExtension(dest: string, format: ExportRequest['format']): string {
  return path.extname(dest).toLowerCase() === `.${format}` ? dest : `${dest}.${format}`;
}

