// A schedule as printed pages: columns sized to the page (text no smaller than 6 pt), long text
// wrapped within its cell, the header repeated on every page, and a ruled totals row.
import { line, pageSize, rect, text, type Orientation, type Page, type PaperSize, type Shape } from '../chart/scene';
import { wrapText } from '../chart/text';
import { drawFooter, drawTitleBlock, MARGIN, type TitleBlock } from './frame';
import { formatCell, type Numbering, type Section } from './section';
import { cellKind, type Row, type Table } from './table';

const MAX_SIZE = 8.5;
const MIN_SIZE = 6;
const PAD = 3;
const RULE = '#9a9a9a';

interface Laid {
  cells: { lines: string[]; align: 'start' | 'end' }[];
  height: number;
  row: Row | null;
}

export function tableSection(table: Table, paper: PaperSize, orientation: Orientation, title: TitleBlock): Section {
  const size = pageSize(paper, orientation);
  const areaW = size.width - MARGIN * 2;
  const head = drawTitleBlock(size.width, title);
  const footTop = size.height - MARGIN - 14;
  const top = head.bottom + 4;

  // The largest type at which the columns' natural widths fit the page.
  const natural = (s: number) => table.columns.map((c) => c.width * s * 0.5 + PAD * 2);
  let fontSize = MAX_SIZE;
  while (fontSize > MIN_SIZE && natural(fontSize).reduce((a, b) => a + b, 0) > areaW) fontSize -= 0.25;
  let widths = natural(fontSize);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total > areaW) {
    // Still too wide at the smallest type: narrow the text columns, whose text then wraps.
    const fixed = widths.reduce((a, w, i) => a + (table.columns[i]!.kind === 'text' ? 0 : w), 0);
    const textW = total - fixed;
    const k = Math.max(0.2, (areaW - fixed) / textW);
    widths = widths.map((w, i) => (table.columns[i]!.kind === 'text' ? w * k : w));
  } else {
    widths = widths.map((w) => (w * areaW) / total);
  }
  const lineH = fontSize * 1.25;
  const xs = widths.reduce<number[]>((acc, w, i) => [...acc, (acc[i] ?? MARGIN) + w], [MARGIN]);

  const layRow = (cells: string[], row: Row | null, weight: 'regular' | 'semibold'): Laid => {
    const laid = cells.map((c, i) => {
      const kind = row ? cellKind(table, row, i) : table.columns[i]!.kind;
      const lines = c ? wrapText(c, widths[i]! - PAD * 2, fontSize, weight, 6) : [];
      return { lines, align: (kind === 'text' ? 'start' : 'end') as 'start' | 'end' };
    });
    const n = Math.max(1, ...laid.map((c) => c.lines.length));
    return { cells: laid, height: n * lineH + PAD * 2, row };
  };
  const headerRow = layRow(table.columns.map((c) => c.header), null, 'semibold');
  const groups = table.columns.some((c) => c.group);
  const groupH = groups ? lineH + PAD * 2 : 0;
  const bodies = table.rows.map((r) =>
    r.kind === 'section'
      ? { cells: [{ lines: [String(r.cells[0] ?? '')], align: 'start' as const }], height: lineH + PAD * 2 + 2, row: r }
      : layRow(r.cells.map((c, i) => formatCell(c, cellKind(table, r, i))), r, r.kind === 'total' ? 'semibold' : 'regular'),
  );

  const noteLines = table.notes.flatMap((n) => wrapText(n, areaW, 8, 'regular'));
  const introH = 18 + noteLines.length * 10 + 6;

  // Rows per page.
  const pages: Laid[][] = [[]];
  let y = top + introH + groupH + headerRow.height;
  for (const b of bodies) {
    if (y + b.height > footTop - 4 && pages[pages.length - 1]!.length) {
      pages.push([]);
      y = top + 18 + groupH + headerRow.height;
    }
    pages[pages.length - 1]!.push(b);
    y += b.height;
  }

  const drawRow = (shapes: Shape[], laid: Laid, y0: number, weight: 'regular' | 'semibold') => {
    laid.cells.forEach((c, i) => {
      c.lines.forEach((l, k) => {
        const x = c.align === 'start' ? xs[i]! + PAD : xs[i + 1]! - PAD;
        shapes.push(text(x, y0 + PAD + fontSize + k * lineH - 1, l, fontSize, weight, { anchor: c.align }));
      });
    });
  };

  const render = (index: number, numbering: Numbering): Page => {
    const shapes: Shape[] = [...head.shapes];
    shapes.push(...drawFooter(size.width, size.height, `Page ${numbering.first + index} of ${numbering.total}`, table.title).shapes);
    let y0 = top;
    shapes.push(text(MARGIN, y0 + 12, index === 0 ? table.title : `${table.title} (continued)`, 12, 'semibold'));
    y0 += 18;
    if (index === 0) {
      for (const l of noteLines) {
        y0 += 10;
        shapes.push(text(MARGIN, y0 - 2, l, 8, 'regular', { fill: '#444444' }));
      }
      y0 += 6;
    }
    if (groups) {
      for (let i = 0; i < table.columns.length; ) {
        const g = table.columns[i]!.group;
        let j = i;
        while (j + 1 < table.columns.length && g && table.columns[j + 1]!.group === g) j++;
        if (g) {
          shapes.push(text((xs[i]! + xs[j + 1]!) / 2, y0 + PAD + fontSize - 1, g, fontSize, 'semibold', { anchor: 'middle' }));
          shapes.push(line([{ x: xs[i]! + PAD, y: y0 + groupH - 1 }, { x: xs[j + 1]! - PAD, y: y0 + groupH - 1 }], '#000000', 0.5));
        }
        i = j + 1;
      }
      y0 += groupH;
    }
    shapes.push(rect(MARGIN, y0, areaW, headerRow.height, { fill: '#eeeeee', stroke: null }));
    drawRow(shapes, headerRow, y0, 'semibold');
    y0 += headerRow.height;
    shapes.push(line([{ x: MARGIN, y: y0 }, { x: MARGIN + areaW, y: y0 }], '#000000', 0.8));
    for (const b of pages[index]!) {
      const kind = b.row?.kind ?? 'body';
      if (kind === 'section') {
        shapes.push(text(MARGIN + PAD, y0 + PAD + fontSize + 1, b.cells[0]!.lines[0] ?? '', fontSize, 'semibold'));
      } else {
        drawRow(shapes, b, y0, kind === 'total' ? 'semibold' : 'regular');
      }
      if (kind === 'total') {
        shapes.push(line([{ x: MARGIN, y: y0 }, { x: MARGIN + areaW, y: y0 }], '#000000', 0.8));
        shapes.push(line([{ x: MARGIN, y: y0 + b.height }, { x: MARGIN + areaW, y: y0 + b.height }], '#000000', 0.6));
        shapes.push(line([{ x: MARGIN, y: y0 + b.height + 1.6 }, { x: MARGIN + areaW, y: y0 + b.height + 1.6 }], '#000000', 0.6));
      } else {
        shapes.push(line([{ x: MARGIN, y: y0 + b.height }, { x: MARGIN + areaW, y: y0 + b.height }], RULE, 0.3));
      }
      y0 += b.height;
    }
    return { width: size.width, height: size.height, shapes, links: [], ...(index === 0 ? { bookmark: table.title } : {}) };
  };
  return { title: table.title, pageCount: pages.length, render };
}
