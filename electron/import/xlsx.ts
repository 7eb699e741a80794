// XLSX workbooks to grids of text, one per worksheet, through exceljs. Cells become the text a
// person sees: formulas give their results, dates ISO dates, and numbers lose float noise.
import type ExcelJS from 'exceljs';
import { ApiError } from '../../shared/api/errors';
import type { Grid } from '../../shared/import/types';

export interface SheetGrid {
  /** Worksheet name; null for a CSV file. */
  name: string | null;
  grid: Grid;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text ?? '');
  if ('error' in value) return value.error;
  if ('result' in value) return text(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return '';
  return '';
}

export async function readWorkbook(bytes: Buffer, fileName: string): Promise<SheetGrid[]> {
  // Loaded when a workbook is read: a CSV import never pays for it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs declares its own Buffer type; Node's Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new ApiError('unsupported', `"${fileName}" could not be read as an XLSX workbook (${(err as Error).message}). Open it in Excel or LibreOffice, save it again as .xlsx or .csv, and import that.`);
  }
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((sheet) => {
    const rows: string[][] = [];
    const rowNumbers: number[] = [];
    const last = sheet.rowCount;
    for (let r = 1; r <= last; r++) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      const count = Math.max(row.cellCount, 0);
      for (let c = 1; c <= count; c++) cells.push(text(row.getCell(c).value).trim());
      rows.push(cells);
      rowNumbers.push(r);
    }
    while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) {
      rows.pop();
      rowNumbers.pop();
    }
    sheets.push({ name: sheet.name, grid: { rows, rowNumbers } });
  });
  if (sheets.length === 0) throw new ApiError('unsupported', `"${fileName}" has no worksheets.`);
  return sheets;
}
