// The first look at a file to import: which worksheet, where the headings are, which layout it is
// and how its columns map (as remembered in the document, or worked out from the headings).
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { ImportInspection, InspectedFile } from '../../shared/import/api';
import { autoMap, detectFormat, fieldsFor, headingScore, looksLikeOrganogram, requiredFields } from '../../shared/import/fields';
import { findHeaderRow, isBlank } from '../../shared/import/records';
import type { FormatChoice, Grid, ImportFormat, SourceRef, SourceRole } from '../../shared/import/types';
import type { DocumentStore } from '../store/document';
import { keepInspected } from './handOver';
import { recallMapping } from './mappings';
import { readSpreadsheet, type Progress, type ReadFile } from './readSource';
import type { SheetGrid } from './xlsx';

export const idle: Progress = { tick: () => new Promise((resolve) => setImmediate(resolve)) };

export interface OpenedSource {
  read: ReadFile;
  sheet: SheetGrid;
  headerRow: number;
  headers: string[];
}

function hasRows(s: SheetGrid): boolean {
  return s.grid.rows.some((r) => !isBlank(r));
}

/** The worksheet asked for, or the first that looks like `role`'s organogram file, or the one whose headings Establish knows best. */
export function pickSheet(read: ReadFile, wanted: string | undefined, role: SourceRole): SheetGrid {
  if (wanted !== undefined) {
    const s = read.sheets.find((x) => x.name === wanted);
    if (!s) throw new ApiError('not-found', `"${read.fileName}" has no worksheet called "${wanted}". Its worksheets are: ${read.sheets.map((x) => `"${x.name}"`).join(', ')}.`);
    return s;
  }
  const headed = (s: SheetGrid) => s.grid.rows[findHeaderRow(s.grid)] ?? [];
  const organogram = read.sheets.find((s) => hasRows(s) && looksLikeOrganogram(headed(s), role));
  if (organogram) return organogram;
  const candidates = read.sheets.filter((s) => hasRows(s) && !(role === 'main' && looksLikeOrganogram(headed(s), 'junior')));
  let best = candidates[0] ?? read.sheets[0]!;
  for (const s of candidates) if (headingScore(headed(s)) > headingScore(headed(best))) best = s;
  return best;
}

export async function openSource(ref: SourceRef, role: SourceRole, progress: Progress = idle): Promise<OpenedSource> {
  const read = await readSpreadsheet(ref.path, progress);
  const sheet = pickSheet(read, ref.sheet, role);
  if (!hasRows(sheet)) throw new ApiError('invalid-argument', `"${read.fileName}"${sheet.name ? `, worksheet "${sheet.name}",` : ''} is empty: there is nothing to import.`);
  const headerRow = findHeaderRow(sheet.grid);
  return { read, sheet, headerRow, headers: sheet.grid.rows[headerRow] ?? [] };
}

function sample(grid: Grid, headerRow: number): string[][] {
  const out: string[][] = [];
  for (let i = headerRow + 1; i < grid.rows.length && out.length < 5; i++) if (!isBlank(grid.rows[i]!)) out.push(grid.rows[i]!);
  return out;
}

function describe(src: OpenedSource, ref: SourceRef, role: SourceRole, format: ImportFormat, doc: DocumentStore | null): InspectedFile {
  const auto = autoMap(src.headers, format, role);
  const recalled = doc ? recallMapping(doc.db, format, role, src.headers) : null;
  const required = new Set(requiredFields(format, role));
  return {
    role,
    path: ref.path,
    fileName: src.read.fileName,
    encoding: src.read.encoding,
    sheets: src.read.sheets.map((s) => s.name).filter((n): n is string => n !== null),
    sheet: src.sheet.name,
    headers: src.headers,
    headerRow: src.sheet.grid.rowNumbers[src.headerRow] ?? 1,
    sample: sample(src.sheet.grid, src.headerRow),
    dataRows: Math.max(0, src.sheet.grid.rows.length - src.headerRow - 1),
    fields: fieldsFor(format, role).map((f) => ({ key: f.key, label: f.label, hint: f.hint, required: required.has(f.key) })),
    mapping: recalled ? { ...auto, ...recalled } : auto,
    remembered: recalled !== null,
  };
}

/** An organogram's junior file: the senior file's name with "junior" for "senior", or a junior worksheet. */
function findJunior(main: OpenedSource, ref: SourceRef): SourceRef | null {
  const other = main.read.sheets.find((s) => s !== main.sheet && looksLikeOrganogram(s.grid.rows[findHeaderRow(s.grid)] ?? [], 'junior'));
  if (other?.name) return { path: ref.path, sheet: other.name };
  const base = path.basename(ref.path);
  const swapped = base.replace(/senior/g, 'junior').replace(/Senior/g, 'Junior').replace(/SENIOR/g, 'JUNIOR');
  if (swapped === base) return null;
  const candidate = path.join(path.dirname(ref.path), swapped);
  return fs.existsSync(candidate) ? { path: candidate } : null;
}

export async function inspectImport(
  doc: DocumentStore | null,
  input: { source: SourceRef; junior?: SourceRef | null | undefined; format: FormatChoice },
): Promise<ImportInspection> {
  const main = await openSource(input.source, 'main');
  keepInspected(input.source.path, input.source.sheet, 'main', main);
  if (looksLikeOrganogram(main.headers, 'junior'))
    throw new ApiError(
      'invalid-argument',
      `"${main.read.fileName}" is the junior staff file of an organogram. Choose the senior staff file to import; its junior file comes with it.`,
    );
  const detected = detectFormat(main.headers);
  const format = input.format === 'auto' ? detected : input.format;
  const suggestedJunior = format === 'organogram' ? findJunior(main, input.source) : null;
  const juniorRef = format !== 'organogram' ? null : input.junior === undefined ? suggestedJunior : input.junior;
  let junior: InspectedFile | null = null;
  if (juniorRef) {
    const j = await openSource(juniorRef, 'junior');
    junior = describe(j, juniorRef, 'junior', format, doc);
  }
  return { format, detected, main: describe(main, input.source, 'main', format, doc), junior, suggestedJunior };
}
