// A schedule as a plain table that every writer understands: XLSX and CSV cells, Word tables and
// PDF pages all come from the same rows, so the figures agree wherever they are read.
import { formatFte, formatPoundsPlain } from '../model/money';

export type ColumnKind = 'text' | 'count' | 'fte' | 'money';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** A heading over several adjacent columns, e.g. "Posts by team". */
  group?: string;
  /** Relative width, in characters. */
  width: number;
  /**
   * Identifies a row (post, grade, reference): repeated on every part when a table too wide for
   * its paper is split across pages by columns. When no column says, the leading text columns
   * (at most three) are the key.
   */
  key?: boolean;
}

/** Money in pence (exact, possibly fractional for funding splits), FTE as a number, counts as integers. */
export type Cell = string | number | null;

export interface Row {
  cells: Cell[];
  /**
   * body: a line of the schedule; total: the sum of the body rows (ruled off); section: a heading
   * over the rows after it; summary: a figure under the totals that is not part of their sum (the
   * effect in one financial year, say).
   */
  kind: 'body' | 'total' | 'section' | 'summary';
  /** A total row that is not the sum of the rows above (e.g. a full-year figure under yearly ones). */
  notSum?: boolean;
  /** Per-cell formats where a row's figures differ from its columns' (a summary mixing counts and money). */
  kinds?: (ColumnKind | undefined)[];
}

export function cellKind(table: Table, row: Row, index: number): ColumnKind {
  return row.kinds?.[index] ?? table.columns[index]?.kind ?? 'text';
}

export interface Table {
  title: string;
  /** Said under the title: what the figures are and when they were made. */
  notes: string[];
  columns: Column[];
  rows: Row[];
}

/** Sum of a column over body rows, unrounded. */
export function columnTotal(table: Table, index: number): number {
  let sum = 0;
  for (const r of table.rows) if (r.kind === 'body' && typeof r.cells[index] === 'number') sum += r.cells[index] as number;
  return sum;
}

/** How a cell reads in print: money to the pound under a "(£)" heading as in a committee report, FTE without padding. */
export function formatCell(cell: Cell, kind: ColumnKind): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (kind === 'money') return formatPoundsPlain(cell);
  if (kind === 'fte') return formatFte(cell);
  return cell.toLocaleString('en-GB');
}
