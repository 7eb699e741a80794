// Exports written through the API and read back: PDF size, text and fonts; names only on request;
// SVG and PNG; the workbook's totals against the costing; CSV that cannot run formulas; cancelling.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequestInput } from '../../shared/api/exportSchemas';
import { buildCostContext } from '../../shared/costing/postCost';
import { costStructure } from '../../shared/costing/structureCost';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import { waitForExport } from '../../electron/export/jobs';
import type { Session } from '../../electron/api/session';
import { call, testSession } from '../helpers/session';
import { pageSize, readPdf } from '../helpers/pdf';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-export-');
let s: Session;
let info: DocumentInfo;
let current: StructureData;

async function exportTo(name: string, request: ExportRequestInput, overwrite = false) {
  const out = path.join(t.dir, name);
  const { jobId } = await call(s, 'startExport', { request, path: out, overwrite });
  return waitForExport(s, jobId);
}


beforeAll(async () => {
  s = testSession(t.dir);
  info = await call(s, 'newDocument', { path: path.join(t.dir, 'doc.establish'), sample: true });
  current = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
});
afterAll(() => {
  s.dispose();
  t.cleanup();
});

describe('chart exports', () => {
  it('writes an A4 landscape PDF with embedded fonts, searchable text and no postholder names', async () => {
    const st = await exportTo('chart.pdf', { kind: 'chart', format: 'pdf', structureId: current.structure.id, paper: 'A4', orientation: 'landscape' });
    expect(st.error ?? st.state).toBe('done');
    const file = st.files[0]!;
    const pdf = await readPdf(file);
    for (const page of pdf.pages) expect(pageSize(page)).toBe('841.89 x 595.28');
    // The sample's 60 posts fit one page with every text at 6.5 pt or more.
    expect(pdf.pages).toHaveLength(1);
    // Source Sans embedded as a subset of a CID TrueType font, and nothing else.
    expect(pdf.fonts.find((f) => f.name === 'SourceSans3-Regular')).toEqual({ name: 'SourceSans3-Regular', embedded: true, subset: true, type: 'CIDFontType2' });
    for (const f of pdf.fonts) expect(f).toMatchObject({ name: expect.stringMatching(/^SourceSans3-/), embedded: true });
    // Every piece of text is set in one of them.
    for (const item of pdf.pages.flatMap((p) => p.items)) expect(item.font).toMatch(/^SourceSans3-/);
    const text = pdf.text;
    expect(text).toContain('Head of Business Support');
    expect(text).toContain('Northshire County Council');
    expect(text).toContain('CURRENT STRUCTURE');
    expect(text).not.toMatch(/continued on page/i);
    expect(text).toContain('Postholder names not shown');
    for (const p of current.posts) for (const h of p.postholders) expect(text).not.toContain(h.name);
  });

  it('prints postholder names only when asked, on A3 portrait', async () => {
    const st = await exportTo('named.pdf', { kind: 'chart', format: 'pdf', structureId: current.structure.id, paper: 'A3', orientation: 'portrait', names: true });
    expect(st.error ?? st.state).toBe('done');
    const pdf = await readPdf(st.files[0]!);
    for (const page of pdf.pages) expect(pageSize(page)).toBe('841.89 x 1190.55');
    const text = pdf.text;
    const head = current.posts.find((p) => p.managerId === null)!;
    expect(text).toContain(head.postholders[0]!.name);
  });

  it('writes SVG pages with real text and PNG pages at the chosen resolution', async () => {
    // At 9 pt with a card for each postholder the sample no longer fits one A4 portrait page: one file a page.
    const svg = await exportTo('chart.svg', { kind: 'chart', format: 'svg', structureId: current.structure.id, paper: 'A4', orientation: 'portrait', minText: 9, names: true });
    expect(svg.files.length).toBeGreaterThan(1);
    expect(path.basename(svg.files[0]!)).toBe('chart-1.svg');
    const body = fs.readFileSync(svg.files[0]!, 'utf8');
    expect(body).toContain('<text');
    expect(body).toContain('Head of Business Support');
    expect(body).toContain('@font-face');
    const png = await exportTo('chart.png', { kind: 'chart', format: 'png', structureId: current.structure.id, paper: 'A4', orientation: 'landscape', dpi: 100 });
    const buf = fs.readFileSync(png.files[0]!);
    expect(buf.subarray(1, 4).toString()).toBe('PNG');
    // A4 landscape is 11.69 inches wide.
    expect(Math.abs(buf.readUInt32BE(16) - (841.89 / 72) * 100)).toBeLessThan(1.5);
  });

  it('refuses to replace a file unless asked, and a cancelled export leaves nothing behind', async () => {
    await expect(exportTo('chart.pdf', { kind: 'chart', format: 'pdf', structureId: current.structure.id })).rejects.toThrow(/already exists/);
    const out = path.join(t.dir, 'cancelled.pdf');
    const { jobId } = await call(s, 'startExport', { request: { kind: 'chart', format: 'pdf', structureId: current.structure.id, paper: 'A4', orientation: 'portrait' }, path: out });
    const c = await call(s, 'cancelJob', { jobId });
    expect(c.state).toBe('running');
    expect(c.stage).toBe('Cancelling');
    const done = await waitForExport(s, jobId);
    expect(done.state).toBe('cancelled');
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(t.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('schedules', () => {
  it('the staffing workbook totals agree with the costing, with £ formats, a frozen header and A4 landscape print setup', async () => {
    const st = await exportTo('staffing.xlsx', { kind: 'schedule', format: 'xlsx', structureId: current.structure.id, schedule: 'staffing' });
    expect(st.error ?? st.state).toBe('done');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(st.files[0]!);
    const ws = wb.worksheets[0]!;
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    let header = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(1).value === 'Post') header = n;
    });
    expect(header).toBeGreaterThan(0);
    const headers = (ws.getRow(header).values as unknown[]).slice(1).map(String);
    const totalRow = ws.getRow(ws.rowCount);
    expect(totalRow.getCell(1).value).toBe('Total');
    const val = (col: string) => {
      const v = totalRow.getCell(headers.indexOf(col) + 1).value as { result?: number } | number;
      return typeof v === 'number' ? v : v.result!;
    };
    const totals = costStructure(current.posts, buildCostContext(info)).totals;
    expect(val('Total posts')).toBe(totals.posts);
    expect(val('Total cost (£)')).toBeCloseTo(totals.costPence / 100, 6);
    expect(val('Core budget') + val('Public Health grant')).toBeCloseTo(totals.costPence / 100, 6);
    const teams = headers.filter((h, i) => i >= 3 && i < headers.indexOf('Total posts'));
    expect(teams.reduce((sum, h) => sum + val(h), 0)).toBe(totals.posts);
    expect(totalRow.getCell(headers.indexOf('Total cost (£)') + 1).numFmt).toContain('£');
  });

  it('CSV is UTF-8 with a BOM and makes formula-like text inert', async () => {
    const head = current.posts.find((p) => p.managerId === null)!;
    const titles = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', 'Officer, "senior"'];
    for (const title of titles) await call(s, 'addPost', { structureId: current.structure.id, managerId: head.id, post: { title } });
    const st = await exportTo('staffing.csv', { kind: 'schedule', format: 'csv', structureId: current.structure.id, schedule: 'staffing' });
    const raw = fs.readFileSync(st.files[0]!);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = raw.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]!.startsWith('Post,Grade,')).toBe(true);
    const starts = (prefix: string) => lines.some((l) => l.startsWith(prefix));
    expect(starts(`"'=HYPERLINK(""http://x"",""y"")",`)).toBe(true);
    expect(starts("'+1+1,")).toBe(true);
    expect(starts("'-2+3,")).toBe(true);
    expect(starts("'@SUM(A1),")).toBe(true);
    expect(lines.some((l) => l.startsWith('"Officer, ""senior"""'))).toBe(true);
    for (const l of lines) expect(l).not.toMatch(/^[=+\-@]/);
    const posts = (await call(s, 'getStructure', { structureId: current.structure.id })).posts;
    const total = lines.find((l) => l.startsWith('Total,'))!.split(',');
    const cost = costStructure(posts, buildCostContext(info)).totals.costPence;
    expect(total).toContain((cost / 100).toFixed(2));
  });
});
