// The handler of every API method, in plain Node. Both transports (Electron IPC and the loopback
// bridge) and the command line call these through `dispatch`, which checks the argument first.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, type Envelope } from '../../shared/api/errors';
import { contract, type MethodName, type ParsedInputOf, type ResultOf } from '../../shared/api/contract';
import { quickInput } from '../../shared/api/quickInput';
import type { WireResultOf } from '../../shared/api/wire';
import { createDocumentFile, FILE_EXTENSION, isOpenInThisProcess, openDocumentFile, recoverDocument, upgradeNeeded } from '../store/files';
import { clearForReplacing } from '../store/replace';
import { LATEST_VERSION } from '../store/migrations';
import { decideMatches } from '../store/edits/matches';
import * as postEdits from '../store/edits/posts';
import * as refEdits from '../store/edits/reference';
import * as structureEdits from '../store/edits/structures';
import type { EditFn } from '../store/document';
import type { Session } from './session';
import { APP_NAME, APP_VERSION } from './version';

type Handler<M extends MethodName> = (session: Session, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };
/** Handlers whose answers may be in the form they travel in (see shared/api/wire.ts). */
type WireHandler<M extends MethodName> = (session: Session, input: ParsedInputOf<M>) => WireResultOf<M> | Promise<WireResultOf<M>>;
export type WireHandlers = { [M in MethodName]: WireHandler<M> };

// Exporting, importing and the sample are loaded the first time they are asked for, so a command
// line that only reads a document never loads the chart, export or import code.
const exportJobs = () => import('../export/jobs');
const importInspection = () => import('../import/inspect');
const seeding = () => import('../store/seed');

function edit(session: Session, fn: EditFn) {
  return session.requireDocument().edit(fn);
}

function defaultName(file: string): string {
  return path.basename(file, FILE_EXTENSION);
}

