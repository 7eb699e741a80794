// Workbooks built to do harm or simply wrong, through the real handlers: zip bombs, parts that lie
// about their size, cut-off files, formulas without results, error cells, dates and text where
// numbers belong. Each is refused or reported with a clear message, quickly, and memory returns.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../../electron/api/session';
import { runImport } from '../helpers/importer';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';
import { deflatedPart, deflatedZeros, zipFile } from '../helpers/zip';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());
let n = 0;

async function fresh(): Promise<Session> {
  const s = testSession(tmp.dir);
  await call(s, 'newDocument', { path: path.join(tmp.dir, `hostile${++n}.establish`) });
  return s;
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

async function refusal(file: string): Promise<Error> {
  const s = await fresh();
  try {
    await call(s, 'inspectImport', { source: { path: file } });
  } catch (err) {
    return err as Error;
  } finally {
    s.dispose();
  }
  throw new Error(`${file} was read`);
}

describe('hostile workbooks', () => {
  it('refuses a zip bomb (a small part that inflates to 300 MB) after unpacking no more than the part declares, and memory returns', async () => {
    const bomb = await deflatedZeros(300 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const file = path.join(tmp.dir, 'bomb.xlsx');
    fs.writeFileSync(file, zipFile([deflatedPart('[Content_Types].xml', CONTENT_TYPES), { name: 'xl/worksheets/sheet1.xml', data: bomb, method: 8, size: 2_000 }]));
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const err = await refusal(file);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(err.message).toBe(
      '"bomb.xlsx" was not imported: its part "xl/worksheets/sheet1.xml" declares 2,000 bytes but holds more (a damaged or deliberately misleading file). Open it in Excel or LibreOffice, save it again as .xlsx or .csv, and import that.',
    );
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses a workbook whose parts declare more than 200 MB in all, before unpacking any of them', async () => {
    const zeros = await deflatedZeros(1024 * 1024);
    const file = path.join(tmp.dir, 'declared.xlsx');
    const parts = [0, 1, 2].map((i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: zeros, method: 8 as const, size: 90 * 1024 * 1024 }));
    fs.writeFileSync(file, zipFile(parts));
    const err = await refusal(file);
    expect(err.message).toMatch(/^"declared\.xlsx" was not imported: its parts would take 270 MB once unpacked, more than the 200 MB Establish unpacks from a workbook\./);
  });

  it('refuses a part that holds less than it declares, a cut-off file and a file that is not a zip at all inside', async () => {
    const short = path.join(tmp.dir, 'short.xlsx');
    fs.writeFileSync(short, zipFile([{ ...deflatedPart('xl/workbook.xml', '<workbook/>'), size: 5_000 }]));
    expect((await refusal(short)).message).toMatch(/its part "xl\/workbook\.xml" declares 5,000 bytes but holds 11 \(a damaged or deliberately misleading file\)/);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Posts').addRow(['Job title']);
    const whole = Buffer.from(await wb.xlsx.writeBuffer());
    const cut = path.join(tmp.dir, 'cut.xlsx');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    expect((await refusal(cut)).message).toMatch(/^"cut\.xlsx" was not imported: it is not a complete XLSX file \(its zip directory is missing; was it cut short\?\)/);

    const garbage = path.join(tmp.dir, 'garbage.xlsx');
    fs.writeFileSync(garbage, zipFile([{ name: 'xl/workbook.xml', data: Buffer.from('not deflate data at all, just words'), method: 8, size: 40 }]));
    expect((await refusal(garbage)).message).toMatch(/its part "xl\/workbook\.xml" is damaged and cannot be unpacked/);
  });

  it('reports formulas without results, error cells, dates and text in number cells by row, and imports the rest', async () => {
    const file = path.join(tmp.dir, 'messy.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Posts');
    ws.addRow(['Post ref', 'Job title', 'FTE', 'Salary', 'Manager ref']);
    ws.addRow(['P1', 'Director', 1, 90000, '']);
    ws.addRow(['P2', { error: '#REF!' }, 1, 40000, 'P1']);
    ws.addRow(['P3', 'Officer', { formula: 'A1/0' }, 30000, 'P1']);
    ws.addRow(['P4', 'Assistant', new Date(Date.UTC(2025, 0, 1)), 'twenty thousand', 'P1']);
    ws.addRow(['P5', 'Clerk', -0.5, { error: '#N/A' }, 'P1']);
    await wb.xlsx.writeFile(file);
    const s = await fresh();
    const current = (await call(s, 'getDocument'))!.structures[0]!.id;
    const { status } = await runImport(s, { source: { path: file }, target: { kind: 'structure', structureId: current }, accept: false });
    const report = status.preview!.report;
    const by = (code: string) => report.filter((r) => r.code === code).map((r) => [r.rows, r.message]);
    expect(by('error-cell')).toEqual([
      [[3], 'The Job title cell on row 3 holds the spreadsheet error #REF! (a formula that failed in the program that saved the file), so it was read as blank. Correct the formula and import again, or fix the posts after importing.'],
      [[6], 'The Full-time salary cell on row 6 holds the spreadsheet error #N/A (a formula that failed in the program that saved the file), so it was read as blank. Correct the formula and import again, or fix the posts after importing.'],
    ]);
    expect(by('missing-title')).toEqual([[[3], 'Row 3 has no job title, so it was imported as "Untitled post".']]);
    expect(by('fte-blank')).toEqual([[[4], 'Row 4: FTE is blank, so it was imported as 1 FTE.']]);
    expect(by('fte-not-number')).toEqual([[[5], 'Row 5: FTE "2025-01-01" is not a number, so it was imported as 1 FTE.']]);
    expect(by('fte-negative')).toEqual([[[6], 'Row 6: FTE is negative (-0.5), so it was imported as 1 FTE.']]);
    expect(by('pay-not-number')).toEqual([[[5], 'Row 5: the salary "twenty thousand" is not an amount of money, so it was left out.']]);
    expect(status.preview!.summary).toMatchObject({ posts: 5, tops: 1, unplaced: 0 });
    s.dispose();
  });
});
