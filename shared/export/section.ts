// A part of a printed document (a chart, a schedule) that knows how many pages it takes and draws
// any of them once the whole document's page numbers are known.
import type { Page } from '../chart/scene';
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
