// Append-only list of file-format migrations, keyed on PRAGMA user_version. All pending steps run
// in one transaction, so a file is either fully upgraded or left as it was.
import type { Database } from 'better-sqlite3';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-import';
import { migration0003 } from './0003-replacements-and-shared-posts';
import { migration0004 } from './0004-grouped-posts-and-match-decisions';
import { migration0005 } from './0005-ni-categories-and-all-in-costs';
import { migration0006 } from './0006-person-details';
import { migration0007 } from './0007-equality-profile';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function pendingMigrations(fromVersion: number): Migration[] {
  return MIGRATIONS.filter((m) => m.version > fromVersion);
}

/** Runs every pending migration inside one transaction and sets user_version. */
export function migrate(db: Database, upTo: number = LATEST_VERSION): number {
  const from = db.pragma('user_version', { simple: true }) as number;
  const steps = pendingMigrations(from).filter((m) => m.version <= upTo);
  if (steps.length === 0) return from;
  db.transaction(() => {
    for (const step of steps) {
      if (typeof step.up === 'string') db.exec(step.up);
      else step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }
  })();
  return steps[steps.length - 1]!.version;
}
