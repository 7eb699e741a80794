// Creating and opening .establish files. A file is checked read-only first; anything that is not
// an Establish document (not a database, not ours, another schema, newer) is refused, and a damaged
// one is opened for reading only, before a single byte of it is written. Reading a document (the
// command line's info, check, diff and export) never writes to it. Upgrading an older file for
// editing keeps a backup copy first.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentAccess } from '../../shared/model/types';
import { ApiError } from '../../shared/api/errors';
import { DocumentStore } from './document';
import { APPLICATION_ID, assertOurs, assertSchema, damagedMessage, FULL_CHECK_MAX_BYTES, integrityProblems, nameOf, newerVersion, readHeader, type Header } from './fileChecks';
import { LATEST_VERSION, migrate } from './migrations/index';
import { openDatabase } from './native';
import { saveRecoveredCopy, type RecoveredCopy } from './recover';
import { clearForReplacing } from './replace';

export { APPLICATION_ID } from './fileChecks';
export const FILE_EXTENSION = '.establish';

/** Paths open in this process, so a second window cannot open the same file. */
const openHere = new Set<string>();

/** A path as the file system names it (absolute, links resolved), as open documents are known by. */
export function canonical(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    return abs;
  }
}

function sqliteCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

function inUse(file: string): ApiError {
  return new ApiError(
    'file-in-use',
    `${nameOf(file)} is already open in another Establish window or program. Switch to that window, or close it there and try again.`,
    { path: file },
  );
}

function corrupt(file: string, detail: string, problems?: string[]): ApiError {
  return new ApiError(
    'file-corrupt',
    `${nameOf(file)} is damaged and cannot be opened safely (${detail}). It was not changed. ` +
      'If you saved a copy, or a backup sits beside it (a file ending ".backup.establish"), open that instead.',
    problems ? { path: file, problems: problems.slice(0, 10) } : { path: file },
  );
}

function assertWritable(file: string): void {
  for (const [target, what] of [
    [file, 'The file'],
    [path.dirname(file), 'The folder it is in'],
  ] as const) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch {
      throw new ApiError(
        'file-read-only',
        `${nameOf(file)} cannot be edited: ${what.toLowerCase()} is read-only. Nothing was changed. ` +
          'Copy it to a folder you can write to (such as Documents), or ask for write access, then open it again.',
        { path: file },
      );
    }
  }
}

interface Inspection {
  version: number;
  /** What is wrong with the file: empty when it is sound. */
  problems: string[];
}

/** Checks a file through an open connection: its format, its tables and columns, and every page (and index, when `full`). */
function inspect(db: Database.Database, file: string, header: Header, full = header.size <= FULL_CHECK_MAX_BYTES): Inspection {
  let version = header.userVersion;
  let problems: string[];
  try {
    version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw newerVersion(file, version);
    assertSchema(db, file, version);
    problems = integrityProblems(db, full);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const code = sqliteCode(err);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw inUse(file);
    if (code === 'SQLITE_NOTADB') throw corrupt(file, 'its contents are not a database');
    problems = [(err as Error).message];
  }
  if (header.lengthProblem) problems.unshift(`The file's length is wrong: ${header.lengthProblem}.`);
  return { version, problems };
}

function openReadConnection(file: string): Database.Database {
  try {
    const db = openDatabase(file, { readonly: true, fileMustExist: true, timeout: 250 });
    // SQLite refuses a file shorter than its header says outright unless writable_schema is set
    // (which defensive mode ignores); with it, the pages that are there can be read and checked.
    // The connection is read-only: nothing can be written through it.
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    return db;
  } catch (err) {
    const code = sqliteCode(err);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw inUse(file);
    throw corrupt(file, (err as Error).message);
  }
}

/**
 * Opens a document for reading only: nothing is ever written to the file, not even its header. An
 * older document is upgraded in memory, since the reading code knows only the latest format.
 */
