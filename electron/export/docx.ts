// The export as a Word document, for the appendices of a consultation document written in Word:
// each chart page as an image, each schedule as a real Word table (header repeated on every page).
import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, PageBreak, PageOrientation, Paragraph, ShadingType, Table as WordTable, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Page } from '../../shared/chart/scene';
import type { ExportPlan } from '../../shared/export/compose';
import { formatCell } from '../../shared/export/section';
import { cellKind, type Table } from '../../shared/export/table';

const FONT = 'Arial';
const SMALL = 16; // half-points: 8 pt in tables

function wordTable(t: Table): WordTable {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const cell = (value: string, opts: { bold?: boolean; right?: boolean; shade?: boolean; span?: number; topRule?: boolean }) =>
    new TableCell({
      children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: value, bold: opts.bold ?? false, size: SMALL, font: FONT })] })],
      ...(opts.span ? { columnSpan: opts.span } : {}),
      ...(opts.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } } : {}),
      ...(opts.topRule ? { borders: { top: { style: BorderStyle.SINGLE, size: 8, color: '000000' }, bottom: { style: BorderStyle.DOUBLE, size: 6, color: '000000' } } } : {}),
      margins: { top: 30, bottom: 30, left: 60, right: 60 },
    });
  const rows: TableRow[] = [];
  if (t.columns.some((c) => c.group)) {
    const cells: TableCell[] = [];
    for (let i = 0; i < t.columns.length; ) {
      const g = t.columns[i]!.group;
      let j = i;
      while (j + 1 < t.columns.length && g && t.columns[j + 1]!.group === g) j++;
      cells.push(cell(g ?? '', { bold: true, shade: true, span: j - i + 1 }));
      i = j + 1;
    }
    rows.push(new TableRow({ tableHeader: true, children: cells }));
  }
  rows.push(new TableRow({ tableHeader: true, children: t.columns.map((c) => cell(c.header, { bold: true, shade: true, right: c.kind !== 'text' })) }));
  for (const r of t.rows) {
    if (r.kind === 'section') {
      rows.push(new TableRow({ children: [cell(String(r.cells[0] ?? ''), { bold: true, span: t.columns.length })] }));
      continue;
    }
    rows.push(
      new TableRow({
        cantSplit: true,
        children: t.columns.map((_c, i) => {
          const kind = cellKind(t, r, i);
          return cell(formatCell(r.cells[i] ?? null, kind), { bold: r.kind === 'total', right: kind !== 'text', topRule: r.kind === 'total' });
        }),
      }),
    );
  }
  return new WordTable({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: t.columns.map((c) => Math.round((c.width / total) * 14_000)),
    rows,
  });
}

export interface DocxInput {
  plan: ExportPlan;
  /** A chart page as PNG. */
  png(page: Page): Buffer;
  onPage?(done: number, total: number): Promise<void>;
}

export async function docxBuffer({ plan, png, onPage }: DocxInput): Promise<Buffer> {
  const first = plan.render(0);
  const landscape = first.width > first.height;
  // Word takes portrait dimensions and turns them itself for a landscape section.
  const pageTwips = { width: Math.round(Math.min(first.width, first.height) * 20), height: Math.round(Math.max(first.width, first.height) * 20) };
  const margin = 720;
  const usableIn = ((landscape ? pageTwips.height : pageTwips.width) - margin * 2) / 1440;
  const children: (Paragraph | WordTable)[] = [];
  let done = 0;
  for (const part of plan.parts) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: part.title, font: FONT })] }));
    if (part.kind === 'chart') {
      for (let i = 0; i < part.section.pageCount; i++) {
        // Numbered within the chart ("continued on page 3" is the chart's third page), since the
        // pages of a Word document move as it is edited.
        const page = part.section.render(i, { first: 1, total: part.section.pageCount });
        const widthPx = Math.round(usableIn * 96);
        const heightPx = Math.round((widthPx * page.height) / page.width);
        children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: png(page), transformation: { width: widthPx, height: heightPx }, altText: { name: part.title, title: part.title, description: `${part.title}, page ${i + 1} of ${part.section.pageCount}` } })] }));
        if (i < part.section.pageCount - 1) children.push(new Paragraph({ children: [new PageBreak()] }));
        await onPage?.(++done, plan.pageCount);
      }
    } else {
      for (const n of part.table.notes) children.push(new Paragraph({ children: [new TextRun({ text: n, italics: true, size: 18, font: FONT })] }));
      children.push(wordTable(part.table));
      await onPage?.(++done, plan.pageCount);
    }
    if (part !== plan.parts[plan.parts.length - 1]) children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  const doc = new Document({
    creator: 'Establish',
    title: plan.title,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: pageTwips.width, height: pageTwips.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
