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
import type { ImportInspection, ImportResult } from '../import/api';
import type { ApiEvents, EventName } from './events';
import type { JobStatus } from './jobs';
import type { schemas } from './schemas';

/** The table of argument schemas (./schemas), handed to a method's `schemaOf` by whoever checks arguments. */
export type SchemaTable = typeof schemas;

export interface RecoveredCopy {
  path: string;
  /** Rows copied, and rows dropped because they pointed at rows that could not be read. */
  rows: number;
  dropped: number;
  /** Tables some of whose rows could not be read. */
  damagedTables: string[];
}

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

interface MethodDef<S extends z.ZodType, R, H extends boolean = boolean, C extends boolean = boolean> {
  /**
   * The schema of the method's argument, taken from the table of schemas. The contract does not load
   * that table itself: only the code that checks arguments does (./parse), so a process that never
   * checks an argument against a schema (see ./quickInput) never loads zod.
   */
  schemaOf(table: SchemaTable): S;
  /** Type-only marker for the argument's schema; never read at run time. */
  readonly input?: S;
  /**
   * Each call that succeeds is one step of the undo history (or joins the last step, for quick
   * edits of one field of the same posts): true only for the methods that write to the document.
   */
  history: H;
  /**
   * The call changes what the document holds (an edit, or undo and redo moving through the
   * history): its answer is what changed, which the window applies to its copy of the document.
   */
  changesDocument: C;
  /** Type-only marker for the result; never read at run time. */
  readonly result?: R;
}

/** A method that reads, or works on files and jobs, without changing the open document: not in the undo history. */
function query<R>() {
  return <S extends z.ZodType>(input: (s: SchemaTable) => S): MethodDef<S, R, false, false> => method(input, false, false);
}
/** A method that writes to the open document: one step of the undo history; its answer is what changed (an edit result) unless said otherwise. */
function edit<R = EditResult>() {
  return <S extends z.ZodType>(input: (s: SchemaTable) => S): MethodDef<S, R, true, true> => method(input, true, true);
}
/** Undo and redo: they change the document by moving through its history, so they are no step of it. */
function replay() {
  return <S extends z.ZodType>(input: (s: SchemaTable) => S): MethodDef<S, EditResult | null, false, true> => method(input, false, true);
}
/** A method; its schema is made the first time its argument is checked (see `schemas`). */
function method<S extends z.ZodType, H extends boolean, C extends boolean>(schemaOf: (s: SchemaTable) => S, history: H, changesDocument: C): MethodDef<S, never, H, C> {
  return { schemaOf, history, changesDocument };
}

export const contract = {
  // The app and its host
  getAppInfo: query<AppInfo>()((s) => s.empty),
  listRecent: query<RecentFile[]>()((s) => s.empty),
  chooseFile: query<ChosenFile>()((s) => s.chooseFile),

  // The document file
  newDocument: query<DocumentInfo>()((s) => s.newDocument),
  openDocument: query<DocumentInfo>()((s) => s.openDocument),
  closeDocument: query<null>()((s) => s.empty),
  getDocument: query<DocumentInfo | null>()((s) => s.empty),
  saveCopyAs: query<{ path: string }>()((s) => s.path),
  checkDocument: query<CheckReport>()((s) => s.empty),
  /** A damaged document (the open one, or one too damaged to open): saves what can be read of it as a new document beside it (the original is only read). */
  saveRecoveredCopy: query<RecoveredCopy>()((s) => s.recover),

  // Structures and posts
  getStructure: query<StructureData>()((s) => s.structureId),
  createStructure: edit()((s) => s.createStructure),
  updateStructure: edit()((s) => s.updateStructure),
  deleteStructure: edit()((s) => s.structureId),
  addPost: edit()((s) => s.addPost),
  updatePosts: edit()((s) => s.updatePosts),
  deletePosts: edit()((s) => s.deletePosts),
  movePosts: edit()((s) => s.movePosts),
  /** Accept or reject suggested matches between posts of two structures (Compare). */
  decideMatches: edit()((s) => s.decideMatches),

  // Reference data
  updateSettings: edit()((s) => s.updateSettings),
  saveOrganisation: edit()((s) => s.saveOrganisation),
  deleteOrganisation: edit()((s) => s.deleteById),
  saveGrade: edit()((s) => s.saveGrade),
  deleteGrade: edit()((s) => s.deleteById),
  applyPayAward: edit()((s) => s.applyPayAward),
  saveFundingSource: edit()((s) => s.saveFundingSource),
  deleteFundingSource: edit()((s) => s.deleteById),

  // Long work runs as jobs: each pushes its status to the window as the `job` event (see events.ts);
  // jobStatus reads it again (after reconnecting, say) and cancelJob stops it, leaving nothing behind.
  jobStatus: query<JobStatus>()((s) => s.job),
  cancelJob: query<JobStatus>()((s) => s.job),
  // Importing spreadsheets: inspect, then a job that reads the file to a preview, then accept or cancel
  inspectImport: query<ImportInspection>()((s) => s.inspectImport),
  startImport: query<{ jobId: string }>()((s) => s.startImport),
  acceptImport: edit<ImportResult>()((s) => s.job),
  // Exports: a job drawing the first page for the dialog, and one writing the file
  startPreview: query<{ jobId: string }>()((s) => s.previewExport),
  startExport: query<{ jobId: string }>()((s) => s.startExport),

  // History
  undo: replay()((s) => s.empty),
  redo: replay()((s) => s.empty),
  getHistory: query<HistoryState>()((s) => s.empty),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type InputOf<M extends MethodName> = z.input<NonNullable<Contract[M]['input']>>;
export type ParsedInputOf<M extends MethodName> = z.output<NonNullable<Contract[M]['input']>>;
export type ResultOf<M extends MethodName> = Exclude<Contract[M]['result'], undefined>;

/** The methods that write to the document, each call one step of the undo history. */
export type HistoryMethod = { [M in MethodName]: Contract[M]['history'] extends true ? M : never }[MethodName];
/** The methods whose answer is a change to the document for the window to apply: the edits, undo and redo. */
export type ChangingMethod = { [M in MethodName]: Contract[M]['changesDocument'] extends true ? M : never }[MethodName];

/** True when each successful call of `method` is a step of the undo history. */
export function entersHistory(method: MethodName): boolean {
  return contract[method].history;
}

/** The renderer's view of the API: one async function per method, and the events it is told of. */
export type ApiClient = {
  [M in MethodName]: {} extends InputOf<M>
    ? (arg?: InputOf<M>) => Promise<ResultOf<M>>
    : (arg: InputOf<M>) => Promise<ResultOf<M>>;
} & {
  /** Listens to an event the host pushes; returns the way to stop listening. */
  on<E extends EventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
};

/** Channel name of a method on Electron IPC. */
export function ipcChannel(method: MethodName): string {
  return `establish:${method}`;
}

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
