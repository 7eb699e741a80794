// The consultation pack as PDF and Word, read back: contents, both charts with their change marks,
// the schedules, and their totals and savings by financial year against the compare engine's own
// figures; the workbook of a compared proposal; and the command line.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { compareStructures, type ChangeSummary } from '../../shared/compare/compare';
import { formatPoundsPlain } from '../../shared/model/money';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import { runCli } from '../../electron/cli/main';
import { planExport } from '../../electron/export/run';
import { exportRequestSchema } from '../../shared/api/exportSchemas';
import type { Session } from '../../electron/api/session';
import { call, testSession } from '../helpers/session';
import { pageSize, readPdf } from '../helpers/pdf';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-pack-');
let s: Session;
let info: DocumentInfo;
let current: StructureData;
let proposal: StructureData;
/** What the compare view shows for Current to Option A. */
let summary: ChangeSummary;
const file = path.join(t.dir, 'doc.establish');

beforeAll(async () => {
  s = testSession(t.dir);
  info = await call(s, 'newDocument', { path: file, sample: true });
  current = await call(s, 'getStructure', { structureId: info.structures.find((x) => x.kind === 'current')!.id });
  const r = await call(s, 'createStructure', { name: 'Option A', fromStructureId: current.structure.id, status: 'consultation' });
  const pid = r.createdIds[0]!;
  await call(s, 'updateStructure', { structureId: pid, patch: { implementationDate: '2026-10-01' } });
  proposal = await call(s, 'getStructure', { structureId: pid });
  const eso = proposal.posts.filter((p) => p.title === 'Executive Support Officer');
  await call(s, 'deletePosts', { postIds: eso.slice(0, 2).map((p) => p.id), reports: 'reassign' });
  const head = proposal.posts.find((p) => p.managerId === null)!;
  await call(s, 'addPost', { structureId: pid, managerId: head.id, post: { title: 'Flexible Support Officer' } });
  // A post half on each funding source, so the cuts by source have to apportion it to the penny.
  const sources = info.fundingSources.map((f) => f.id);
  const split = proposal.posts.find((p) => p.title === 'Business Support Officer' && !p.vacant)!;
  await call(s, 'updatePosts', { postIds: [split.id], patch: { funding: [{ sourceId: sources[0]!, shareBp: 3_333 }, { sourceId: sources[1]!, shareBp: 6_667 }] } });
  proposal = await call(s, 'getStructure', { structureId: pid });
  info = (await call(s, 'getDocument'))!;
  summary = compareStructures(info, current, proposal);
  s.dispose();
});
afterAll(() => t.cleanup());

const plain = formatPoundsPlain;

