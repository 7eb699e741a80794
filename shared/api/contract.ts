// The one API between the renderer and the document. Each method names the zod schema of its
// argument and the type of its result; the Electron preload, the IPC registration, the loopback
// bridge and the renderer's client are all built from this map, so a method cannot exist on one
// side only.
import type { z } from 'zod';
import type {
  DocumentInfo,
  EditResult,
  HistoryState,
  StructureData,
} from '../model/types';
import type { CheckReport } from '../model/validate';
import type { ImportInspection, ImportJobStatus, ImportResult } from '../import/api';
import type { ExportJobStatus, ExportPreview } from './exportSchemas';
import { schemas } from './schemas';

export interface AppInfo {
  name: string;
  version: string;
  transport: 'electron' | 'bridge';
  platform: string;
  /** True when the host can show native file dialogs (the Electron app). */
  nativeDialogs: boolean;
  /** A document to open as the window starts (command line, double-click); given once. */
  openOnStart: string | null;
}

export interface RecentFile {
  path: string;
  fileName: string;
  openedAt: string;
}

export interface ChosenFile {
  /** False when the host has no file dialog (the browser); the renderer asks for a path itself. */
  supported: boolean;
  path: string | null;
}

interface MethodDef<S extends z.ZodType, R> {
  input: S;
  /** Type-only marker for the result; never read at run time. */
  readonly result?: R;
}

/** A method answering with `R`. */
function query<R>() {
  return <S extends z.ZodType>(input: S): MethodDef<S, R> => ({ input });
}
/** A method that changes the open document: its answer is what changed (an edit result) unless said otherwise. */
function edit<R = EditResult>() {
  return query<R>();
}

export const contract = {
  // The app and its host
  getAppInfo: query<AppInfo>()(schemas.empty),
  listRecent: query<RecentFile[]>()(schemas.empty),
  chooseFile: query<ChosenFile>()(schemas.chooseFile),

  // The document file
  newDocument: query<DocumentInfo>()(schemas.newDocument),
  openDocument: query<DocumentInfo>()(schemas.path),
  closeDocument: query<null>()(schemas.empty),
  getDocument: query<DocumentInfo | null>()(schemas.empty),
  saveCopyAs: query<{ path: string }>()(schemas.path),
  checkDocument: query<CheckReport>()(schemas.empty),

  // Structures and posts
  getStructure: query<StructureData>()(schemas.structureId),
  createStructure: edit()(schemas.createStructure),
  updateStructure: edit()(schemas.updateStructure),
  deleteStructure: edit()(schemas.structureId),
  addPost: edit()(schemas.addPost),
  updatePosts: edit()(schemas.updatePosts),
  deletePosts: edit()(schemas.deletePosts),
  movePosts: edit()(schemas.movePosts),
  /** Accept or reject suggested matches between posts of two structures (Compare). */
  decideMatches: edit()(schemas.decideMatches),

  // Reference data
  updateSettings: edit()(schemas.updateSettings),
  saveOrganisation: edit()(schemas.saveOrganisation),
  deleteOrganisation: edit()(schemas.deleteById),
  saveGrade: edit()(schemas.saveGrade),
  deleteGrade: edit()(schemas.deleteById),
  applyPayAward: edit()(schemas.applyPayAward),
  saveFundingSource: edit()(schemas.saveFundingSource),
  deleteFundingSource: edit()(schemas.deleteById),

  // Importing spreadsheets: inspect, then a job polled for progress and a preview, then accept or cancel
  inspectImport: query<ImportInspection>()(schemas.inspectImport),
  startImport: query<{ jobId: string }>()(schemas.startImport),
  importStatus: query<ImportJobStatus>()(schemas.importJob),
  cancelImport: query<ImportJobStatus>()(schemas.importJob),
  acceptImport: edit<ImportResult>()(schemas.importJob),
  // Exports: a job that writes the file while the window polls its progress
  previewExport: query<ExportPreview>()(schemas.previewExport),
  startExport: query<{ jobId: string }>()(schemas.startExport),
  exportStatus: query<ExportJobStatus>()(schemas.exportJob),
  cancelExport: query<ExportJobStatus>()(schemas.exportJob),

  // History
  undo: edit<EditResult | null>()(schemas.empty),
  redo: edit<EditResult | null>()(schemas.empty),
  getHistory: query<HistoryState>()(schemas.empty),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Exclude<Contract[M]['result'], undefined>;

/** The renderer's view of the API: one async function per method. */
export type ApiClient = {
  [M in MethodName]: {} extends InputOf<M>
    ? (arg?: InputOf<M>) => Promise<ResultOf<M>>
    : (arg: InputOf<M>) => Promise<ResultOf<M>>;
};

/** Channel name of a method on Electron IPC. */
export function ipcChannel(method: MethodName): string {
  return `establish:${method}`;
}

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
