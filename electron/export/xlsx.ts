// Schedules as an Excel workbook: one sheet per schedule, £ formats on exact values, a frozen
// header, live SUM totals (with their values cached for readers that do not calculate), and an
// A4 landscape print setup that fits the width and repeats the header on every page.
import ExcelJS from 'exceljs';
import { cellKind, type Table } from '../../shared/export/table';

const MONEY = '£#,##0;-£#,##0';
const FTE = '0.0###';

function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Schedule';
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function addTable(wb: ExcelJS.Workbook, table: Table, name: string, footer: string): void {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${footer.replace(/&/g, '&&')}&RPage &P of &N` },
  });
  ws.columns = table.columns.map((c) => ({ width: Math.max(6, c.width + 2) }));
  const titleRow = ws.addRow([table.title]);
  titleRow.font = { bold: true, size: 14 };
  for (const n of table.notes) ws.addRow([n]).font = { italic: true, size: 9 };
  ws.addRow([]);
  const hasGroups = table.columns.some((c) => c.group);
  if (hasGroups) {
    const r = ws.addRow(table.columns.map((c) => c.group ?? ''));
    r.font = { bold: true };
    // Merge each run of columns sharing a group heading.
    for (let i = 0; i < table.columns.length; ) {
      const g = table.columns[i]!.group;
      let j = i;
      while (j + 1 < table.columns.length && g && table.columns[j + 1]!.group === g) j++;
      if (g && j > i) ws.mergeCells(r.number, i + 1, r.number, j + 1);
      if (g) r.getCell(i + 1).alignment = { horizontal: 'center' };
      i = j + 1;
    }
  }
  const header = ws.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'bottom' };
  header.eachCell((cell, i) => {
    cell.border = { bottom: { style: 'thin' } };
    if (table.columns[i - 1]!.kind !== 'text') cell.alignment = { wrapText: true, vertical: 'bottom', horizontal: 'right' };
  });
  const headerRowNumber = header.number;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: headerRowNumber }];
  ws.pageSetup.printTitlesRow = `${hasGroups ? headerRowNumber - 1 : headerRowNumber}:${headerRowNumber}`;

  const firstBody = headerRowNumber + 1;
  let lastBody = headerRowNumber;
  for (const row of table.rows) {
    const values = row.cells.map((cell, i) => {
      if (typeof cell === 'number' && cellKind(table, row, i) === 'money') return cell / 100;
      return cell;
    });
    const r = ws.addRow(values);
    if (row.kind === 'body') lastBody = r.number;
    if (row.kind === 'total') {
      r.font = { bold: true };
      r.eachCell({ includeEmpty: true }, (cell, i) => {
        cell.border = { top: { style: 'thin' }, bottom: { style: 'double' } };
        const col = table.columns[i - 1];
        const cached = row.cells[i - 1];
        // A live total over the rows above, so the sheet stays right if someone edits a figure.
        if (!row.notSum && col && col.kind !== 'text' && typeof cached === 'number' && lastBody >= firstBody) {
          const L = colLetter(i);
          cell.value = { formula: `SUM(${L}${firstBody}:${L}${lastBody})`, result: col.kind === 'money' ? cached / 100 : cached };
        }
      });
    }
    r.eachCell((cell, i) => {
      const kind = cellKind(table, row, i - 1);
      if (kind === 'money') cell.numFmt = MONEY;
      else if (kind === 'fte') cell.numFmt = FTE;
    });
  }
}

export interface WorkbookMeta {
  title: string;
  organisation: string;
  footer: string;
}

export async function workbookBuffer(tables: readonly Table[], meta: WorkbookMeta): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Establish';
  wb.company = meta.organisation;
  wb.title = meta.title;
  wb.created = new Date();
  const used = new Set<string>();
  for (const t of tables) addTable(wb, t, sheetName(t.title, used), meta.footer);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
