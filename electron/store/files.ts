// Creating and opening .establish files. A file is checked read-only first; anything wrong with it
// (not a database, not ours, corrupt, newer, read-only, open elsewhere) is refused before a single
// byte of it is written. Upgrading an older file keeps a backup copy first.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { DocumentStore } from './document';
import { LATEST_VERSION, migrate } from './migrations/index';
import { openDatabase } from './native';

/** "ESTB": marks a SQLite file as an Establish document. */
export const APPLICATION_ID = 0x45535442;
export const FILE_EXTENSION = '.establish';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Paths open in this process, so a second window cannot open the same file. */
const openHere = new Set<string>();

function canonical(p: string): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync.native(abs);
  } catch {
    return abs;
  }
}

function nameOf(p: string): string {
  return `"${path.basename(p)}"`;
}

function sqliteCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

interface Header {
  applicationId: number;
  userVersion: number;
  /** The file was left in write-ahead-log mode: open now, or not closed cleanly. */
  wal: boolean;
}

/** Reads what the file's 100-byte header says, without handing it to SQLite. */
function readHeader(file: string): Header {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ApiError('file-not-found', `${nameOf(file)} could not be found. It may have been moved, renamed or deleted.`, { path: file });
  }
  if (stat.isDirectory()) throw new ApiError('file-not-database', `${nameOf(file)} is a folder, not an Establish document.`, { path: file });
  const head = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (stat.size < 512 || !head.subarray(0, 16).equals(SQLITE_HEADER)) {
    throw new ApiError(
      'file-not-database',
      `${nameOf(file)} is not an Establish document (it is not a database file). It was not changed.`,
      { path: file },
    );
  }
  return { applicationId: head.readUInt32BE(68), userVersion: head.readUInt32BE(60), wal: head[18] === 2 || head[19] === 2 };
}

function assertOurs(file: string, header: Header): void {
  if (header.applicationId !== APPLICATION_ID) {
    throw new ApiError('file-not-establish', `${nameOf(file)} is a database, but not an Establish document. It was not changed.`, {
      path: file,
      applicationId: header.applicationId,
    });
  }
  if (header.userVersion > LATEST_VERSION) throw newerVersion(file, header.userVersion);
}

function newerVersion(file: string, version: number): ApiError {
  return new ApiError(
    'file-newer-version',
    `${nameOf(file)} was saved by a newer version of Establish (file format ${version}; this version reads up to format ${LATEST_VERSION}). ` +
      'Update Establish to open it. The file was not changed.',
    { path: file, fileVersion: version, supportedVersion: LATEST_VERSION },
  );
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

/** Checks the database itself: every page readable, every index consistent. */
function quickCheck(db: Database.Database, file: string): number {
  let version: number;
  let check: string[];
  try {
    version = db.pragma('user_version', { simple: true }) as number;
    check = (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (err) {
    const code = sqliteCode(err);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw inUse(file);
    if (code === 'SQLITE_NOTADB') throw corrupt(file, 'its contents are not a database');
    throw corrupt(file, (err as Error).message);
  }
  if (check.length !== 1 || check[0] !== 'ok') throw corrupt(file, 'the database check failed', check);
  if (version > LATEST_VERSION) throw newerVersion(file, version);
  return version;
}

/** Looks at a cleanly closed file without writing to it. */
function probe(file: string): number {
  let db: Database.Database;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true, timeout: 250 });
  } catch (err) {
    throw corrupt(file, (err as Error).message);
  }
  try {
    return quickCheck(db, file);
  } finally {
    db.close();
  }
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

function configure(db: Database.Database): void {
  // One writer, held for as long as the document is open: a second process sees it as busy.
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
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

export function openDocumentFile(inputPath: string): OpenResult {
  const file = canonical(inputPath);
  if (openHere.has(file)) {
    throw new ApiError('file-in-use', `${nameOf(file)} is already open in another Establish window. Switch to that window to work on it.`, {
      path: file,
    });
  }
  const header = readHeader(file);
  assertOurs(file, header);
  assertWritable(file);
  // A cleanly closed document is checked read-only first. One still in write-ahead-log mode is open
  // elsewhere or was not closed (a crash): only a writing connection can recover its log, so it is
  // checked on that connection, before anything else happens to it.
  let version = header.wal ? -1 : probe(file);
  let backup: string | null = null;
  if (version >= 0 && version < LATEST_VERSION) backup = backupBeforeUpgrade(file, version);

  let db: Database.Database;
  try {
    db = openDatabase(file, { fileMustExist: true, timeout: 250 });
    configure(db);
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
      version = quickCheck(db, file);
      if (version < LATEST_VERSION) backup = backupBeforeUpgrade(file, version, db);
    }
    migrate(db);
  } catch (err) {
    db.close();
    if (err instanceof ApiError) throw err;
    throw new ApiError(
      'io',
      `${nameOf(file)} could not be upgraded to the current file format (${(err as Error).message}). The file was left as it was` +
        (backup ? `, and a copy is at "${path.basename(backup)}".` : '.'),
      { path: file },
    );
  }
  const release = register(file);
  return { store: new DocumentStore(db, file, release), backup, upgradedFrom: backup ? version : null };
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

export function isOpenInThisProcess(p: string): boolean {
  return openHere.has(canonical(p));
}
