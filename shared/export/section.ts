// A part of a printed document (a chart, a schedule) that knows how many pages it takes and draws
// any of them once the whole document's page numbers are known.
import type { Page } from '../chart/scene';
import { formatFte, formatPoundsPlain } from '../model/money';
import type { Cell, ColumnKind } from './table';
import type { TableFit } from './tableFit';

export interface Numbering {
  /** One-based number of the section's first page in the whole document. */
  first: number;
  total: number;
}

export interface Section {
  title: string;
  pageCount: number;
  render(index: number, numbering: Numbering): Page;
  /**
   * For a schedule: how its columns were fitted to the paper (orientation, which may differ from
   * the document's; type size; parts by columns), so a writer that lays tables out itself (Word)
   * follows the printed pages.
   */
  fit?: TableFit;
}

/** How a cell reads in print: money to the pound under a "(£)" heading as in a committee report, FTE without padding. */
export function formatCell(cell: Cell, kind: ColumnKind): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (kind === 'money') return formatPoundsPlain(cell);
  if (kind === 'fte') return formatFte(cell);
  return cell.toLocaleString('en-GB');
}
