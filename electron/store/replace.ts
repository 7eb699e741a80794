// Replacing a document with a new one of the same name. SQLite keeps a file's recent changes in a
// log beside it (name-wal, with name-shm) until they are folded in; a program that stopped
// without closing the file leaves them there. A new file put in the old one's place would be read
// with that log, which belongs to the old file, and come out damaged. So before the new file goes
// in, an old one open in another program is refused, and a log left behind is removed with the
// file it belongs to.
import fs from 'node:fs';
import { openDatabase } from './native';

const LEFT_BESIDE = ['-wal', '-shm', '-journal'];

/** Clears the way for a new file at `file`; `busy` is thrown when another program has the old one open. */
export function clearForReplacing(file: string, busy: () => Error): void {
  const left = LEFT_BESIDE.map((suffix) => file + suffix).filter((f) => fs.existsSync(f));
  if (left.length === 0) return;
  let db: ReturnType<typeof openDatabase> | null = null;
  try {
    db = openDatabase(file, { fileMustExist: true, timeout: 0 });
    // Fails at once while another program holds the file.
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
  } catch (err) {
    const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      db?.close();
      throw busy();
    }
    // An old file that does not open is replaced all the same.
  }
  if (db?.open) db.close();
  for (const f of left) fs.rmSync(f, { force: true });
}
