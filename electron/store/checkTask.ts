// SQLite's full integrity check of a document, run in a job worker on its own read-only
// connection, for files too large to check in full while the window waits to open them.
import type { TaskFn } from '../jobs/protocol';
import { openDatabase } from './native';

export const integrityCheck: TaskFn<{ path: string }, string[]> = async ({ path }) => {
  const db = openDatabase(path, { readonly: true, fileMustExist: true, timeout: 2_000 });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } finally {
    db.close();
  }
};
