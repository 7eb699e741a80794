// Saves what can still be read of a damaged document as a new document beside it: every row of
// every table that reads back, table by table, stepping over the parts that do not. Rows left
// pointing at rows that were lost are dropped, so the copy is whole and consistent; the damaged
// original is only read.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { APPLICATION_ID, expectedSchema, integrityProblems } from './fileChecks';
import { migrate } from './migrations/index';
import { openDatabase } from './native';

export interface RecoveredCopy {
  path: string;
  /** Rows copied. */
  rows: number;
  /** Rows dropped because they pointed at rows that could not be read. */
  dropped: number;
  /** Tables some of whose rows could not be read. */
  damagedTables: string[];
}

/** Where the recovered copy goes: beside the original, never over another file. */
export function recoveredPath(file: string): string {
  const dir = path.dirname(file);
  const base = path.basename(file, '.establish');
  let candidate = path.join(dir, `${base} (recovered).establish`);
  for (let n = 2; fs.existsSync(candidate); n++) candidate = path.join(dir, `${base} (recovered ${n}).establish`);
  return candidate;
}

/** Most attempts to step past unreadable rows in one table before giving the rest of it up. */
const MAX_SKIPS = 2_000;

/** Copies the readable rows of one table; whether any could not be read. */
function salvageTable(src: Database.Database, dest: Database.Database, table: string, columns: string[]): { rows: number; damaged: boolean } {
  const list = columns.map((c) => `"${c}"`).join(', ');
  let read: Database.Statement;
  try {
    read = src.prepare(`SELECT rowid AS rowid_, ${list} FROM "${table}" WHERE rowid > ? ORDER BY rowid`);
  } catch {
    // The table's description cannot be read: none of it can be.
    return { rows: 0, damaged: true };
  }
  const write = dest.prepare(`INSERT OR IGNORE INTO "${table}" (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
  let after = -1;
  let rows = 0;
  let damaged = false;
  for (let skips = 0; skips <= MAX_SKIPS; skips++) {
    try {
      for (const row of read.iterate(after) as Iterable<Record<string, unknown>>) {
        write.run(...columns.map((c) => row[c]));
        after = row.rowid_ as number;
        rows++;
      }
      return { rows, damaged };
    } catch {
      damaged = true;
      // Step past the row that could not be read.
      after++;
    }
  }
  return { rows, damaged };
}

/** `src`: a read-only connection to the damaged file, with writable_schema on (see files.ts). */
export function saveRecoveredCopy(src: Database.Database, file: string, version: number): RecoveredCopy {
  const dest = recoveredPath(file);
  const temp = path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.tmp`);
  let result: RecoveredCopy;
  try {
    const db = openDatabase(temp);
    try {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db, version);
      db.pragma('foreign_keys = OFF');
      let rows = 0;
      const damagedTables: string[] = [];
      db.transaction(() => {
        for (const [table, columns] of expectedSchema(version)) {
          const r = salvageTable(src, db, table, columns);
          rows += r.rows;
          if (r.damaged) damagedTables.push(table);
        }
      })();
      // Rows whose parent was lost would break the document: drop them, and any that pointed at those.
      let dropped = 0;
      for (let pass = 0; pass < 20; pass++) {
        const orphans = db.pragma('foreign_key_check') as { table: string; rowid: number }[];
        if (orphans.length === 0) break;
        const del = db.transaction(() => {
          for (const o of orphans) dropped += db.prepare(`DELETE FROM "${o.table}" WHERE rowid = ?`).run(o.rowid).changes;
        });
        del();
      }
      // The undo history may name rows that are gone; the recovered copy starts afresh.
      db.exec('DELETE FROM history');
      db.pragma('foreign_keys = ON');
      migrate(db);
      const problems = integrityProblems(db, true);
      if (problems.length) throw new Error(problems.join('; '));
      result = { path: dest, rows, dropped, damagedTables };
    } finally {
      db.close();
    }
    fs.renameSync(temp, dest);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw new ApiError('io', `A recovered copy could not be saved beside ${path.basename(file)}: ${(err as Error).message}. The damaged file was not changed.`, { path: file });
  }
  return result;
}
