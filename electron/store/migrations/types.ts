import type { Database } from 'better-sqlite3';

/** One step of the file format. Versions are numbered from 1 and never edited once released. */
export interface Migration {
  version: number;
  name: string;
  /** SQL to run, or a function for steps that need to look at the data. */
  up: string | ((db: Database) => void);
}
