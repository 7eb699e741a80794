// Opens SQLite through better-sqlite3. Node (tests, the command line) uses the binary npm built;
// the packaged app uses the copy electron-builder rebuilt for Electron; `npm start` points
// ESTABLISH_SQLITE_BINDING at a copy built for the Electron it launches (see scripts/native.mjs).
import Database from 'better-sqlite3';

export function sqliteBindingPath(env: NodeJS.ProcessEnv = process.env, versions: NodeJS.ProcessVersions = process.versions): string | undefined {
  const override = env.ESTABLISH_SQLITE_BINDING;
  return versions.electron && override ? override : undefined;
}

/** Opens a file, or (given a Buffer) an in-memory copy of a database. */
export function openDatabase(file: string | Buffer, options: Database.Options = {}): Database.Database {
  const nativeBinding = sqliteBindingPath();
  return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
}
