// REFRAME's Appendix C entered as published: 22 posts, each with its all-in cost per post (the
// appendix's "Salary p.a." column, which includes on-costs) and its funding. Entered with the
// unrounded costs the council's spreadsheet held, the schedule reproduces every printed line, the
// funding totals and the report's total of £1,074,870; entered to the pound as printed, the lines
// come to £1,074,874: the council's own rounding difference, which the schedule states. The
// schedule is then saved as Excel, CSV, PDF and Word in the appendix's layout and read back.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequestInput } from '../../shared/api/exportSchemas';
import { buildCostContext } from '../../shared/costing/postCost';
import { costStructure } from '../../shared/costing/structureCost';
import { staffingSchedule } from '../../shared/export/schedules/staffing';
import { formatPoundsPlain } from '../../shared/model/money';
import type { Session } from '../../electron/api/session';
import { waitForExport } from '../../electron/export/jobs';
import { AREAS, buildReframe, type ReframeDocument } from '../fixtures/reframe';
import { readPdf } from '../helpers/pdf';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

/** Appendix C as printed: post, grade, cost per post, posts per area, number of posts, total, council, OA, SF. */
const PRINTED: [string, string, string, (number | null)[], number, string, string | null, string | null, string | null][] = [
  ['Head of Service', 'SM1', '89,995', [1, null, null, null], 1, '89,995', '89,995', null, null],
  ['Business Partner', 'SM3', '68,371', [1, 1, 1, null], 3, '205,112', '205,112', null, null],
  ['Business System Analyst', 'G8', '53,438', [null, null, null, 2], 2, '106,876', '106,876', null, null],
  ['Technical Data Analyst', 'G8', '53,438', [null, null, null, 2], 2, '106,876', '53,438', null, '53,438'],
  ['Senior Intelligence and Data Analyst', 'G8', '53,438', [3, 2, 2, null], 7, '374,065', '267,189', '53,438', '53,438'],
  ['Intelligence and Data Analyst', 'G6', '41,738', [1, null, 1, null], 2, '83,477', '41,738', '41,738', null],
  ['Data Coordinator', 'G3', '28,580', [null, 1, null, null], 1, '28,580', '28,580', null, null],
  ['Apprentice', '21 yo', '19,973', [1, null, 1, 2], 4, '79,890', '79,890', null, null],
];
const TOTALS = ['Total', '', '7', '4', '5', '6', '22', '22', '', '1,074,870', '872,818', '95,176', '106,876'];

const t = makeTempDir('establish-reframe-all-in-');
let s: Session;
let built: ReframeDocument;

async function exportTo(name: string, request: ExportRequestInput): Promise<string> {
  const { jobId } = await call(s, 'startExport', { request, path: path.join(t.dir, name) });
  const st = await waitForExport(s, jobId);
  expect(st.error ?? '').toBe('');
  return st.files[0]!;
}

async function tableOf(session: Session, proposalId: string) {
  const doc = (await call(session, 'getDocument'))!;
  const data = await call(session, 'getStructure', { structureId: proposalId });
  return staffingSchedule(doc, costStructure(data.posts, buildCostContext(doc)), 'Appendix C - Staffing Costs Schedule');
}

/** A spreadsheet cell as the appendix prints it: counts as they are, pounds to the pound. */
const shown = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) && v < 1000 ? String(v) : formatPoundsPlain(Math.round(v * 100))) : v == null ? '' : String(v));

beforeAll(async () => {
  s = testSession(t.dir);
  built = await buildReframe(s, path.join(t.dir, 'REFRAME.establish'), 'unrounded');
});
afterAll(() => {
  s.dispose();
  t.cleanup();
});

