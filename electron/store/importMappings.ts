// The rows of remembered column mappings. What a mapping means is worked out in electron/import.
import type { Database } from 'better-sqlite3';
import type { EditContext } from './document';

export interface ImportMappingRow {
  id: string;
  format: string;
  role: string;
  /** The headings as JSON. */
  headers: string;
  /** Field to normalised heading, as JSON. */
  mapping: string;
  used_at: string;
}

/** The mappings remembered for one format and role, the most recently used first. */
export function readImportMappings(db: Database, format: string, role: string): ImportMappingRow[] {
  return db
    .prepare('SELECT id, format, role, headers, mapping, used_at FROM import_mappings WHERE format = ? AND role = ? ORDER BY used_at DESC')
    .all(format, role) as ImportMappingRow[];
}

/** Writes a mapping inside an edit, so undoing the edit forgets it too. */
export function writeImportMapping(ctx: EditContext, row: ImportMappingRow): void {
  const { id, ...rest } = row;
  if (ctx.sql.select('import_mappings', id)) ctx.rec.update('import_mappings', id, rest);
  else ctx.rec.insert('import_mappings', { ...row });
}