export const handlers: Handlers = {
  getAppInfo: (s) => {
    const openOnStart = s.openOnStart;
    s.openOnStart = null;
    return { name: APP_NAME, version: APP_VERSION, ...s.host.info, openOnStart };
  },
  listRecent: (s) => s.recent.list().filter((r) => fs.existsSync(r.path)),
  chooseFile: (s, a) => s.host.chooseFile(a.purpose, a.suggestedName),

  newDocument: async (s, a) => {
    const { seedDocument } = await seeding();
    const store = createDocumentFile(a.path, {
      overwrite: a.overwrite,
      seed: (db) => seedDocument(db, { name: a.name ?? defaultName(a.path), sample: a.sample }),
    });
    s.replaceDocument(store);
    s.recent.add(store.filePath);
    return store.info();
  },
  openDocument: (s, a) => {
    if (!a.readOnly && !a.upgrade) {
      const older = upgradeNeeded(a.path);
      if (older) {
        throw new ApiError(
          'file-older-version',
          `"${path.basename(older.file)}" was saved by an earlier version of Establish (file format ${older.fromVersion}). To edit it, Establish upgrades it to ` +
            `this version's format (${LATEST_VERSION}) and first keeps a copy of it as it is now, "${path.basename(older.backup)}", beside it; ` +
            'earlier versions cannot open the upgraded file. It can also be opened for reading only, which changes nothing. Nothing was changed.',
          { path: older.file, fromVersion: older.fromVersion, toVersion: LATEST_VERSION, backup: older.backup },
        );
      }
    }
    const store = s.takeOpenedAhead(a.path, !a.readOnly) ?? openDocumentFile(a.path, { readOnly: a.readOnly }).store;
    s.replaceDocument(store);
    if (!a.readOnly) s.recent.add(store.filePath);
    return store.info();
  },
  closeDocument: (s) => {
    s.replaceDocument(null);
    return null;
  },
  getDocument: (s) => (s.document?.isOpen ? s.document.info() : null),
  saveCopyAs: (s, a) => {
    const doc = s.requireDocument();
    const dest = path.resolve(a.path.toLowerCase().endsWith(FILE_EXTENSION) ? a.path : a.path + FILE_EXTENSION);
    if (dest === doc.filePath) throw new ApiError('invalid-argument', 'Choose a different name: that is the document itself.');
    if (fs.existsSync(dest)) {
      const name = `"${path.basename(dest)}"`;
      if (isOpenInThisProcess(dest)) throw new ApiError('file-in-use', `${name} is open in another Establish window, so it cannot be replaced. Nothing was changed.`, { path: dest });
      clearForReplacing(dest, () => new ApiError('file-in-use', `${name} is open in another program, so it cannot be replaced. Nothing was changed.`, { path: dest }));
    }
    // Written beside the destination and renamed into place, so a failed copy never leaves half a file.
    const temp = path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.tmp`);
    try {
      fs.rmSync(temp, { force: true });
      doc.saveCopy(temp);
      fs.renameSync(temp, dest);
    } catch (err) {
      fs.rmSync(temp, { force: true });
      throw new ApiError('io', `The copy could not be saved to "${dest}": ${(err as Error).message}. The document itself is unchanged.`);
    }
    return { path: dest };
  },
  checkDocument: (s) => s.requireDocument().check(),
  saveRecoveredCopy: (s, a) => {
    if (a.path) return recoverDocument(a.path);
    const doc = s.requireDocument();
    if (doc.access.readOnly?.reason !== 'damaged') throw new ApiError('invalid-argument', `${doc.fileName} is not damaged: save a copy of it instead.`);
    return recoverDocument(doc.filePath, doc.fileVersion);
  },

  getStructure: (s, a) => s.requireDocument().structure(a.structureId),
  createStructure: (s, a) => edit(s, (ctx) => structureEdits.createStructure(ctx, a)),
  updateStructure: (s, a) => edit(s, (ctx) => structureEdits.updateStructure(ctx, a)),
  deleteStructure: (s, a) => edit(s, (ctx) => structureEdits.deleteStructure(ctx, a)),
  addPost: (s, a) => edit(s, (ctx) => postEdits.addPost(ctx, a)),
  updatePosts: (s, a) => edit(s, (ctx) => postEdits.updatePosts(ctx, a)),
  deletePosts: (s, a) => edit(s, (ctx) => postEdits.deletePosts(ctx, a)),
  movePosts: (s, a) => edit(s, (ctx) => postEdits.movePosts(ctx, a)),
  decideMatches: (s, a) => edit(s, (ctx) => decideMatches(ctx, { decisions: a.decisions, decidedAt: new Date().toISOString() })),

  updateSettings: (s, a) => edit(s, (ctx) => refEdits.updateSettings(ctx, a)),
  saveOrganisation: (s, a) => edit(s, (ctx) => refEdits.saveOrganisation(ctx, a)),
  deleteOrganisation: (s, a) => edit(s, (ctx) => refEdits.deleteOrganisation(ctx, a)),
  saveGrade: (s, a) => edit(s, (ctx) => refEdits.saveGrade(ctx, a)),
  deleteGrade: (s, a) => edit(s, (ctx) => refEdits.deleteGrade(ctx, a)),
  applyPayAward: (s, a) => edit(s, (ctx) => refEdits.applyPayAward(ctx, a)),
  saveFundingSource: (s, a) => edit(s, (ctx) => refEdits.saveFundingSource(ctx, a)),
  deleteFundingSource: (s, a) => edit(s, (ctx) => refEdits.deleteFundingSource(ctx, a)),

  jobStatus: (s, a) => s.jobs.status(a.jobId),
  cancelJob: (s, a) => {
    s.imports.forget(a.jobId);
    return s.jobs.cancel(a.jobId);
  },
  // The first look at a file stays on this thread: a worker's start would cost more than the look.
  inspectImport: async (s, a) => (await importInspection()).inspectImport(s.requireDocument(), a),
  startImport: (s, a) => s.imports.start(s.requireDocument(), a),
  acceptImport: (s, a) => s.imports.accept(s.requireDocument(), a.jobId),
  startPreview: async (s, a) => (await exportJobs()).startPreview(s, a.request),
  startExport: async (s, a) => (await exportJobs()).startExport(s, a.request, a.path, a.overwrite),

  undo: (s) => s.requireDocument().undo(),
  redo: (s) => s.requireDocument().redo(),
  getHistory: (s) => s.requireDocument().historyState(),
};

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
    return new ApiError('conflict', 'That change would leave a post pointing at something that does not exist, so it was not made.');
  if (code.startsWith('SQLITE_CONSTRAINT')) return new ApiError('invalid-argument', `That change breaks a rule of the document (${(err as Error).message}), so it was not made.`);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new ApiError('io', 'The disk is full, so the change was not saved. Nothing was lost: free some space and try again.');
  if (code.startsWith('SQLITE_IOERR') || code === 'EACCES' || code === 'EPERM')
    return new ApiError('io', `The document could not be written (${(err as Error).message}). The change was not saved.`);
  return new ApiError('internal', `Something went wrong: ${err instanceof Error ? err.message : String(err)}. The change was not saved.`);
}

/** Runs one method: checks the argument against the contract, then calls its handler. */
/**
 * The handlers as the windows' transports call them, whose answers go on to `toWire`: a
 * structure's posts are read straight into the packed form they travel in, which `toWire` passes on.
 */
export const wireHandlers: WireHandlers = {
  ...handlers,
  // The contract's answer in its travelling form; the window's client unpacks it (fromWire).
  getStructure: (s, a) => s.requireDocument().packedStructure(a.structureId),
};

/**
 * Loads the schemas that check every other method's argument. A short command-line process never
 * needs them for the calls quickInput takes; a window's host loads them as it starts, so no
 * window's first request waits while they load.
 */
export function loadChecks(): Promise<typeof import('../../shared/api/parse')> {
  return import('../../shared/api/parse');
}

export async function dispatch(session: Session, method: string, arg: unknown, table: Handlers | WireHandlers = handlers): Promise<Envelope<unknown>> {
  try {
    if (!Object.prototype.hasOwnProperty.call(contract, method)) {
      throw new ApiError('invalid-argument', `There is no API method called "${method}".`);
    }
    const m = method as MethodName;
    // The schemas (and zod with them) are loaded for the first argument the quick check cannot vouch for.
    const input = quickInput(m, arg) ?? (await loadChecks()).parseInput(m, arg);
    const value = await (table[m] as (s: Session, i: unknown) => unknown)(session, input);
    return { ok: true, value: value === undefined ? null : value };
  } catch (err) {
    return { ok: false, error: toApiError(err).toData() };
  }
}
