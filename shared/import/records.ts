// From a grid of cells to records of the mapped fields: finds the heading row, reads each data row
// through the mapping, and notes blank rows, rows of the wrong length and lost characters.
import { headingScore } from './fields';
import type { ColumnMapping, FieldKey, Grid, ReportItem, SourceRole } from './types';
import { isErrorCell } from './values';

export interface RowRecord {
  /** Row number as a spreadsheet program shows it. */
  row: number;
  values: Partial<Record<FieldKey, string>>;
}

/** A mapped cell holding a spreadsheet error ("#REF!"), read as blank. */
export interface ErrorCell {
  row: number;
  field: FieldKey;
  text: string;
}

export interface ReadRecords {
  records: RowRecord[];
  blankRows: number[];
  report: ReportItem[];
  errorCells: ErrorCell[];
  /** For each column, how many data rows have something in it (to tell an empty column from an unused one). */
  filled: number[];
}

/** Adds the rows read in one slice to those read before. */
export function appendRecords(all: ReadRecords, part: ReadRecords): void {
  for (const r of part.records) all.records.push(r);
  for (const r of part.blankRows) all.blankRows.push(r);
  for (const r of part.report) all.report.push(r);
  for (const r of part.errorCells) all.errorCells.push(r);
  part.filled.forEach((n, i) => (all.filled[i] = (all.filled[i] ?? 0) + n));
}

export function emptyRecords(): ReadRecords {
  return { records: [], blankRows: [], report: [], errorCells: [], filled: [] };
}

/** Index of the heading row: the first of the first 20 rows that names the most known columns. */
export function findHeaderRow(grid: Grid): number {
  let best = -1;
  let bestScore = 1;
  const limit = Math.min(grid.rows.length, 20);
  for (let i = 0; i < limit; i++) {
    const score = headingScore(grid.rows[i]!);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const firstFilled = grid.rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  return Math.max(0, firstFilled);
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Reads rows `from` (inclusive) to `to` (exclusive) of the grid below the heading row. */
export function readRecords(grid: Grid, headerRow: number, mapping: ColumnMapping, role: SourceRole, from: number, to: number): ReadRecords {
  const headerLength = grid.rows[headerRow]?.length ?? 0;
  const entries = Object.entries(mapping).filter((e): e is [FieldKey, number] => typeof e[1] === 'number');
  const records: RowRecord[] = [];
  const blankRows: number[] = [];
  const report: ReportItem[] = [];
  const lost: number[] = [];
  const ragged: number[] = [];
  const errorCells: ErrorCell[] = [];
  const filled = new Array<number>(headerLength).fill(0);
  for (let i = Math.max(from, headerRow + 1); i < to && i < grid.rows.length; i++) {
    const cells = grid.rows[i]!;
    const row = grid.rowNumbers[i]!;
    if (isBlank(cells)) {
      blankRows.push(row);
      continue;
    }
    // Extra cells that are empty are only trailing delimiters; extra text is reported.
    if (cells.length > headerLength && cells.slice(headerLength).some((c) => c.trim() !== '')) ragged.push(row);
    const values: Partial<Record<FieldKey, string>> = {};
    for (const [key, col] of entries) {
      const text = (cells[col] ?? '').trim();
      if (isErrorCell(text)) {
        errorCells.push({ row, field: key, text });
        values[key] = '';
      } else values[key] = text;
    }
    let lostHere = false;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      if (cell === '') continue;
      if (c < headerLength && cell.trim() !== '') filled[c]!++;
      if (!lostHere && cell.includes('\uFFFD')) lostHere = true;
    }
    if (lostHere) lost.push(row);
    records.push({ row, values });
  }
  for (const row of lost)
    report.push({
      severity: 'warning',
      code: 'replacement-character',
      role,
      rows: [row],
      message: `Row ${row} contains "\uFFFD" where a character was lost before the file reached Establish (often "£" or a quote mark). It was imported as it is: correct the text after importing.`,
    });
  for (const row of ragged)
    report.push({
      severity: 'warning',
      code: 'ragged-row',
      role,
      rows: [row],
      message: `Row ${row} has more cells than there are column headings, so its cells may have shifted (an unquoted comma?). The cells under the headings were imported; check the row.`,
    });
  return { records, blankRows, report, errorCells, filled };
}
