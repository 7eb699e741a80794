// What the export dialog's choices mean: which formats and options each kind of export takes, the
// request they make, and the file name suggested for it. Pure, so the dialog and tests share it.
import type { ExportFormat, ExportRequestInput } from '../../../shared/api/exportSchemas';
import type { DocumentInfo, Id, Structure } from '../../../shared/model/types';
import { firstStructure } from '../../../shared/model/structureStatus';

export type ExportWhat = 'chart' | 'staffing' | 'changes' | 'people' | 'pack';

export interface ExportOptions {
  what: ExportWhat;
  /** The chart's or schedule's structure (a proposal for the changes schedule). */
  structureId: Id | null;
  /** The consultation pack: from the current structure to the proposed one. */
  fromId: Id | null;
  toId: Id | null;
  /** A proposal's chart marks each post's change against the structure it came from. */
  markChanges: boolean;
  format: ExportFormat;
  paper: 'A4' | 'A3';
  orientation: 'portrait' | 'landscape';
  names: boolean;
  costs: boolean;
  monochrome: boolean;
  /** The staffing schedule groups identical posts into one line per post type. */
  groupPosts: boolean;
  dpi: number;
  /** The smallest text a printed chart may use, in points (6 to 9): one page where it fits at this size. */
  minText: number;
  /** A chart of one branch: the post at its head (the post selected when the dialog opened), or null. */
  branchId: Id | null;
  /** The pack: add an options appraisal of Current and these proposals, in this order (those Compare > Options shows). */
  optionsAppraisal: boolean;
  optionIds: Id[] | null;
  /** The pack: add the equality profile of the people at risk (summarised personal data): never unless chosen. */
  equality: boolean;
}

/** The smallest-text sizes offered for a printed chart. */
export const MIN_TEXT_SIZES = [6, 6.5, 7, 7.5, 8, 8.5, 9] as const;

export const FORMATS: Record<ExportWhat, { value: ExportFormat; label: string }[]> = {
  chart: [
    { value: 'pdf', label: 'PDF (for printing and email)' },
    { value: 'png', label: 'PNG image (for Word or slides)' },
    { value: 'svg', label: 'SVG (vector image)' },
    { value: 'docx', label: 'Word document' },
  ],
  staffing: [
    { value: 'xlsx', label: 'Excel workbook' },
    { value: 'csv', label: 'CSV (plain table)' },
    { value: 'pdf', label: 'PDF (for printing and email)' },
    { value: 'docx', label: 'Word document' },
  ],
  changes: [
    { value: 'xlsx', label: 'Excel workbook' },
    { value: 'csv', label: 'CSV (plain table)' },
    { value: 'pdf', label: 'PDF (for printing and email)' },
    { value: 'docx', label: 'Word document' },
  ],
  people: [
    { value: 'xlsx', label: 'Excel workbook' },
    { value: 'csv', label: 'CSV (plain table)' },
    { value: 'pdf', label: 'PDF (for printing and email)' },
    { value: 'docx', label: 'Word document' },
  ],
  pack: [
    { value: 'pdf', label: 'PDF (for printing and email)' },
    { value: 'docx', label: 'Word document (for an appendix)' },
  ],
};

/** Formats laid out on pages, so paper and orientation apply. */
export const isPaged = (f: ExportFormat) => f === 'pdf' || f === 'docx' || f === 'png' || f === 'svg';
/** Formats written one file per page. */
export const isPerPage = (f: ExportFormat) => f === 'png' || f === 'svg';
export const hasChart = (o: Pick<ExportOptions, 'what'>) => o.what === 'chart' || o.what === 'pack';
/** The staffing schedule lists posts, not people; everything else can name postholders. */
export const namesApply = (o: Pick<ExportOptions, 'what'>) => o.what !== 'staffing';

export function currentOf(doc: DocumentInfo): Structure | null {
  return firstStructure(doc.structures) ?? null;
}

export function proposalsOf(doc: DocumentInfo): Structure[] {
  const current = currentOf(doc);
  return doc.structures.filter((s) => s.id !== current?.id);
}

/** What a proposal is compared with: the structure it was copied from, or Current. */
export function baselineOf(doc: DocumentInfo, structureId: Id | null): Structure | null {
  const s = doc.structures.find((x) => x.id === structureId);
  if (!s || s.kind === 'current') return null;
  const based = s.basedOnId ? doc.structures.find((x) => x.id === s.basedOnId) : undefined;
  return based ?? doc.structures.find((x) => x.kind === 'current' && x.id !== s.id) ?? null;
}

