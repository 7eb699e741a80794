// A schedule as printed pages: columns sized to their content (see tableFit), long text wrapped
// at word boundaries, figures never broken, the headings (and group headings) repeated on every
// page, rows never split across pages, and a ruled totals row. A table split by columns prints
// each part in turn, with the same rows on the same page of every part so they can be laid side
// by side.
import { line, rect, text, type Page, type PaperSize, type Orientation, type Shape } from '../chart/scene';
import { truncateText, wrapText, type FontWeight } from '../chart/text';
import { drawFooter, drawTitleBlock, MARGIN, type TitleBlock } from './frame';
import type { Numbering, Section } from './section';
import { cellKind, formatCell, type Table } from './table';
import { fitTable, type BandFit, type TableFit } from './tableFit';
import { rowWeight, widthForLines } from './tableMeasure';

const RULE = '#9a9a9a';
const INK = '#000000';
const MUTED = '#444444';
const TITLE_H = 18;
const LABEL_SIZE = 8.5;
const LABEL_H = 11;
const NOTE_SIZE = 8;
const NOTE_H = 10;

interface Cell {
  lines: string[];
  align: 'start' | 'end';
}

/** One page: which part of the columns, which rows, and where the heading sits (for checking the layout). */
export interface TablePage {
  band: number;
  rows: number[];
  headerTop: number;
  headerBottom: number;
}

export interface TableSection extends Section {
  fit: TableFit;
  pages: TablePage[];
}

const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);

/** Runs of adjacent columns of a part under one group heading: [first, last] positions within the part. */
function groupRuns(table: Table, band: BandFit): { group: string; from: number; to: number }[] {
  const runs: { group: string; from: number; to: number }[] = [];
  for (let i = 0; i < band.columns.length; ) {
    const g = table.columns[band.columns[i]!]!.group;
    let j = i;
    while (g && j + 1 < band.columns.length && table.columns[band.columns[j + 1]!]!.group === g) j++;
    if (g) runs.push({ group: g, from: i, to: j });
    i = j + 1;
  }
  return runs;
}

/** A heading wrapped into as few lines as fit `width`, those lines as even as possible ("Cost by funding / source (£)", not "… source / (£)"). */
function balanced(heading: string, width: number, size: number): string[] {
  const lines = wrapText(heading, width, size, 'semibold');
  if (lines.length <= 1) return lines;
  const even = widthForLines(heading, lines.length, 'semibold') * size + 0.01;
  return even < width ? wrapText(heading, even, size, 'semibold') : lines;
}

