// What is checked about a file before Establish trusts it: its header (a SQLite database marked as
// Establish's, of a format this version reads), its length against the length its header gives,
// its tables and columns against the ones its format has, and SQLite's own check of every page.
// Nothing here writes to the file.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { LATEST_VERSION, migrate } from './migrations/index';
import { openDatabase } from './native';

/** "ESTB": marks a SQLite file as an Establish document. */
export const APPLICATION_ID = 0x45535442;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Files up to this size get SQLite's full integrity check when they open (it reads every page and
 * checks every index against its table: 82 ms for a 9 MB, 10,000-post document on a busy two-core
 * machine); larger ones get the quick check, and the full one before their first edit.
 */
export const FULL_CHECK_MAX_BYTES = 16 * 1024 * 1024;

export function nameOf(p: string): string {
  return `"${path.basename(p)}"`;
}

export interface Header {
  applicationId: number;
  userVersion: number;
  /** The file was left in write-ahead-log mode: open now, or not closed cleanly. */
  wal: boolean;
  size: number;
  /** What is wrong with the file's length, when it is not the length its header gives. */
  lengthProblem: string | null;
}

function notDatabase(file: string): ApiError {
  return new ApiError('file-not-database', `${nameOf(file)} is not an Establish document (it is not a database file). It was not changed.`, { path: file });
}

export function notEstablish(file: string, why: string, extra: Record<string, unknown> = {}): ApiError {
  return new ApiError('file-not-establish', `${nameOf(file)} is not an Establish document (${why}). It was not changed.`, { path: file, ...extra });
}

/** The log beside a file holds edits not yet in the file itself (a crash, or open elsewhere). */
function hasLog(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** Reads what the file's 100-byte header says, without handing it to SQLite. */
export function readHeader(file: string): Header {
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
  if (stat.size < 512 || !head.subarray(0, 16).equals(SQLITE_HEADER)) throw notDatabase(file);
  const raw = head.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  const pages = head.readUInt32BE(28);
  // The page count in the header is current only when the two change counters agree.
  const countValid = head.readUInt32BE(24) === head.readUInt32BE(92) && pages > 0;
  let lengthProblem: string | null = null;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) lengthProblem = 'its header is damaged';
  else if (stat.size % pageSize !== 0) lengthProblem = `its ${stat.size.toLocaleString('en-GB')} bytes are not a whole number of pages: it was cut short or added to`;
  else if (countValid && !hasLog(file) && stat.size !== pages * pageSize)
    lengthProblem = `it is ${stat.size.toLocaleString('en-GB')} bytes long, but its header says ${(pages * pageSize).toLocaleString('en-GB')}: it was cut short or added to`;
  return { applicationId: head.readUInt32BE(68), userVersion: head.readUInt32BE(60), wal: head[18] === 2 || head[19] === 2, size: stat.size, lengthProblem };
}

export function newerVersion(file: string, version: number): ApiError {
  return new ApiError(
    'file-newer-version',
    `${nameOf(file)} was saved by a newer version of Establish (file format ${version}; this version reads up to format ${LATEST_VERSION}). ` +
      'Update Establish to open it. The file was not changed.',
    { path: file, fileVersion: version, supportedVersion: LATEST_VERSION },
  );
}

/** Refuses any database not marked as Establish's, or of no format Establish ever wrote. */
export function assertOurs(file: string, header: Header): void {
  if (header.applicationId !== APPLICATION_ID) throw notEstablish(file, 'it is a database made by another program', { applicationId: header.applicationId });
  // Establish writes a file's format in the same step as its tables: a marked file without one was not made by it.
  if (header.userVersion < 1) throw notEstablish(file, 'it has no Establish file format');
  if (header.userVersion > LATEST_VERSION) throw newerVersion(file, header.userVersion);
}

type Schema = Map<string, string[]>;

function schemaOf(db: Database.Database): Schema {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  const out: Schema = new Map();
  for (const { name } of tables) {
    const cols = db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[];
    out.set(name, cols.map((c) => c.name).sort());
  }
  return out;
}

const expectedSchemas = new Map<number, Schema>();

/** The tables and columns a document of each format has, made by running the migrations in memory. */
export function expectedSchema(version: number): Schema {
  let schema = expectedSchemas.get(version);
  if (!schema) {
    const db = openDatabase(':memory:');
    try {
      migrate(db, version);
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    expectedSchemas.set(version, schema);
  }
  return schema;
}

/** Every table and column of the file's format is there: otherwise it only looks like an Establish document. */
export function assertSchema(db: Database.Database, file: string, version: number): void {
  const want = expectedSchema(version);
  const have = schemaOf(db);
  for (const [table, cols] of want) {
    const got = have.get(table);
    if (!got) throw notEstablish(file, `it has Establish's mark but no "${table}" table`, { table });
    const missing = cols.filter((c) => !got.includes(c));
    if (missing.length) throw notEstablish(file, `its "${table}" table lacks the column${missing.length === 1 ? '' : 's'} ${missing.map((c) => `"${c}"`).join(', ')}`, { table });
  }
}

/** SQLite's check of the file: every page and, when `full`, every index too. Empty when sound. */
export function integrityProblems(db: Database.Database, full: boolean): string[] {
  const pragma = full ? 'integrity_check' : 'quick_check';
  const rows = db.pragma(pragma) as Record<string, string>[];
  const messages = rows.map((r) => Object.values(r)[0]!);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/** The banner's words for a damaged document. */
export function damagedMessage(file: string, problems: string[]): string {
  const raw = problems[0]!.replace(/\.$/, '');
  const first = raw.charAt(0).toLowerCase() + raw.slice(1);
  const more = problems.length > 1 ? `, and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}` : '';
  return `${nameOf(file)} is damaged (${first}${more}). It is open for reading only and will not be changed. Save a recovered copy to carry on working.`;
}
