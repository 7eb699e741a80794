// Importing spreadsheets: the "Unplaced" holding card an import puts posts it cannot place under,
// and the column mappings a user chose, remembered for the next file with the same headings.
import type { Migration } from './types';

export const migration0002: Migration = {
  version: 2,
  name: 'import holding cards and remembered column mappings',
  up: `
    ALTER TABLE posts ADD COLUMN holding INTEGER NOT NULL DEFAULT 0 CHECK (holding IN (0, 1));
    CREATE TABLE import_mappings (
      id TEXT PRIMARY KEY,
      format TEXT NOT NULL,
      role TEXT NOT NULL,
      headers TEXT NOT NULL,
      mapping TEXT NOT NULL,
      used_at TEXT NOT NULL
    );
  `,
};