export function tableSection(table: Table, paper: PaperSize, orientation: Orientation, title: TitleBlock): TableSection {
  const fit = fitTable(table, paper, orientation);
  const { width, height, fontSize: fs, pad, bands } = fit;
  const areaW = width - MARGIN * 2;
  const lineH = fs * 1.25;
  const head = drawTitleBlock(width, title);
  const top = head.bottom + 4;
  const bottom = height - MARGIN - 14 - 4;
  const inner = (w: number) => w - pad * 2;

  const labels = bands.map((b) => (bands.length > 1 ? wrapText(b.label, areaW, LABEL_SIZE, 'semibold', 2) : []));
  const labelH = Math.max(0, ...labels.map((l) => l.length)) * LABEL_H + (bands.length > 1 ? 2 : 0);
  const noteLines = table.notes.flatMap((n) => wrapText(n, areaW, NOTE_SIZE, 'regular'));
  const notesH = noteLines.length ? noteLines.length * NOTE_H + 6 : 0;

  const groupLines = bands.map((b) => groupRuns(table, b).map((r) => ({ ...r, lines: balanced(r.group, inner(sum(b.widths.slice(r.from, r.to + 1))), fs) })));
  const groupRows = Math.max(0, ...groupLines.flat().map((g) => g.lines.length));
  const groupH = groupRows ? groupRows * lineH + pad * 2 : 0;
  const headers: Cell[][] = bands.map((b) =>
    b.columns.map((c, k) => ({ lines: balanced(table.columns[c]!.header, inner(b.widths[k]!), fs), align: table.columns[c]!.kind === 'text' ? 'start' : 'end' })),
  );
  const headerH = Math.max(1, ...headers.flat().map((h) => h.lines.length)) * lineH + pad * 2;

  const firstBodyTop = top + TITLE_H + labelH + notesH + groupH + headerH;
  const laterBodyTop = top + TITLE_H + labelH + groupH + headerH;
  // A cell taller than a page is cut short with an ellipsis rather than run off the page.
  const maxLines = Math.max(1, Math.floor((bottom - firstBodyTop - pad * 2 - 2) / lineH));

  const layCells = (b: BandFit, r: number): Cell[] => {
    const row = table.rows[r]!;
    const weight = rowWeight(row);
    const shown = b.columns.map((c) => formatCell(row.cells[c] ?? null, cellKind(table, row, c)));
    return b.columns.map((c, k) => {
      const kind = cellKind(table, row, c);
      if (!shown[k]) return { lines: [], align: kind === 'text' ? 'start' : 'end' };
      // Figures are never wrapped; the fitting gives them room, so the cut is only a guard.
      if (kind !== 'text') return { lines: [truncateText(shown[k]!, inner(b.widths[k]!), fs, weight)], align: 'end' };
      // The label of a totals row ("Total: full-year effect") runs on over the empty cells beside it.
      let span = b.widths[k]!;
      if (weight === 'semibold') for (let j = k + 1; j < b.columns.length && !shown[j]; j++) span += b.widths[j]!;
      return { lines: wrapText(shown[k]!, inner(span), fs, weight, maxLines), align: 'start' };
    });
  };
  const cells: Cell[][][] = bands.map((b) => table.rows.map((row, r) => (row.kind === 'section' ? [] : layCells(b, r))));
  const sectionLines = bands.map((b) => table.rows.map((row) => (row.kind === 'section' ? wrapText(String(row.cells[0] ?? ''), inner(sum(b.widths)), fs, 'semibold', 3) : [])));
  const rowH = table.rows.map((row, r) => {
    const n = Math.max(1, ...bands.map((_b, bi) => (row.kind === 'section' ? sectionLines[bi]![r]!.length : Math.max(0, ...cells[bi]![r]!.map((c) => c.lines.length)))));
    return n * lineH + pad * 2 + (row.kind === 'section' ? 2 : 0);
  });

  // Rows to pages, the same for every part. A section heading is kept with the row after it, and
  // the totals row is not left alone on a page.
  const chunks: number[][] = [[]];
  let y = firstBodyTop;
  table.rows.forEach((row, r) => {
    const page = chunks[chunks.length - 1]!;
    if (y + rowH[r]! > bottom && page.length) {
      const carry: number[] = [];
      while (page.length > 1 && table.rows[page[page.length - 1]!]!.kind === 'section') carry.unshift(page.pop()!);
      if (row.kind === 'total' && page.length > 1 && !carry.length) carry.unshift(page.pop()!);
      chunks.push(carry);
      y = laterBodyTop + sum(carry.map((c) => rowH[c]!));
    }
    chunks[chunks.length - 1]!.push(r);
    y += rowH[r]!;
  });

  // No last page with a row or two alone: a few move over from the page before, taking a section
  // heading left at the foot with them.
  const WIDOW = 3;
  if (chunks.length > 1) {
    const last = chunks[chunks.length - 1]!;
    const prev = chunks[chunks.length - 2]!;
    const height = (rows: number[]) => sum(rows.map((r) => rowH[r]!));
    while (last.length < WIDOW && prev.length > WIDOW * 2 && laterBodyTop + height(last) + rowH[prev[prev.length - 1]!]! * 2 <= bottom) {
      last.unshift(prev.pop()!);
      while (prev.length > 1 && table.rows[prev[prev.length - 1]!]!.kind === 'section') last.unshift(prev.pop()!);
    }
  }

  const pages: TablePage[] = [];
  bands.forEach((_b, bi) =>
    chunks.forEach((rows, k) => {
      const headerTop = (k === 0 ? firstBodyTop : laterBodyTop) - headerH;
      pages.push({ band: bi, rows, headerTop, headerBottom: headerTop + headerH });
    }),
  );

  const drawCells = (shapes: Shape[], xs: number[], row: Cell[], y0: number, weight: FontWeight, bottomAlign = 0) => {
    row.forEach((c, k) => {
      const x = c.align === 'start' ? xs[k]! + pad : xs[k + 1]! - pad;
      const shift = bottomAlign ? (bottomAlign - c.lines.length) * lineH : 0;
      c.lines.forEach((l, n) => shapes.push(text(x, y0 + pad + fs * 0.9 + shift + n * lineH, l, fs, weight, { anchor: c.align })));
    });
  };
  const rule = (shapes: Shape[], x0: number, x1: number, y0: number, colour: string, w: number) => shapes.push(line([{ x: x0, y: y0 }, { x: x1, y: y0 }], colour, w));

  const render = (index: number, numbering: Numbering): Page => {
    const page = pages[index]!;
    const bi = page.band;
    const band = bands[bi]!;
    const first = index % chunks.length === 0;
    const xs = band.widths.reduce<number[]>((acc, w, i) => [...acc, acc[i]! + w], [MARGIN]);
    const x1 = xs[xs.length - 1]!;
    const shapes: Shape[] = [...head.shapes];
    shapes.push(...drawFooter(width, height, `Page ${numbering.first + index} of ${numbering.total}`, table.title).shapes);
    let y0 = top;
    const heading = index === 0 ? table.title : `${table.title} (continued)`;
    shapes.push(text(MARGIN, y0 + 12, truncateText(heading, areaW, 12, 'semibold'), 12, 'semibold'));
    y0 += TITLE_H;
    labels[bi]!.forEach((l, n) => shapes.push(text(MARGIN, y0 + 8 + n * LABEL_H, l, LABEL_SIZE, 'semibold', { fill: MUTED })));
    y0 += labelH;
    if (first && noteLines.length) {
      noteLines.forEach((l, n) => shapes.push(text(MARGIN, y0 + 8 + n * NOTE_H, l, NOTE_SIZE, 'regular', { fill: MUTED })));
      y0 += notesH;
    }
    for (const g of groupLines[bi]!) {
      const cx = (xs[g.from]! + xs[g.to + 1]!) / 2;
      g.lines.forEach((l, n) => shapes.push(text(cx, y0 + pad + fs * 0.9 + (groupRows - g.lines.length + n) * lineH, l, fs, 'semibold', { anchor: 'middle' })));
      rule(shapes, xs[g.from]! + pad, xs[g.to + 1]! - pad, y0 + groupH - 1, INK, 0.5);
    }
    y0 += groupH;
    shapes.push(rect(MARGIN, y0, x1 - MARGIN, headerH, { fill: '#eeeeee', stroke: null }));
    drawCells(shapes, xs, headers[bi]!, y0, 'semibold', (headerH - pad * 2) / lineH);
    y0 += headerH;
    rule(shapes, MARGIN, x1, y0, INK, 0.8);
    for (const [n, r] of page.rows.entries()) {
      const row = table.rows[r]!;
      const h = rowH[r]!;
      if (row.kind === 'section') {
        sectionLines[bi]![r]!.forEach((l, n) => shapes.push(text(MARGIN + pad, y0 + pad + 2 + fs * 0.9 + n * lineH, l, fs, 'semibold')));
      } else {
        drawCells(shapes, xs, cells[bi]![r]!, y0, rowWeight(row));
      }
      // A figure under the rows that is not their sum (a subtotal, a year's effect) is ruled off above.
      const prev = page.rows[n - 1];
      if (row.kind === 'summary' && prev !== undefined && table.rows[prev]!.kind === 'body') rule(shapes, MARGIN, x1, y0, INK, 0.5);
      if (row.kind === 'total') {
        rule(shapes, MARGIN, x1, y0, INK, 0.8);
        rule(shapes, MARGIN, x1, y0 + h, INK, 0.6);
        rule(shapes, MARGIN, x1, y0 + h + 1.6, INK, 0.6);
      } else {
        rule(shapes, MARGIN, x1, y0 + h, RULE, 0.3);
      }
      y0 += h;
    }
    return { width, height, shapes, links: [], ...(index === 0 ? { bookmark: table.title } : {}) };
  };
  return { title: table.title, pageCount: pages.length, render, fit, pages };
}
