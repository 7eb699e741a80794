// The sample's schedules printed and read back: on A4 portrait the staffing schedule, too wide for
// portrait, is printed landscape with every post on one line and its totals matching the costing;
// the changes schedule stays portrait; Word turns the same schedule's section landscape; a table
// page as PNG has the landscape page's size.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportRequestInput } from '../../shared/api/exportSchemas';
import { buildCostContext, structureTotals } from '../../shared/costing/postCost';
import { costStructure } from '../../shared/costing/structureCost';
import { staffingSchedule } from '../../shared/export/schedules/staffing';
import { tableSection } from '../../shared/export/tablePages';
import { formatCell } from '../../shared/export/table';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import type { Session } from '../../electron/api/session';
import { pagePng } from '../../electron/export/images';
import { waitForExport } from '../../electron/export/jobs';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-schedule-pdf-');
let s: Session;
let info: DocumentInfo;
let current: StructureData;
let proposal: StructureData;

async function exportTo(name: string, request: ExportRequestInput): Promise<string> {
  const { jobId } = await call(s, 'startExport', { request, path: path.join(t.dir, name) });
  const st = await waitForExport(s, jobId);
  expect(st.error ?? '').toBe('');
  return st.files[0]!;
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** Each page's size in points, from pdfinfo. */
function pageSizes(file: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), file], { encoding: 'utf8' });
  return [...out.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+) pts/g)].map((m) => m[1]!);
}

beforeAll(async () => {
  s = testSession(t.dir);
  info = await call(s, 'newDocument', { path: path.join(t.dir, 'doc.establish'), sample: true });
  current = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
  const r = await call(s, 'createStructure', { name: 'Option A', fromStructureId: current.structure.id, status: 'consultation' });
  const pid = r.createdIds[0]!;
  const draft = await call(s, 'getStructure', { structureId: pid });
  const eso = draft.posts.filter((p) => p.title === 'Executive Support Officer');
  await call(s, 'deletePosts', { postIds: eso.slice(0, 2).map((p) => p.id), reports: 'reassign' });
  const head = draft.posts.find((p) => p.managerId === null)!;
  await call(s, 'addPost', { structureId: pid, managerId: head.id, post: { title: 'Head of Business Support Transformation and Organisational Development', team: 'Management' } });
  const bso = draft.posts.filter((p) => p.title === 'Business Support Officer');
  await call(s, 'updatePosts', { postIds: bso.slice(0, 2).map((p) => p.id), patch: { title: 'Business Support and Safeguarding Administration Officer' } });
  proposal = await call(s, 'getStructure', { structureId: pid });
  info = (await call(s, 'getDocument'))!;
});
afterAll(() => {
  s.dispose();
  t.cleanup();
});

describe('schedules printed as PDF', () => {
  it('prints the staffing schedule asked for on A4 portrait on A4 landscape pages, each post on one line, totals matching', async () => {
    const file = await exportTo('staffing.pdf', { kind: 'schedule', format: 'pdf', structureId: current.structure.id, schedule: 'staffing', paper: 'A4', orientation: 'portrait' });
    const sizes = pageSizes(file);
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBe('841.89 x 595.28');
    const text = pdftotext(file);
    const lines = text.split('\n');
    const grades = new Map(info.grades.map((g) => [g.id, g.code]));
    for (const p of current.posts) {
      // The title whole on a line that also carries the post's grade: the row was not wrapped.
      const grade = p.gradeId ? grades.get(p.gradeId)! : '';
      const pattern = new RegExp(`(^|\\s{2})${p.title.replace(/[()]/g, '\\$&')}\\s+${grade}\\s`);
      expect(lines.some((l) => pattern.test(l)), `${p.title} (${grade}) on one line`).toBe(true);
    }
    const totals = structureTotals(current.posts, buildCostContext(info));
    const totalLine = lines.find((l) => /^\s*Total\b/.test(l))!;
    expect(totalLine).toContain(formatCell(totals.costPence, 'money'));
    expect(totalLine).toMatch(new RegExp(`\\s${totals.posts}\\s`));
    expect(text).toContain('Posts by team');
    expect(text).toMatch(/Cost by funding\s/);
  });

  it('keeps the staffing schedule on A3 portrait, and on A4 landscape when asked', async () => {
    const a3 = await exportTo('staffing-a3.pdf', { kind: 'schedule', format: 'pdf', structureId: current.structure.id, schedule: 'staffing', paper: 'A3', orientation: 'portrait' });
    expect(new Set(pageSizes(a3))).toEqual(new Set(['841.89 x 1190.55']));
    const a4l = await exportTo('staffing-a4l.pdf', { kind: 'schedule', format: 'pdf', structureId: current.structure.id, schedule: 'staffing', paper: 'A4', orientation: 'landscape' });
    expect(new Set(pageSizes(a4l))).toEqual(new Set(['841.89 x 595.28']));
  });

  it('keeps the changes schedule on A4 portrait, with long titles wrapped between words and the total change', async () => {
    const file = await exportTo('changes.pdf', { kind: 'schedule', format: 'pdf', structureId: proposal.structure.id, compareWithId: current.structure.id, schedule: 'changes', paper: 'A4', orientation: 'portrait' });
    for (const size of pageSizes(file)) expect(size).toBe('595.28 x 841.89');
    const text = pdftotext(file);
    expect(text).toContain('Deleted');
    expect(text).toContain('Redesignated');
    const words = new Set(text.split(/\s+/));
    for (const w of 'Head of Business Support Transformation and Organisational Development Safeguarding Administration Officer'.split(' ')) expect(words.has(w), w).toBe(true);
    const costs = structureTotals(proposal.posts, buildCostContext(info)).costPence - structureTotals(current.posts, buildCostContext(info)).costPence;
    expect(text.split('\n').find((l) => /^\s*Total\b/.test(l))).toContain(formatCell(costs, 'money'));
  });

  it('mixes page sizes in the consultation pack: portrait charts and schedules, the staffing schedule landscape', async () => {
    const file = await exportTo('pack.pdf', { kind: 'pack', format: 'pdf', fromId: current.structure.id, toId: proposal.structure.id, paper: 'A4', orientation: 'portrait' });
    const sizes = pageSizes(file);
    const text = pdftotext(file).split('\f');
    const staffing = text.findIndex((p) => p.includes('Staffing schedule: Option A') && p.includes('Posts by team'));
    expect(sizes[0]).toBe('595.28 x 841.89');
    expect(sizes[staffing]).toBe('841.89 x 595.28');
    expect(sizes.at(-1)).toBe('595.28 x 841.89');
  });

  it('gives the Word file a landscape section for the schedule printed landscape', async () => {
    const file = await exportTo('staffing.docx', { kind: 'schedule', format: 'docx', structureId: current.structure.id, schedule: 'staffing', paper: 'A4', orientation: 'portrait' });
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const words = xml.replace(/<[^>]+>/g, ' ');
    expect(words).toContain(formatCell(structureTotals(current.posts, buildCostContext(info)).costPence, 'money'));
  });

  it('draws a landscape table page as a PNG of that page’s size', () => {
    const table = staffingSchedule(info, costStructure(current.posts, buildCostContext(info)), 'Staffing schedule: Current');
    const sec = tableSection(table, 'A4', 'portrait', { heading: 'Current structure', subtitle: '', organisation: '', status: '', date: '' });
    const png = pagePng(sec.render(0, { first: 1, total: sec.pageCount }), 72);
    expect(png.readUInt32BE(16)).toBe(842);
    expect(png.readUInt32BE(20)).toBe(595);
  });
});