export function defaultOptions(doc: DocumentInfo, activeId: Id | null): ExportOptions {
  const current = currentOf(doc);
  const active = doc.structures.find((s) => s.id === activeId) ?? current;
  const firstProposal = proposalsOf(doc)[0] ?? null;
  return {
    what: 'chart',
    structureId: active?.id ?? null,
    fromId: current?.id ?? null,
    toId: (active && active.id !== current?.id ? active : firstProposal)?.id ?? null,
    markChanges: true,
    format: 'pdf',
    paper: 'A4',
    orientation: 'landscape',
    names: false,
    costs: false,
    monochrome: false,
    groupPosts: true,
    dpi: 150,
    minText: 6.5,
    branchId: null,
    optionsAppraisal: false,
    optionIds: null,
    equality: false,
  };
}

/** Keeps the choices consistent after a change: a format the export takes, a proposal for the changes schedule. */
export function normalise(doc: DocumentInfo, o: ExportOptions): ExportOptions {
  const next = { ...o };
  if (!FORMATS[next.what].some((f) => f.value === next.format)) next.format = FORMATS[next.what][0]!.value;
  const alive = (id: Id | null) => (id && doc.structures.some((s) => s.id === id) ? id : null);
  next.structureId = alive(next.structureId) ?? currentOf(doc)?.id ?? null;
  if ((next.what === 'changes' || next.what === 'people') && !baselineOf(doc, next.structureId)) next.structureId = proposalsOf(doc)[0]?.id ?? next.structureId;
  next.fromId = alive(next.fromId) ?? currentOf(doc)?.id ?? null;
  next.toId = alive(next.toId);
  if (next.what !== 'chart') next.branchId = null;
  return next;
}

/** The request the choices make, or why there is none yet. */
export function requestOf(doc: DocumentInfo, o: ExportOptions): { request: ExportRequestInput } | { problem: string } {
  const common = {
    format: o.format,
    paper: o.paper,
    orientation: o.orientation,
    names: namesApply(o) && o.names,
    costs: hasChart(o) && o.costs,
    monochrome: hasChart(o) && o.monochrome,
    groupPosts: o.groupPosts,
    dpi: o.dpi,
    ...(hasChart(o) ? { minText: o.minText } : {}),
  };
  if (o.what === 'pack') {
    if (!o.fromId || !o.toId) return { problem: 'Choose the current and the proposed structure.' };
    if (o.fromId === o.toId) return { problem: 'Choose two different structures: the pack compares one with the other.' };
    const optionIds = (o.optionIds ?? proposalsOf(doc).map((s) => s.id)).filter((id) => doc.structures.some((s) => s.id === id && s.kind !== 'current'));
    return { request: { kind: 'pack', fromId: o.fromId, toId: o.toId, ...(o.optionsAppraisal ? { optionIds } : {}), ...(o.equality ? { equality: true } : {}), ...common } };
  }
  if (!o.structureId) return { problem: 'Choose a structure.' };
  const baseline = baselineOf(doc, o.structureId);
  if (o.what === 'chart') {
    return { request: { kind: 'chart', structureId: o.structureId, compareWithId: o.markChanges && baseline ? baseline.id : null, ...(o.branchId ? { branchId: o.branchId } : {}), ...common } };
  }
  if (o.what === 'changes' || o.what === 'people') {
    if (!baseline) return { problem: `The ${o.what} schedule is of a proposal: make one from Current first, then export it.` };
    return { request: { kind: 'schedule', schedule: o.what, structureId: o.structureId, compareWithId: baseline.id, ...common } };
  }
  return { request: { kind: 'schedule', schedule: 'staffing', structureId: o.structureId, ...common } };
}

function clean(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A file name that says what the file holds, e.g. "Business Support review - Option A chart.pdf". */
export function suggestedFileName(doc: DocumentInfo, o: ExportOptions): string {
  const name = (id: Id | null) => doc.structures.find((s) => s.id === id)?.name ?? '';
  const what =
    o.what === 'pack'
      ? `consultation pack (${name(o.fromId)} to ${name(o.toId)})`
      : `${name(o.structureId)} ${o.what === 'chart' ? 'chart' : o.what === 'staffing' ? 'staffing schedule' : o.what === 'people' ? 'people affected' : 'changes'}`;
  const named = namesApply(o) && o.names ? ' with names' : '';
  return `${clean(`${doc.settings.name} - ${what}${named}`) || 'Export'}.${o.format}`;
}

/** The folder of a path, whichever separator the host uses. */
export function folderOf(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i < 0 ? '' : i === 0 ? p.slice(0, 1) : p.slice(0, i);
}

export function baseName(p: string): string {
  return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}

export function joinPath(folder: string, name: string): string {
  if (!folder) return name;
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? folder + name : `${folder}${sep}${name}`;
}

/** A typed path with its extension swapped for the format's (a path without one is left alone). */
export function withFormat(p: string, format: ExportFormat): string {
  return p.replace(/\.(pdf|png|svg|docx|xlsx|csv)$/i, `.${format}`);
}
