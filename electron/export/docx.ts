// The export as a Word document, for the appendices of a consultation document written in Word:
// each chart page as an image (a chart of figures as SVG, so vectors, with a PNG for older Word), each schedule as a real Word table (header repeated on every page),
// split into the same parts by columns and on the same orientation as the printed schedule.
import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, PageBreak, PageOrientation, Paragraph, ShadingType, Table as WordTable, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Orientation, Page } from '../../shared/chart/scene';
import type { ExportPlan } from '../../shared/export/compose';
import { formatCell } from '../../shared/export/table';
import { cellKind, type Table } from '../../shared/export/table';
import { MARGIN as PDF_MARGIN } from '../../shared/export/frame';
import type { TableFit } from '../../shared/export/tableFit';

const FONT = 'Arial';
const SMALL = 16; // half-points: 8 pt in tables
// Twips: the printed pages' margin, so a schedule's columns get the same widths as on paper.
const MARGIN = PDF_MARGIN * 20;

/**
 * One Word table: all the columns, or one part of a table split by columns (`cols`), with widths
 * in twips. Text is a little smaller than in the PDF, as Arial is wider than the PDF's font.
 */
function wordTable(t: Table, cols: number[], widths: number[], size: number, padTwips = 60): WordTable {
  const cell = (value: string, opts: { bold?: boolean; right?: boolean; shade?: boolean; span?: number; topRule?: boolean }) =>
    new TableCell({
      children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: value, bold: opts.bold ?? false, size, font: FONT })] })],
      ...(opts.span ? { columnSpan: opts.span } : {}),
      ...(opts.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } } : {}),
      ...(opts.topRule ? { borders: { top: { style: BorderStyle.SINGLE, size: 8, color: '000000' }, bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000' } } } : {}),
      margins: { top: 30, bottom: 30, left: padTwips, right: padTwips },
    });
  const columns = cols.map((c) => t.columns[c]!);
  const rows: TableRow[] = [];
  if (columns.some((c) => c.group)) {
    const cells: TableCell[] = [];
    for (let i = 0; i < columns.length; ) {
      const g = columns[i]!.group;
      let j = i;
      while (j + 1 < columns.length && g && columns[j + 1]!.group === g) j++;
      cells.push(cell(g ?? '', { bold: true, shade: true, span: j - i + 1 }));
      i = j + 1;
    }
    rows.push(new TableRow({ tableHeader: true, children: cells }));
  }
  rows.push(new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.header, { bold: true, shade: true, right: c.kind !== 'text' })) }));
  for (const r of t.rows) {
    if (r.kind === 'section') {
      rows.push(new TableRow({ children: [cell(String(r.cells[0] ?? ''), { bold: true, span: columns.length })] }));
      continue;
    }
    // A totals or summary label runs on over the empty cells beside it, as on the printed page.
    let span = 1;
    if (r.kind !== 'body') while (span < cols.length - 1 && (r.cells[cols[span]!] ?? null) === null) span++;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: cols.flatMap((i, k) => {
          if (k > 0 && k < span) return [];
          const kind = cellKind(t, r, i);
          return [cell(formatCell(r.cells[i] ?? null, kind), { bold: r.kind !== 'body', right: kind !== 'text', topRule: r.kind === 'total', ...(k === 0 && span > 1 ? { span } : {}) })];
        }),
      }),
    );
  }
  return new WordTable({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows,
  });
}

/** The schedule's Word tables: one per part when the printed schedule is split by columns. */
function scheduleTables(t: Table, fit: TableFit | undefined, usableTwips: number): (Paragraph | WordTable)[] {
  if (!fit) {
    const total = t.columns.reduce((s, c) => s + c.width, 0);
    return [wordTable(t, t.columns.map((_c, i) => i), t.columns.map((c) => Math.round((c.width / total) * usableTwips)), SMALL)];
  }
  // Arial sets about a sixth wider than the PDF's font, so the same widths take smaller type.
  const size = Math.max(12, Math.floor(fit.fontSize * 2 * 0.85));
  const out: (Paragraph | WordTable)[] = [];
  fit.bands.forEach((band, b) => {
    // The same share of the line as on the printed page (points to twips).
    const scale = usableTwips / (fit.width - PDF_MARGIN * 2);
    if (fit.bands.length > 1) {
      if (b > 0) out.push(new Paragraph({ children: [new PageBreak()] }));
      out.push(new Paragraph({ spacing: { before: 120, after: 60 }, children: [new TextRun({ text: band.label, bold: true, size: 18, font: FONT })] }));
    }
    out.push(wordTable(t, band.columns, band.widths.map((w) => Math.round(w * scale)), size, Math.round(fit.pad * scale)));
  });
  return out;
}