function openForReading(file: string, header: Header, damaged: string[] | null): DocumentStore {
  const db = openReadConnection(file);
  let readDb = db;
  let inspection: Inspection;
  try {
    inspection = inspect(db, file, header);
    if (damaged) inspection.problems = damaged;
    if (inspection.version < LATEST_VERSION) {
      readDb = openDatabase(db.serialize());
      db.close();
      migrate(readDb);
    }
  } catch (err) {
    if (db.open) db.close();
    if (readDb.open) readDb.close();
    if (err instanceof ApiError) throw err;
    throw corrupt(file, (err as Error).message);
  }
  const problems = inspection.problems;
  const access: DocumentAccess = {
    readOnly: problems.length
      ? { reason: 'damaged', message: damagedMessage(file, problems), problems: problems.slice(0, 10) }
      : inspection.version < LATEST_VERSION
        ? {
            reason: 'older-format',
            message: `${nameOf(file)} is open for reading only, as it is: it was saved by an earlier version of Establish. To edit it, upgrade it to this version's file format.`,
            problems: [],
          }
        : { reason: 'reading', message: `${nameOf(file)} is open for reading only.`, problems: [] },
    upgraded: null,
  };
  const store = new DocumentStore(readDb, file, { access, fileVersion: inspection.version });
  if (problems.length) {
    // A damaged file is shown only if every structure in it can still be read.
    try {
      for (const st of store.info().structures) store.structure(st.id);
    } catch (err) {
      store.close();
      throw unreadable(file, problems, err);
    }
  }
  return store;
}

function unreadable(file: string, problems: string[], err: unknown): ApiError {
  return new ApiError(
    'file-corrupt',
    `${nameOf(file)} is damaged and parts of it cannot be read (${(err as Error).message}). It was not changed. ` +
      'Establish can save what can still be read of it as a recovered copy beside it.',
    { path: file, problems: problems.slice(0, 10), recoverable: true },
  );
}

/**
 * For a document in an older file format: the format it has and the copy that opening it for editing
 * would keep. Null for a document in this version's format. Reads only the file's header.
 */
export function upgradeNeeded(inputPath: string): { file: string; fromVersion: number; backup: string } | null {
  const file = canonical(inputPath);
  const header = readHeader(file);
  assertOurs(file, header);
  if (header.userVersion < 1 || header.userVersion >= LATEST_VERSION) return null;
  return { file, fromVersion: header.userVersion, backup: backupPath(file, header.userVersion) };
}

/** Where the copy made before an upgrade goes: beside the file, never overwriting an older backup. */
export function backupPath(file: string, fromVersion: number): string {
  const dir = path.dirname(file);
  const base = path.basename(file, FILE_EXTENSION);
  let candidate = path.join(dir, `${base} (format ${fromVersion}).backup${FILE_EXTENSION}`);
  for (let n = 2; fs.existsSync(candidate); n++) {
    candidate = path.join(dir, `${base} (format ${fromVersion}, ${n}).backup${FILE_EXTENSION}`);
  }
  return candidate;
}

function backupBeforeUpgrade(file: string, fromVersion: number, open?: Database.Database): string {
  const dest = backupPath(file, fromVersion);
  const db = open ?? openDatabase(file, { readonly: true, fileMustExist: true });
  try {
    // VACUUM INTO reads through any write-ahead log, so the copy holds every committed edit.
    db.prepare('VACUUM INTO ?').run(dest);
  } finally {
    if (!open) db.close();
  }
  return dest;
}

function configure(db: Database.Database, wal: boolean): void {
  // One writer, held for as long as the document is open: a second process sees it as busy.
  db.pragma('locking_mode = EXCLUSIVE');
  // Entering write-ahead-log mode writes the file's header: a file not yet fully checked waits.
  if (wal) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Take the write lock now rather than at the first edit.
  db.exec('BEGIN IMMEDIATE; COMMIT;');
}

function register(file: string): () => void {
  openHere.add(file);
  return () => openHere.delete(file);
}

export interface OpenResult {
  store: DocumentStore;
  /** Set when the file was upgraded: where the copy of the old version is. */
  backup: string | null;
  upgradedFrom: number | null;
}

export interface OpenOptions {
  /** Only to read (the command line's info, check, diff and export): the file is never written. */
  readOnly?: boolean;
  /** Larger files get the quick check on opening, and the full one before their first edit. */
  fullCheckMaxBytes?: number;
}

