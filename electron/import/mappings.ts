// Column mappings the user chose, remembered in the document: a later file with the same headings
// (or with every heading the mapping uses) is mapped the same way.
import type { Database } from 'better-sqlite3';
import type { ColumnMapping, FieldKey, ImportFormat, SourceRole } from '../../shared/import/types';
import { norm } from '../../shared/import/values';
import type { EditContext } from '../store/document';
import { readImportMappings, writeImportMapping, type ImportMappingRow as MappingRow } from '../store/importMappings';

/** FNV-1a, 32 bits: a short stable id for a list of headings. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function mappingId(format: ImportFormat, role: SourceRole, headers: readonly string[]): string {
  return `${format}:${role}:${hash(headers.map(norm).join('\u001f'))}`;
}

/** The remembered mapping for these headings, as column indexes, or null. */
export function recallMapping(db: Database, format: ImportFormat, role: SourceRole, headers: readonly string[]): ColumnMapping | null {
  const rows = readImportMappings(db, format, role);
  if (rows.length === 0) return null;
  const normalised = headers.map(norm);
  const id = mappingId(format, role, headers);
  const toIndexes = (row: MappingRow): ColumnMapping | null => {
    const byHeading = JSON.parse(row.mapping) as Partial<Record<FieldKey, string | null>>;
    const out: ColumnMapping = {};
    for (const [field, heading] of Object.entries(byHeading) as [FieldKey, string | null][]) {
      if (heading === null) {
        out[field] = null;
        continue;
      }
      const i = normalised.indexOf(heading);
      if (i < 0) return null;
      out[field] = i;
    }
    return out;
  };
  const exact = rows.find((r) => r.id === id);
  if (exact) return toIndexes(exact);
  for (const r of rows) {
    const m = toIndexes(r);
    if (m) return m;
  }
  return null;
}

/** Stores the mapping inside the import's edit, so undoing the import forgets it too. */
export function rememberMapping(ctx: EditContext, format: ImportFormat, role: SourceRole, headers: readonly string[], mapping: ColumnMapping): void {
  const byHeading: Partial<Record<FieldKey, string | null>> = {};
  for (const [field, col] of Object.entries(mapping) as [FieldKey, number | null | undefined][]) {
    if (col === undefined) continue;
    byHeading[field] = col === null ? null : norm(headers[col] ?? '');
  }
  const id = mappingId(format, role, headers);
  writeImportMapping(ctx, { id, format, role, headers: JSON.stringify(headers), mapping: JSON.stringify(byHeading), used_at: new Date().toISOString() });
}