export interface DocxInput {
  plan: ExportPlan;
  /** A chart page as PNG. */
  png(page: Page): Buffer;
  /** A page as SVG, for a chart of figures: Word draws it as vectors (the PNG is its fallback). */
  svg?(page: Page): string;
  onPage?(done: number, total: number): Promise<void>;
}

export async function docxBuffer({ plan, png, svg, onPage }: DocxInput): Promise<Buffer> {
  const first = plan.render(0);
  // Word takes portrait dimensions and turns them itself for a landscape section.
  const pageTwips = { width: Math.round(Math.min(first.width, first.height) * 20), height: Math.round(Math.max(first.width, first.height) * 20) };
  const usable = (o: Orientation) => (o === 'landscape' ? pageTwips.height : pageTwips.width) - MARGIN * 2;
  // A Word section per run of parts on the same orientation: a wide schedule turned landscape
  // in print is landscape in Word too.
  const sections: { orientation: Orientation; children: (Paragraph | WordTable)[] }[] = [];
  const start = (o: Orientation) => {
    const last = sections[sections.length - 1];
    if (last && last.orientation === o) {
      if (last.children.length) last.children.push(new Paragraph({ children: [new PageBreak()] }));
      return last.children;
    }
    sections.push({ orientation: o, children: [] });
    return sections[sections.length - 1]!.children;
  };
  let done = 0;
  for (const part of plan.parts) {
    // Chart pages are numbered within their chart ("continued on page 3" is the chart's third
    // page), since the pages of a Word document move as it is edited.
    const chartPage = (i: number) => part.section.render(i, { first: 1, total: part.section.pageCount });
    const firstPage = part.kind === 'chart' ? chartPage(0) : null;
    const orientation: Orientation = part.section.fit?.orientation ?? (firstPage ? (firstPage.width > firstPage.height ? 'landscape' : 'portrait') : first.width > first.height ? 'landscape' : 'portrait');
    const children = start(orientation);
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: part.title, font: FONT })] }));
    if (part.kind === 'chart') {
      const usableIn = usable(orientation) / 1440;
      for (let i = 0; i < part.section.pageCount; i++) {
        const page = i === 0 && firstPage ? firstPage : chartPage(i);
        const widthPx = Math.round(usableIn * 96);
        const heightPx = Math.round((widthPx * page.height) / page.width);
        const transformation = { width: widthPx, height: heightPx };
        const altText = { name: part.title, title: part.title, description: part.figure?.description ?? `${part.title}, page ${i + 1} of ${part.section.pageCount}` };
        const image =
          part.figure && svg
            ? new ImageRun({ type: 'svg', data: Buffer.from(svg(page), 'utf8'), fallback: { type: 'png', data: png(page) }, transformation, altText })
            : new ImageRun({ type: 'png', data: png(page), transformation, altText });
        children.push(new Paragraph({ children: [image] }));
        if (i < part.section.pageCount - 1) children.push(new Paragraph({ children: [new PageBreak()] }));
        await onPage?.(++done, plan.pageCount);
      }
    } else {
      for (const n of part.table.notes) children.push(new Paragraph({ children: [new TextRun({ text: n, italics: true, size: 18, font: FONT })] }));
      children.push(...scheduleTables(part.table, part.section.fit, usable(orientation)));
      await onPage?.(++done, plan.pageCount);
    }
  }
  const doc = new Document({
    creator: 'Establish',
    title: plan.title,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: sections.map((sec) => ({
      properties: {
        page: {
          size: { width: pageTwips.width, height: pageTwips.height, orientation: sec.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
        },
      },
      children: sec.children,
    })),
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