export function openDocumentFile(inputPath: string, options: OpenOptions = {}): OpenResult {
  const file = canonical(inputPath);
  const header = readHeader(file);
  assertOurs(file, header);
  if (options.readOnly) return { store: openForReading(file, header, null), backup: null, upgradedFrom: null };
  if (openHere.has(file)) {
    throw new ApiError('file-in-use', `${nameOf(file)} is already open in another Establish window. Switch to that window to work on it.`, {
      path: file,
    });
  }
  // A cleanly closed document is checked read-only first; a damaged one then stays read-only. One
  // still in write-ahead-log mode is open elsewhere or was not closed (a crash): only a writing
  // connection can recover its log, so it is checked on that connection, before anything else.
  let version = -1;
  // An older file is rewritten on opening, so it is always checked in full first.
  const full = header.size <= (options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES) || header.userVersion < LATEST_VERSION;
  if (!header.wal || header.lengthProblem) {
    const probe = openReadConnection(file);
    let inspection: Inspection;
    try {
      inspection = inspect(probe, file, header, full);
    } finally {
      probe.close();
    }
    if (inspection.problems.length) return { store: openForReading(file, header, inspection.problems), backup: null, upgradedFrom: null };
    version = inspection.version;
  }
  assertWritable(file);
  let backup: string | null = null;
  if (version >= 0 && version < LATEST_VERSION) backup = backupBeforeUpgrade(file, version);

  let db: Database.Database;
  try {
    db = openDatabase(file, { fileMustExist: true, timeout: 250 });
    configure(db, full);
  } catch (err) {
    const code = sqliteCode(err);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw inUse(file);
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN')
      throw new ApiError('file-read-only', `${nameOf(file)} cannot be edited because it is read-only. Nothing was changed.`, { path: file });
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw corrupt(file, (err as Error).message);
    throw new ApiError('io', `${nameOf(file)} could not be opened: ${(err as Error).message}. Nothing was changed.`, { path: file });
  }
  try {
    if (version < 0) {
      const inspection = inspect(db, file, header, full);
      if (inspection.problems.length) {
        db.close();
        return { store: openForReading(file, header, inspection.problems), backup: null, upgradedFrom: null };
      }
      version = inspection.version;
      if (version < LATEST_VERSION) backup = backupBeforeUpgrade(file, version, db);
    }
    migrate(db);
  } catch (err) {
    if (db.open) db.close();
    if (err instanceof ApiError) throw err;
    throw new ApiError(
      'io',
      `${nameOf(file)} could not be upgraded to the current file format (${(err as Error).message}). The file was left as it was` +
        (backup ? `, and a copy is at "${path.basename(backup)}".` : '.'),
      { path: file },
    );
  }
  const release = register(file);
  const upgradedFrom = backup ? version : null;
  const access: DocumentAccess = { readOnly: null, upgraded: backup && upgradedFrom !== null ? { fromVersion: upgradedFrom, backup } : null };
  const store = new DocumentStore(db, file, { onClose: release, access, fileVersion: LATEST_VERSION, fullCheckPending: !full });
  return { store, backup, upgradedFrom };
}

export interface CreateOptions {
  overwrite?: boolean;
  /** Fills the new file inside the same transaction that creates its tables. */
  seed: (db: Database.Database) => void;
}

/** Creates a new document. It is written under a temporary name and renamed into place when complete. */
export function createDocumentFile(inputPath: string, options: CreateOptions): DocumentStore {
  const file = path.resolve(inputPath);
  if (!file.toLowerCase().endsWith(FILE_EXTENSION)) {
    throw new ApiError('invalid-argument', `An Establish document's name ends in "${FILE_EXTENSION}".`, { path: file });
  }
  if (fs.existsSync(file)) {
    if (!options.overwrite) throw new ApiError('file-exists', `${nameOf(file)} already exists. Choose another name, or open it instead.`, { path: file });
    if (openHere.has(canonical(file)))
      throw new ApiError('file-in-use', `${nameOf(file)} is open in another Establish window, so it cannot be replaced.`, { path: file });
    clearForReplacing(file, () => new ApiError('file-in-use', `${nameOf(file)} is open in another program, so it cannot be replaced. Nothing was changed.`, { path: file }));
  }
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
  } catch {
    throw new ApiError('file-read-only', `The folder for ${nameOf(file)} does not exist or is read-only. Choose another folder.`, { path: file });
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const db = openDatabase(temp);
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('foreign_keys = ON');
      migrate(db);
      db.transaction(() => options.seed(db))();
    } finally {
      db.close();
    }
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    if (err instanceof ApiError) throw err;
    throw new ApiError('io', `${nameOf(file)} could not be created: ${(err as Error).message}.`, { path: file });
  }
  return openDocumentFile(file).store;
}

/**
 * Saves what can be read of a damaged document beside it, reading the original only. Given no
 * format, the file is checked first (it may be one too damaged to open): a sound file is refused.
 */
export function recoverDocument(inputPath: string, version?: number): RecoveredCopy {
  const file = canonical(inputPath);
  const src = openReadConnection(file);
  try {
    if (version === undefined) {
      const header = readHeader(file);
      assertOurs(file, header);
      const inspection = inspect(src, file, header);
      if (inspection.problems.length === 0) throw new ApiError('invalid-argument', `${nameOf(file)} is not damaged: open it, or save a copy of it instead.`, { path: file });
      version = inspection.version;
    }
    return saveRecoveredCopy(src, file, version);
  } finally {
    src.close();
  }
}

export function isOpenInThisProcess(p: string): boolean {
  return openHere.has(canonical(p));
}