describe('the consultation pack', () => {
  it('as PDF: contents, both charts with their marks, the schedules and the cost summary', async () => {
    const io = { lines: [] as string[], out(x: string) { this.lines.push(x); }, err(x: string) { this.lines.push(x); } };
    const out = path.join(t.dir, 'pack.pdf');
    const code = await runCli(['export', file, '--pack', '--from', 'Current', '--to', 'Option A', '--out', out, '--landscape'], io);
    expect(io.lines.join('\n')).toContain('Wrote');
    expect(code).toBe(0);
    const pdf = await readPdf(out);
    const text = pdf.text;
    for (const s of ['Contents', 'Changes schedule', 'Staffing schedule: Option A', 'Cost summary', 'TO BE DELETED', 'NEW POST', 'DRAFT FOR CONSULTATION', 'Flexible Support Officer'])
      expect(text).toContain(s);
    // The full-year effect, the saving in each financial year and both structures' costs, as the compare engine has them.
    expect(summary.cost.savingPence).toBeGreaterThan(0);
    expect(text).toContain(plain(-summary.cost.savingPence));
    expect(summary.byFinancialYear.map((y) => y.year.label)).toEqual(['2026/27', '2027/28', '2028/29']);
    expect(summary.byFinancialYear[0]!.share).toEqual({ numerator: 1, denominator: 2 });
    expect(text).toMatch(/2026\/27 \(6 of 12 months\)/);
    for (const y of summary.byFinancialYear) {
      expect(text).toContain(plain(-y.savingPence));
      expect(text).toContain(plain(y.savingPence));
    }
    expect(text).toContain(plain(summary.cost.beforePence));
    expect(text).toContain(plain(summary.cost.afterPence));
    expect(text).toContain('Effect by financial year');
    expect(text).toMatch(/People at risk: \d+ of the/);
    for (const p of current.posts) for (const h of p.postholders) expect(text).not.toContain(h.name);
    expect(pageSize(pdf.pages[0]!)).toBe('841.89 x 595.28');
  });

  it('as Word: chart images and schedule tables whose totals match the comparison', async () => {
    const io = { out() {}, err(x: string) { throw new Error(x); } };
    const out = path.join(t.dir, 'pack.docx');
    expect(await runCli(['export', file, '--pack', '--from', 'Current', '--to', 'Option A', '--out', out, '--names'], io)).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).length).toBeGreaterThan(1);
    const xml = await zip.file('word/document.xml')!.async('string');
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain('Changes schedule');
    expect(words).toContain('Deleted');
    expect(words).toContain(plain(-summary.cost.savingPence));
    expect(words).toContain(plain(summary.after.totals.costPence));
    for (const y of summary.byFinancialYear) expect(words).toContain(plain(-y.savingPence));
    // The cost summary's cut by funding source is the engine's exact apportionment.
    for (const r of summary.breakdowns.source) expect(words).toContain(`${r.label} ${plain(r.before.costPence)} ${plain(r.after.costPence)} ${plain(r.after.costPence - r.before.costPence)}`);
    // Names were asked for: the deleted posts' holders are listed.
    const deleted = summary.diff.changes.filter((c) => c.kind === 'deleted').flatMap((c) => c.before!.postholders.map((h) => h.name));
    expect(deleted.length).toBeGreaterThan(0);
    for (const n of deleted) expect(words).toContain(n);
  });

  it('a workbook of the proposal: staffing, changes with savings by financial year, and the cost summary, each agreeing with the compare engine', async () => {
    const io = { out() {}, err(x: string) { throw new Error(x); } };
    const out = path.join(t.dir, 'option-a.xlsx');
    expect(await runCli(['export', file, '--structure', 'Option A', '--format', 'xlsx', '--out', out], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Staffing schedule Option A', 'Changes Current to Option A', 'People affected', 'Cost summary']);
    const num = (v: ExcelJS.CellValue) => (typeof v === 'number' ? v : ((v as { result?: number } | null)?.result ?? NaN));
    const rowsOf = (ws: ExcelJS.Worksheet) => {
      const rows: ExcelJS.Row[] = [];
      ws.eachRow((r) => rows.push(r));
      return rows;
    };
    const find = (ws: ExcelJS.Worksheet, label: string | RegExp) => rowsOf(ws).find((r) => (typeof label === 'string' ? r.getCell(1).value === label : label.test(String(r.getCell(1).value))))!;
    const last = (r: ExcelJS.Row) => num(r.getCell(r.cellCount).value);

    const [staffing, changes, people, costs] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
    // The people sheet counts people in groups by what happens to them.
    expect(find(people, /^(At risk|Ring-fenced|Slotted in|Redeployed|Post retained): \d+ (person|people)$/)).toBeTruthy();
    const header = find(staffing, 'Post');
    const col = (name: string) => (header.values as unknown[]).indexOf(name);
    const total = find(staffing, 'Total');
    expect(num(total.getCell(col('Total cost (£)')).value)).toBeCloseTo(summary.after.totals.costPence / 100, 6);
    expect(num(total.getCell(col('Total posts')).value)).toBe(summary.after.totals.posts);

    // Full-year effect in the totals row; the in-year effect of each financial year below it.
    expect(last(find(changes, 'Total: full-year effect'))).toBeCloseTo(-summary.cost.savingPence / 100, 6);
    for (const y of summary.byFinancialYear) expect(last(find(changes, new RegExp(`^${y.year.label.replace('/', '\\/')} `)))).toBeCloseTo(-y.savingPence / 100, 6);
    expect(find(changes, /^Effect by financial year, taking effect 1 October 2026$/)).toBeTruthy();

    // The cost summary's figures are the engine's, to the penny.
    expect(num(find(costs, 'Full-year cost, with on-costs').getCell(2).value)).toBeCloseTo(summary.cost.beforePence / 100, 6);
    expect(num(find(costs, 'Full-year cost, with on-costs').getCell(3).value)).toBeCloseTo(summary.cost.afterPence / 100, 6);
    for (const r of summary.breakdowns.source) {
      const row = find(costs, r.label);
      expect(num(row.getCell(2).value) * 100).toBeCloseTo(r.before.costPence, 6);
      expect(num(row.getCell(3).value) * 100).toBeCloseTo(r.after.costPence, 6);
    }
    const bySource = summary.breakdowns.source.reduce((sum, r) => sum + r.after.costPence, 0);
    expect(bySource).toBe(summary.cost.afterPence);
  });

  it('draws the current and proposed charts the same way: cards the same size on every page, no text under 6 pt', async () => {
    const session = testSession(t.dir);
    try {
      await call(session, 'openDocument', { path: file });
      const req = exportRequestSchema.parse({ kind: 'pack', format: 'pdf', fromId: current.structure.id, toId: proposal.structure.id, paper: 'A4', orientation: 'portrait' });
      const plan = planExport(session.requireDocument(), req);
      const charts = plan.parts.filter((p) => p.kind === 'chart');
      expect(charts.length).toBe(2);
      // The size of a card's title (semibold, drawn inside the chart area) on every chart page.
      const cardTitleSizes = new Set<number>();
      let first = 1;
      for (const section of plan.sections) {
        const isChart = charts.some((c) => c.section === section);
        for (let i = 0; i < section.pageCount; i++) {
          const page = section.render(i, { first: first + i, total: plan.pageCount });
          for (const sh of page.shapes) {
            if (sh.kind !== 'text') continue;
            expect(sh.size).toBeGreaterThanOrEqual(6);
            if (isChart && (sh.text.startsWith('Executive Support Officer') || sh.text === 'Head of Business Support')) cardTitleSizes.add(Math.round(sh.size * 1000));
          }
        }
        first += section.pageCount;
      }
      expect(cardTitleSizes.size).toBe(1);
    } finally {
      session.dispose();
    }
  });

  it('the command line explains mistakes', async () => {
    const errs: string[] = [];
    const io = { out() {}, err(x: string) { errs.push(x); } };
    expect(await runCli(['export', file, '--structure', 'Nope', '--format', 'pdf', '--out', path.join(t.dir, 'x.pdf')], io)).toBe(1);
    expect(errs.join('\n')).toContain('There is no structure called "Nope"');
    expect(await runCli(['export', file, '--structure', 'Current', '--format', 'gif', '--out', path.join(t.dir, 'x.gif')], io)).toBe(2);
    expect(await runCli(['export', file, '--structure', 'Current', '--format', 'pdf', '--out', path.join(t.dir, 'c.pdf'), '--paper', 'A3'], io)).toBe(0);
    // A3 either way round.
    for (const page of (await readPdf(path.join(t.dir, 'c.pdf'))).pages) expect([page.width, page.height].sort((a, b) => a - b)).toEqual([841.89, 1190.55]);
  });
});
