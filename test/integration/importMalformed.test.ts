// Messy files of our own, one malformed case after another, through the real handlers into a real
// file: each problem gets a line of the report with its row number and what was done, and
// cancelling, refusing or a stale preview leaves the document exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Session } from '../../electron/api/session';
import { runCli } from '../../electron/cli/main';
import type { ReportItem } from '../../shared/import/types';
import { runImport, waitForJob } from '../helpers/importer';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'import');
const tmp = makeTempDir();
afterAll(() => tmp.cleanup());
let n = 0;

async function fresh(): Promise<{ s: Session; currentId: string; file: string }> {
  const s = testSession(tmp.dir);
  const file = path.join(tmp.dir, `doc${++n}.establish`);
  const info = await call(s, 'newDocument', { path: file });
  return { s, currentId: info.structures[0]!.id, file };
}

const lines = (report: ReportItem[]) => report.map((r) => [r.severity, r.code, r.role, r.rows]);
const messages = (report: ReportItem[]) => report.map((r) => r.message);

/** Every row of every table of the open document, to prove nothing changed. */
function snapshot(s: Session): string {
  const db = s.requireDocument().db;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

describe('reporting lines that cannot be followed', () => {
  it('puts only posts whose manager is not in the file under "Unplaced"; loops, self-reports and second tops go to the top, side by side, each reported by row', async () => {
    const { s, currentId } = await fresh();
    const { status } = await runImport(s, { source: { path: `${FIXTURES}/reporting-lines.csv` }, target: { kind: 'structure', structureId: currentId }, accept: false });
    const report = status.preview!.report;
    expect(lines(report)).toEqual([
      ['info', 'several-tops', 'main', [2, 4, 7, 9]],
      ['error', 'cycle', 'main', [4, 6]],
      ['error', 'self-report', 'main', [7]],
      ['error', 'missing-manager', 'main', [8]],
    ]);
    expect(messages(report)).toEqual([
      '4 posts are at the top of the structure and sit side by side on the chart: row 2 P1 "Director" (1 post below it); row 4 P3 "Team Leader" (2 posts below it); row 7 P6 "Analyst" (0 posts below it); row 9 P8 "Second Director" (1 post below it).',
      'Rows 4 and 6: P3 "Team Leader" and P5 "Manager" report to each other in a loop, so none of them reaches the top. P3 "Team Leader" was placed at the top of the structure, with the 2 posts below it.',
      'Row 7: P6 "Analyst" reports to itself (manager reference is its own reference). It was placed at the top of the structure.',
      'Row 8: P7 "Adviser" reports to "P99", which is not a post in the file. It was placed under "Unplaced".',
    ]);
    expect(status.preview!.summary).toMatchObject({ posts: 9, unplaced: 1, tops: 4, fteE4: 90_000, errors: 3 });
    await call(s, 'acceptImport', { jobId: status.jobId });
    const { posts } = await call(s, 'getStructure', { structureId: currentId });
    const byRef = new Map(posts.map((p) => [p.ref, p]));
    const holding = posts.find((p) => p.holding)!;
    expect(['P1', 'P3', 'P6', 'P8'].map((r) => byRef.get(r)!.managerId)).toEqual([null, null, null, null]);
    expect(byRef.get('P7')!.managerId).toBe(holding.id);
    expect(byRef.get('P5')!.managerId).toBe(byRef.get('P3')!.id);
    expect(byRef.get('P9')!.managerId).toBe(byRef.get('P8')!.id);
    // The document check finds no loop left behind.
    expect((await call(s, 'checkDocument')).issues.map((i) => i.code)).toEqual(['unplaced-posts']);
    s.dispose();
  });
});

describe('an HR export with one row per person', () => {
  it('merges job shares, reads names only from the mapped column, and reports bad FTE, pay, grades, titles, blank rows and duplicate references', async () => {
    const { s, currentId } = await fresh();
    const { status, inspection } = await runImport(s, {
      source: { path: `${FIXTURES}/people.csv` },
      target: { kind: 'structure', structureId: currentId },
      mapping: (m) => ({ ...m, postholder: 7 }),
      accept: false,
    });
    expect(inspection.main.mapping).toEqual({ ref: 0, title: 1, grade: 2, payPoint: 3, fte: 4, salary: 5, managerRef: 6, team: 8 });
    const report = status.preview!.report;
    expect(lines(report)).toEqual([
      ['info', 'job-share', 'main', [3, 4]],
      ['info', 'ref-leading-zeros', 'main', [3]],
      ['error', 'fte-not-number', 'main', [5]],
      ['info', 'vacant', 'main', [5]],
      ['warning', 'unknown-grade', 'main', [6]],
      ['error', 'pay-not-number', 'main', [7]],
      ['warning', 'unknown-pay-point', 'main', [7]],
      ['info', 'blank-row', 'main', [8]],
      ['error', 'missing-title', 'main', [9]],
      ['error', 'duplicate-ref', 'main', [10, 6]],
    ]);
    expect(report[0]!.message).toBe('Rows 3 and 4: 002 "Business Support Officer" is one post held by 2 people (a job share), imported as one post of 1 FTE.');
    expect(report[2]!.message).toBe('Row 5: FTE "full" is not a number, so it was imported as 1 FTE.');
    expect(report[4]!.message).toContain('Grade "Z9" (first on row 6) is not in the document\'s grade table, so it was added without pay points');
    expect(report[9]!.message).toContain('Row 10: reference 004 is also on row 6 for a different post');
    expect(status.preview!.summary).toMatchObject({ posts: 7, vacant: 1, postholders: 5, rowsNotImported: 1, newGrades: ['Z9'] });

    await call(s, 'acceptImport', { jobId: status.jobId });
    const info = (await call(s, 'getDocument'))!;
    const { posts } = await call(s, 'getStructure', { structureId: currentId });
    const share = posts.find((p) => p.ref === '002')!;
    expect(share.postholders.map((h) => [h.name, h.fte])).toEqual([
      ['Jo Bloggs', 0.5],
      ['Sam Jones', 0.5],
    ]);
    expect(share.fte).toBe(1);
    const h5 = info.grades.find((g) => g.code === 'H5')!;
    expect(share.payPointId).toBe(h5.points.find((p) => p.code === 'SCP 12')!.id);
    expect(share.managerId).toBe(posts.find((p) => p.ref === '001')!.id);
    const vacancy = posts.find((p) => p.ref === '003')!;
    expect([vacancy.vacant, vacancy.postholders]).toEqual([true, []]);
    const analyst = posts.find((p) => p.title === 'Data Analyst')!;
    expect([analyst.salaryOverridePence, info.grades.find((g) => g.id === analyst.gradeId)!.code, analyst.postholders]).toEqual([3_100_000, 'Z9', []]);
    expect(posts.filter((p) => p.ref === '004').map((p) => p.title)).toEqual(['Data Analyst', 'Data Scientist']);
    s.dispose();
  });

  it('leaves names out when no column is mapped to postholders', async () => {
    const { s, currentId } = await fresh();
    const { result } = await runImport(s, { source: { path: `${FIXTURES}/people.csv` }, target: { kind: 'structure', structureId: currentId } });
    expect(result!.summary.postholders).toBe(0);
    const { posts } = await call(s, 'getStructure', { structureId: currentId });
    expect(posts.flatMap((p) => p.postholders)).toEqual([]);
    s.dispose();
  });

  it('converts a Windows-1252 file and says so', async () => {
    const { s, currentId } = await fresh();
    const file = path.join(tmp.dir, 'cp1252.csv');
    const text = 'Ref;Job title;Salary;Reports to\r\nA1;Head of Caf\xe9 Services \x96 North;\xa342,000;\r\nA2;Cook;\xa321,500.50;A1\r\n';
    fs.writeFileSync(file, Buffer.from(text, 'latin1'));
    const { status, inspection, result } = await runImport(s, { source: { path: file }, target: { kind: 'structure', structureId: currentId } });
    expect(inspection.main.encoding).toBe('Windows-1252');
    expect(lines(status.preview!.report)).toEqual([['warning', 'encoding', 'main', []]]);
    expect(status.preview!.report[0]!.message).toBe(
      'cp1252.csv is not UTF-8: it was read as Windows-1252 (the encoding Excel uses for CSV files on Windows) and 4 characters such as "£" were converted.',
    );
    expect(result!.summary.posts).toBe(2);
    const { posts } = await call(s, 'getStructure', { structureId: currentId });
    expect(posts.map((p) => [p.title, p.salaryOverridePence])).toEqual([
      ['Head of Café Services – North', 4_200_000],
      ['Cook', 2_150_050],
    ]);
    s.dispose();
  });
});

describe('organogram quirks', () => {
  it('handles reference 0, leading zeros, job shares, duplicate references, Vacant, Eliminated, N/D and bad pay, and junior rows that cannot be placed', async () => {
    const { s, currentId } = await fresh();
    const { status, inspection } = await runImport(s, {
      source: { path: `${FIXTURES}/organogram-senior.csv` },
      target: { kind: 'structure', structureId: currentId },
      mapping: (m) => ({ ...m, postholder: 1 }),
      accept: false,
    });
    expect(inspection.junior!.fileName).toBe('organogram-junior.csv');
    const columns = status.preview!.report.filter((r) => r.code === 'column-not-imported');
    const report = status.preview!.report.filter((r) => r.code !== 'unknown-grade' && r.code !== 'column-not-imported');
    // Every column left out is named, with why and how to import it.
    expect(columns.filter((c) => c.role === 'main').map((c) => c.message.split(' ').slice(0, 2).join(' '))).toEqual(
      ['F', 'G', 'I', 'J', 'L', 'Q', 'S'].map((l) => `Column ${l}`),
    );
    expect(columns.filter((c) => c.role === 'junior').map((c) => c.message.split(' ').slice(0, 2).join(' '))).toEqual(['Column A', 'Column B', 'Column J']);
    expect(columns.map((c) => c.message)).toContain(
      'Column G "Organisation" holds the organisation publishing the file, which Establish does not keep with a post, so it was not imported. To make it each post\'s employing organisation, choose it for "Employing organisation", or use --map organisation=Organisation.',
    );
    expect(columns.map((c) => c.message)).toContain(
      'Column I "Contact Phone" holds the post\'s contact telephone number, which Establish does not keep with a post, so it was not imported. If it holds one of the fields Establish imports, choose that field for it in the mapping step, or use --map "FIELD=Contact Phone".',
    );
    expect(columns.map((c) => c.message)).toContain(
      'Column J "Professional/Occupational Group" holds the post\'s profession, which Establish does not keep with a post, so it was not imported. To keep it with each post, choose it for "Notes" in the mapping step, or use --junior-map "notes=Professional/Occupational Group".',
    );
    expect(lines(report)).toEqual([
      ['info', 'vacant', 'main', [3]],
      ['info', 'pay-zero', 'main', [3]],
      ['info', 'ref-leading-zeros', 'main', [3]],
      ['info', 'job-share', 'main', [4, 5]],
      ['info', 'eliminated', 'main', [6]],
      ['warning', 'manager-eliminated', 'main', [7]],
      ['info', 'pay-not-disclosed', 'main', [7]],
      ['info', 'name-not-disclosed', 'main', [7]],
      ['info', 'ref-zero', 'main', [8]],
      ['warning', 'pay-not-number', 'main', [9]],
      ['error', 'duplicate-ref', 'main', [10, 9]],
      ['warning', 'manager-eliminated', 'junior', [3]],
      ['error', 'missing-manager', 'junior', [4]],
      ['warning', 'fte-zero', 'junior', [5]],
      ['warning', 'pay-not-number', 'junior', [6]],
      ['warning', 'grade-scale-differs', 'junior', [7]],
    ]);
    expect(messages(report)).toContain('Row 6: 0400 "Deputy Director Estates" is marked "Eliminated" (the post no longer exists), so it was not imported.');
    expect(messages(report)).toContain('Row 4: "Developer" reports to "0999", which is not a post in the file. It was placed under "Unplaced".');
    expect(status.preview!.summary).toMatchObject({ posts: 12, groupedPosts: 5, vacant: 1, unplaced: 1, rowsNotImported: 2, fteE4: 201_900 });

    await call(s, 'acceptImport', { jobId: status.jobId });
    const { posts } = await call(s, 'getStructure', { structureId: currentId });
    const find = (title: string) => posts.find((p) => p.title === title)!;
    expect(find('Deputy Director Policy').postholders.map((h) => [h.name, h.fte])).toEqual([
      ['Ann One', 0.5],
      ['Bea Two', 0.5],
    ]);
    expect(find('Director of Operations')).toMatchObject({ ref: '0200', vacant: true, postholders: [] });
    expect(find('Head of Facilities').managerId).toBe(find('Director of Operations').id);
    expect(find('Head of Facilities').postholders).toEqual([]);
    expect(find('Not in post').ref).toBe('0');
    expect(find('Policy Adviser')).toMatchObject({ fte: 2.69, managerId: find('Deputy Director Policy').id });
    expect(find('Developer').managerId).toBe(posts.find((p) => p.holding)!.id);
    expect(posts.some((p) => p.title === 'Administrator' || p.title === 'Deputy Director Estates')).toBe(false);
    s.dispose();
  });

  it('refuses a junior file offered as the main file, saying which to choose', async () => {
    const { s } = await fresh();
    await expect(call(s, 'inspectImport', { source: { path: `${FIXTURES}/organogram-junior.csv` } })).rejects.toThrow(/junior staff file of an organogram/);
    s.dispose();
  });
});

describe('XLSX workbooks', () => {
  it('reads a workbook written here: title rows above the headings, numbers, a formula and text references with leading zeros', async () => {
    const { s, currentId } = await fresh();
    const file = path.join(tmp.dir, 'establishment.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['Nothing to import here']);
    const ws = wb.addWorksheet('Establishment');
    ws.addRow(['Establishment report as at 31 March 2025']);
    ws.addRow([]);
    ws.addRow(['Position Number', 'Position Title', 'Grade', 'FTE', 'Annual Salary', 'Manager Position', 'Vacant']);
    ws.addRow(['007', 'Head of Libraries', 'M2', 1, 52000, '', 'N']);
    ws.addRow(['008', 'Librarian', 'H6', 0.6, { formula: '30000*1.032', result: 30960 }, '7', 'Y']);
    ws.addRow(['009', 'Library Assistant', 'H3', 'half', 'tbc', '007', 'maybe']);
    await wb.xlsx.writeFile(file);

    const { status, inspection, result } = await runImport(s, { source: { path: file }, target: { kind: 'structure', structureId: currentId } });
    expect(inspection.main).toMatchObject({ encoding: 'XLSX', sheets: ['Notes', 'Establishment'], sheet: 'Establishment', headerRow: 3 });
    expect(inspection.main.mapping).toMatchObject({ ref: 0, title: 1, grade: 2, fte: 3, salary: 4, managerRef: 5, vacancy: 6 });
    expect(lines(status.preview!.report)).toEqual([
      ['info', 'skipped-lines', 'main', [1, 2]],
      ['warning', 'salary-out-of-range', 'main', [4]],
      ['info', 'vacant', 'main', [5]],
      ['info', 'ref-leading-zeros', 'main', [5]],
      ['error', 'fte-not-number', 'main', [6]],
      ['error', 'pay-not-number', 'main', [6]],
      ['warning', 'unclear-vacancy', 'main', [6]],
    ]);
    expect(result!.summary).toMatchObject({ posts: 3, vacant: 1, fteE4: 26_000 });
    const { posts } = await call(s, 'getStructure', { structureId: currentId });
    expect(posts.map((p) => [p.ref, p.fte, p.salaryOverridePence, p.vacant])).toEqual([
      ['007', 1, 5_200_000, false],
      ['008', 0.6, 3_096_000, true],
      ['009', 1, null, false],
    ]);
    s.dispose();
  });
});

describe('accept, cancel and refuse', () => {
  it('cancelling a prepared import leaves the document exactly as it was', async () => {
    const { s, currentId } = await fresh();
    const before = snapshot(s);
    const { status } = await runImport(s, { source: { path: `${FIXTURES}/people.csv` }, target: { kind: 'structure', structureId: currentId }, accept: false });
    expect(status.state).toBe('ready');
    expect((await call(s, 'cancelJob', { jobId: status.jobId })).state).toBe('cancelled');
    await expect(call(s, 'acceptImport', { jobId: status.jobId })).rejects.toThrow(/no longer open/);
    expect(snapshot(s)).toBe(before);
    s.dispose();
  });

  it('cancelling a job still reading stops it', async () => {
    const { s, currentId } = await fresh();
    const big = path.join(tmp.dir, 'big.csv');
    fs.writeFileSync(big, 'Ref,Job title,Manager ref\n' + Array.from({ length: 60_000 }, (_, i) => `R${i},Officer ${i},${i === 0 ? '' : 'R0'}`).join('\n'));
    const inspection = await call(s, 'inspectImport', { source: { path: big } });
    const { jobId } = await call(s, 'startImport', { source: { path: big }, format: 'generic', mapping: inspection.main.mapping, target: { kind: 'structure', structureId: currentId } });
    const cancelling = await call(s, 'cancelJob', { jobId });
    expect(cancelling.stage).toBe('Cancelling');
    expect((await waitForJob(s, jobId)).state).toBe('cancelled');
    expect((await call(s, 'jobStatus', { jobId })).state).toBe('cancelled');
    await expect(call(s, 'acceptImport', { jobId })).rejects.toThrow(/no longer open/);
    expect((await call(s, 'getStructure', { structureId: currentId })).posts).toEqual([]);
    s.dispose();
  });

  it('refuses to write a file with nothing to import, and a preview the document has moved on from', async () => {
    const { s, currentId } = await fresh();
    const empty = path.join(tmp.dir, 'eliminated.csv');
    fs.writeFileSync(empty, 'Ref,Job title,Name\nX1,Gone,Eliminated\n,,\n');
    const before = snapshot(s);
    const { status } = await runImport(s, { source: { path: empty }, target: { kind: 'structure', structureId: currentId }, mapping: (m) => ({ ...m, postholder: 2 }), accept: false });
    expect(status.preview!.summary.posts).toBe(0);
    await expect(call(s, 'acceptImport', { jobId: status.jobId })).rejects.toThrow('Nothing in "eliminated.csv" could be imported, so the document was not changed.');
    expect(snapshot(s)).toBe(before);

    const stale = await runImport(s, { source: { path: `${FIXTURES}/reporting-lines.csv` }, target: { kind: 'new-proposal', name: 'Option A' }, accept: false });
    await call(s, 'updateSettings', { patch: { name: 'Renamed' } });
    const edited = snapshot(s);
    await expect(call(s, 'acceptImport', { jobId: stale.status.jobId })).rejects.toThrow(/edited after the preview/);
    expect(snapshot(s)).toBe(edited);
    s.dispose();
  });

  it('remembers the corrected mapping in the document for the next file with those headings', async () => {
    const { s, currentId, file } = await fresh();
    await runImport(s, { source: { path: `${FIXTURES}/people.csv` }, target: { kind: 'structure', structureId: currentId }, mapping: (m) => ({ ...m, postholder: 7, team: null }) });
    s.dispose();
    const again = testSession(tmp.dir);
    await call(again, 'openDocument', { path: file });
    const inspection = await call(again, 'inspectImport', { source: { path: `${FIXTURES}/people.csv` } });
    expect(inspection.main.remembered).toBe(true);
    expect(inspection.main.mapping).toMatchObject({ postholder: 7, team: null, ref: 0 });
    // A later export with an extra column still finds it.
    const wider = path.join(tmp.dir, 'people-wider.csv');
    fs.writeFileSync(wider, fs.readFileSync(`${FIXTURES}/people.csv`, 'utf8').replace(/\r\n/g, ',x\r\n'));
    const second = await call(again, 'inspectImport', { source: { path: wider } });
    expect([second.main.remembered, second.main.mapping.postholder]).toEqual([true, 7]);
    again.dispose();
  });
});

describe('establish import', () => {
  async function cli(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, tmp.dir);
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('imports into a new proposal with --create and prints the report; exits 1 when nothing could be imported', async () => {
    expect((await cli(['new', 'cli.establish'])).code).toBe(0);
    const missing = await cli(['import', 'cli.establish', '--structure', 'Option A', '--from', `${FIXTURES}/reporting-lines.csv`]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Add --create');
    const ok = await cli(['import', 'cli.establish', '--structure', 'Option A', '--create', '--from', `${FIXTURES}/reporting-lines.csv`]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Imported into "Option A", as an HR export:');
    expect(ok.out).toContain('9 posts, 9 FTE, 0 vacant.');
    expect(ok.out).toContain('Validation report: 3 errors, 0 warnings, 1 note.');
    expect(ok.out).toContain('  error   Row 7: P6 "Analyst" reports to itself');
    const json = await cli([
      'import', 'cli.establish', '--structure', 'Current', '--from', `${FIXTURES}/organogram-senior.csv`,
      '--junior', `${FIXTURES}/organogram-junior.csv`, '--map', 'postholder=Name', '--json',
    ]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out) as { summary: { posts: number; postholders: number }; report: ReportItem[] };
    expect(parsed.summary).toMatchObject({ posts: 12, postholders: 6 });
    fs.writeFileSync(path.join(tmp.dir, 'nothing.csv'), 'Ref,Job title\n\n\n');
    const none = await cli(['import', 'cli.establish', '--structure', 'Current', '--from', 'nothing.csv']);
    expect(none.code).toBe(1);
    expect(none.err).toContain('nothing in nothing.csv could be imported, so cli.establish was not changed');
    const info = await cli(['info', 'cli.establish', '--json']);
    // Four posts side by side at the top of Option A, one under "Unplaced".
    expect(JSON.parse(info.out)).toMatchObject({ structures: [{ name: 'Current', posts: 12, unplaced: 1 }, { name: 'Option A', posts: 9, tops: 4, unplaced: 1 }] });
  });
});

