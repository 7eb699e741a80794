// Reads a spreadsheet file into a grid of text cells: CSV (any common encoding, decoded and parsed
// in slices so the process stays responsive) or an XLSX workbook through exceljs.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { CsvReader } from '../../shared/import/csv';
import { decodeText } from '../../shared/import/decode';
import type { Grid } from '../../shared/import/types';
import { readWorkbook, type SheetGrid } from './xlsx';
import { checkWorkbookZip } from './zipGuard';

export interface ReadFile {
  fileName: string;
  encoding: string;
  /** Characters converted from Windows-1252. */
  converted: number;
  /** Every worksheet (one, unnamed, for a CSV file). */
  sheets: SheetGrid[];
  /** Row of a quoted cell never closed, if any. */
  unterminatedAt: number | null;
}

export interface Progress {
  /** Called between slices; resolves after the event loop has run, and throws when cancelled. */
  tick(fraction: number): Promise<void>;
}

const MAX_BYTES = 200 * 1024 * 1024;
const SLICE = 2_000;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function readBytes(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ApiError('file-not-found', `"${path.basename(file)}" could not be found. Check the path and try again.`, { path: file });
  }
  if (stat.isDirectory()) throw new ApiError('invalid-argument', `"${path.basename(file)}" is a folder, not a spreadsheet.`, { path: file });
  if (stat.size > MAX_BYTES)
    throw new ApiError('unsupported', `"${path.basename(file)}" is ${Math.round(stat.size / 1024 / 1024)} MB, larger than Establish imports (200 MB). Split it and import the parts.`);
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new ApiError('io', `"${path.basename(file)}" could not be read: ${(err as Error).message}.`, { path: file });
  }
}

export async function readSpreadsheet(file: string, progress: Progress): Promise<ReadFile> {
  const bytes = readBytes(file);
  const fileName = path.basename(file);
  if (isZip(bytes)) {
    await checkWorkbookZip(bytes, fileName);
    const sheets = await readWorkbook(bytes, fileName);
    return { fileName, encoding: 'XLSX', converted: 0, sheets, unterminatedAt: null };
  }
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
    throw new ApiError('unsupported', `"${fileName}" is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that.`);
  if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
    throw new ApiError('unsupported', `"${fileName}" is not a text or XLSX spreadsheet (it holds binary data). Save it as .csv or .xlsx and import that.`);
  const decoded = decodeText(bytes);
  const reader = new CsvReader(decoded.text);
  const rows: string[][] = [];
  while (!reader.done) {
    for (const r of reader.read(SLICE)) rows.push(r);
    await progress.tick(reader.progress);
  }
  const grid: Grid = { rows, rowNumbers: rows.map((_, i) => i + 1) };
  return {
    fileName,
    encoding: decoded.encoding,
    converted: decoded.converted,
    sheets: [{ name: null, grid }],
    unterminatedAt: reader.unterminatedAt,
  };
}
