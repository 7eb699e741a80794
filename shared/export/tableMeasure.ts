// What a table's columns need, measured once in the export font at 1 pt (every width scales with
// the type size): the widest thing that must not be broken (a figure, the longest word), the
// widest cell on one line, and how narrow each heading can go in two or three lines.
import { measureText, wrapText, type FontWeight } from '../chart/text';
import { cellKind, formatCell, type Row, type Table } from './table';

/** Words longer than this (in ems) are broken inside rather than widening their column: an address or code, not prose. */
export const LONGEST_UNBROKEN_WORD = 22;

export interface ColumnNeed {
  /** Widest content that must stay whole: figures, the longest word of the heading and (up to the limit) of the cells. */
  fixed: number;
  /** Widest cell on one line. */
  natural: number;
  /** Narrowest width at which the heading takes at most two lines, and three lines. */
  head2: number;
  head3: number;
  /** Width the table's author suggested (characters, taken as half an em each). */
  hint: number;
  text: boolean;
}

export interface GroupNeed {
  name: string;
  /** Longest word of the heading, and its width on two lines and on one. */
  fixed: number;
  head2: number;
  head1: number;
}

const WORDS = /[^\s\-/]+[-/]?|[-/]/g;

export function longestWord(text: string, weight: FontWeight): number {
  let max = 0;
  for (const m of text.matchAll(WORDS)) max = Math.max(max, measureText(m[0], 1, weight));
  return max;
}

/** The narrowest width (at 1 pt) at which `text` wraps into at most `lines` lines without breaking a word. */
export function widthForLines(text: string, lines: number, weight: FontWeight): number {
  const full = measureText(text, 1, weight);
  const floor = longestWord(text, weight);
  if (full <= floor || lines <= 1) return Math.max(full, floor);
  let lo = floor;
  let hi = full;
  // Bisection over the width: the line count only falls as the width grows.
  for (let k = 0; k < 18 && hi - lo > 0.002; k++) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, mid, 1, weight).length <= lines) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Totals and the figures under them (a full-year saving, a year's effect) are set in semibold. */
export function rowWeight(row: Row): FontWeight {
  return row.kind === 'total' || row.kind === 'summary' ? 'semibold' : 'regular';
}

export function measureTable(table: Table): { columns: ColumnNeed[]; groups: Map<string, GroupNeed> } {
  const columns: ColumnNeed[] = table.columns.map((c) => {
    const head = c.header.replace(/\s+/g, ' ').trim();
    const headFixed = longestWord(head, 'semibold');
    return { fixed: headFixed, natural: 0, head2: widthForLines(head, 2, 'semibold'), head3: widthForLines(head, 3, 'semibold'), hint: c.width * 0.5, text: c.kind === 'text' };
  });
  for (const row of table.rows) {
    if (row.kind === 'section') continue;
    const weight = rowWeight(row);
    row.cells.forEach((cell, i) => {
      const need = columns[i];
      if (!need || cell === null) return;
      const kind = cellKind(table, row, i);
      const shown = formatCell(cell, kind).replace(/\s+/g, ' ').trim();
      if (!shown) return;
      const full = measureText(shown, 1, weight);
      // A totals label with empty cells beside it runs on over them, so it asks only for its longest word.
      const spills = weight === 'semibold' && kind === 'text' && (row.cells[i + 1] ?? null) === null;
      if (!spills) need.natural = Math.max(need.natural, full);
      need.fixed = Math.max(need.fixed, kind === 'text' ? Math.min(longestWord(shown, weight), LONGEST_UNBROKEN_WORD) : full);
    });
  }
  const groups = new Map<string, GroupNeed>();
  for (const c of table.columns) {
    if (!c.group || groups.has(c.group)) continue;
    groups.set(c.group, { name: c.group, fixed: longestWord(c.group, 'semibold'), head2: widthForLines(c.group, 2, 'semibold'), head1: measureText(c.group, 1, 'semibold') });
  }
  return { columns, groups };
}