describe('REFRAME Appendix C entered with all-in costs per post', () => {
  it('reproduces every printed line in the appendix’s columns: post, grade, areas, number of posts, FTE, cost per post, total and funding', async () => {
    const table = await tableOf(s, built.proposalId);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Post', 'Grade', AREAS.csc, AREAS.eey, AREAS.asc, AREAS.sys, 'Total posts', 'FTE', 'Cost per post (all-in) (£)', 'Total cost (£)',
      'Council funded', 'Opportunity Area grant', 'Supporting Families grant',
    ]);
    const body = table.rows.filter((r) => r.kind === 'body');
    // Best paid first, as printed (the three G8 lines cost the same per post, so they may come in any order).
    expect(body.map((r) => r.cells[0]).sort()).toEqual(PRINTED.map((p) => p[0]).sort());
    expect(body.map((r) => r.cells[8] as number)).toEqual(body.map((r) => r.cells[8] as number).sort((a, b) => b - a));
    PRINTED.forEach(([title, grade, each, areas, n, total, c, o, f]) => {
      const cells = body.find((r) => r.cells[0] === title)!.cells;
      // Pence cells: FTE is a plain number, the rest are pounds.
      const money = (v: unknown) => (v === null ? null : formatPoundsPlain(v as number));
      expect([cells[0], cells[1], ...cells.slice(2, 6), cells[6], cells[7], money(cells[8]), money(cells[9]), money(cells[10]), money(cells[11]), money(cells[12])]).toEqual([
        title, grade, ...areas, n, n, each, total, c, o, f,
      ]);
    });
    const total = table.rows.at(-1)!;
    expect([total.cells[0], total.cells[6], formatPoundsPlain(total.cells[9] as number), formatPoundsPlain(total.cells[10] as number), formatPoundsPlain(total.cells[11] as number), formatPoundsPlain(total.cells[12] as number)]).toEqual([
      'Total', 22, '1,074,870', '872,818', '95,176', '106,876',
    ]);
    // The printed total column adds up to £1,074,871 against the total of £1,074,870, and the schedule says so.
    expect(table.notes.join(' ')).toContain('adds up to 1,074,871, £1 more than the total shown');
    expect(table.notes.join(' ')).toContain('on-costs included: none are added to it');
    expect(table.notes.join(' ')).toContain('largest-remainder method');
  });

  it('entered to the pound as printed, the lines come to £1,074,874, not the report’s £1,074,870', async () => {
    const other = testSession(t.dir);
    try {
      const printed = await buildReframe(other, path.join(t.dir, 'REFRAME-printed.establish'), 'printed');
      const table = await tableOf(other, printed.proposalId);
      const total = table.rows.at(-1)!;
      expect(formatPoundsPlain(total.cells[9] as number)).toBe('1,074,874');
      const bp = table.rows.find((r) => r.cells[0] === 'Business Partner')!;
      expect(formatPoundsPlain(bp.cells[9] as number)).toBe('205,113');
      expect(1_074_874 - 1_074_870).toBe(4);
    } finally {
      other.dispose();
    }
  });

  it('without grouping identical posts, gives one line per post with the same totals', async () => {
    const csv = fs.readFileSync(await exportTo('appendix-c-posts.csv', { kind: 'schedule', format: 'csv', structureId: built.proposalId, schedule: 'staffing', groupPosts: false }), 'utf8').slice(1).split('\r\n');
    const header = csv.findIndex((l) => l.startsWith('Post,'));
    const lines = csv.slice(header + 1).filter((l) => l && !l.startsWith('Total,'));
    expect(lines).toHaveLength(22);
    expect(lines.filter((l) => l.startsWith('Business Partner,'))).toHaveLength(3);
    expect(lines.find((l) => l.startsWith('Business Partner,'))).toMatch(/,1,1,68370\.61,68370\.61,68370\.61,,$/);
    expect(csv.find((l) => l.startsWith('Total,'))).toMatch(/,22,22,,1074869\.\d\d,/);
  });

  it('saves the schedule as Excel, CSV, PDF and Word with the same lines and totals', async () => {
    const req = (format: 'xlsx' | 'csv' | 'pdf' | 'docx'): ExportRequestInput => ({ kind: 'schedule', format, structureId: built.proposalId, schedule: 'staffing', paper: 'A4', orientation: 'landscape' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await exportTo('appendix-c.xlsx', req('xlsx')));
    const ws = wb.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => shown(v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v))));
    const header = rows.findIndex((r) => r[0] === 'Post');
    expect(rows[header]).toContain('Cost per post (all-in) (£)');
    const bp = rows.find((r) => r[0] === 'Business Partner')!;
    expect(bp.slice(6)).toEqual(['3', '3', '68,371', '205,112', '205,112']);
    expect(rows.find((r) => r[0] === 'Total')!.slice(2)).toEqual(TOTALS.slice(2));

    const csv = fs.readFileSync(await exportTo('appendix-c.csv', req('csv')), 'utf8').slice(1).split('\r\n');
    expect(csv.find((l) => l.startsWith('Senior Intelligence and Data Analyst,'))).toMatch(/,7,7,53437\.81,374064\.67,267189\.05,53437\.81,53437\.81$/);

    const pdf = await exportTo('appendix-c.pdf', req('pdf'));
    if (process.env.ESTABLISH_KEEP_PDF) fs.copyFileSync(pdf, process.env.ESTABLISH_KEEP_PDF);
    const text = (await readPdf(pdf)).text;
    for (const p of PRINTED) expect(text).toContain(p[0]);
    for (const figure of ['68,371', '205,112', '374,065', '267,189', '1,074,870', '872,818', '95,176', '106,876', 'Cost per post', 'all-in annual cost', 'adds up to 1,074,871']) expect(text).toContain(figure);

    const zip = await JSZip.loadAsync(fs.readFileSync(await exportTo('appendix-c.docx', req('docx'))));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const figure of ['Cost per post (all-in)', '68,371', '205,112', '1,074,870', '872,818', '95,176', '106,876']) expect(xml).toContain(figure);
  });
});
