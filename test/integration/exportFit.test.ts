// Printed charts fitted to their paper, read back: the sample's structures each on one A4
// landscape page with no text below the minimum, the pack's two charts on a page each, a large
// structure on pages by branch, the minimum text size from the command line, and a new document's
// title block without the placeholder organisation name.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { waitForExport } from '../../electron/export/jobs';
import { planExport } from '../../electron/export/run';
import type { Session } from '../../electron/api/session';
import { exportRequestSchema, type ExportRequestInput } from '../../shared/api/exportSchemas';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import { createBigDocument } from '../helpers/bigStructure';
import { call, testSession } from '../helpers/session';
import { pageSize, readPdf } from '../helpers/pdf';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-fit-');
let s: Session;
let info: DocumentInfo;
let current: StructureData;
let proposal: StructureData;
const sample = path.join(t.dir, 'sample.establish');

const pdfText = async (file: string) => (await readPdf(file)).text;
const pages = async (file: string) => (await readPdf(file)).pages.length;

async function exportTo(name: string, request: ExportRequestInput): Promise<string> {
  const out = path.join(t.dir, name);
  const { jobId } = await call(s, 'startExport', { request, path: out, overwrite: true });
  const st = await waitForExport(s, jobId);
  expect(st.error).toBeNull();
  return st.files[0]!;
}

/** Every text drawn on every page of the export, with its size. */
function texts(request: ExportRequestInput): { pageCount: number; all: { text: string; size: number; page: number }[] } {
  const plan = planExport(s.requireDocument(), exportRequestSchema.parse(request));
  const all: { text: string; size: number; page: number }[] = [];
  for (let i = 0; i < plan.pageCount; i++) for (const sh of plan.render(i).shapes) if (sh.kind === 'text') all.push({ text: sh.text, size: sh.size, page: i });
  return { pageCount: plan.pageCount, all };
}

beforeAll(async () => {
  s = testSession(t.dir);
  info = await call(s, 'newDocument', { path: sample, sample: true });
  current = await call(s, 'getStructure', { structureId: info.structures.find((x) => x.kind === 'current')!.id });
  proposal = await call(s, 'getStructure', { structureId: info.structures.find((x) => x.kind !== 'current')!.id });
});
afterAll(() => {
  s.dispose();
  t.cleanup();
});

describe('fit first', () => {
  it('prints the sample\'s Current and "Option A: hub model" each on one A4 landscape page, no text under 6.5 pt', async () => {
    for (const [name, data, compare] of [
      ['current.pdf', current, null],
      ['option-a.pdf', proposal, current.structure.id],
    ] as const) {
      const request: ExportRequestInput = { kind: 'chart', format: 'pdf', structureId: data.structure.id, compareWithId: compare, paper: 'A4', orientation: 'landscape' };
      const file = await exportTo(name, request);
      for (const page of (await readPdf(file)).pages) expect(pageSize(page)).toBe('841.89 x 595.28');
      expect(await pages(file)).toBe(1);
      const read = (await pdfText(file)).replace(/\s+/g, ' ');
      for (const title of new Set(data.posts.map((p) => p.title))) expect(read, title).toContain(title.split(' ')[0]!);
      const { all } = texts(request);
      expect(Math.min(...all.map((x) => x.size))).toBeGreaterThanOrEqual(6.5 - 1e-9);
      // Every post's card is drawn: its title on the page (a group names its title once, "× n").
      const drawn = all.map((x) => x.text).join(' ');
      for (const p of data.posts) expect(drawn.replace(/\s+/g, ' '), p.title).toContain(p.title.split(' ').slice(-1)[0]!);
    }
  });

  it('prints each chart of the sample\'s pack on one page, the two on the same scale', async () => {
    const request: ExportRequestInput = { kind: 'pack', format: 'pdf', fromId: current.structure.id, toId: proposal.structure.id, paper: 'A4', orientation: 'landscape' };
    const plan = planExport(s.requireDocument(), exportRequestSchema.parse(request));
    const charts = plan.parts.filter((p) => p.kind === 'chart');
    expect(charts.map((c) => c.section.pageCount)).toEqual([1, 1]);
    const { all } = texts(request);
    expect(Math.min(...all.map((x) => x.size))).toBeGreaterThanOrEqual(6.5 - 1e-9);
    // Cards are the same size on both: the post titles are set at one size on pages 2 and 3.
    const titleSizes = (page: number) => new Set(all.filter((x) => x.page === page && x.text === 'Head of Business').map((x) => x.size.toFixed(3)));
    expect([...titleSizes(1)]).toEqual([...titleSizes(2)]);
    const file = await exportTo('pack.pdf', request);
    expect(await pages(file)).toBe(plan.pageCount);
  });

  it('prints a 1,000-post structure on A3 by branch: the top first, every page legible, every post on a page', async () => {
    const big = path.join(t.dir, 'big.establish');
    createBigDocument(big, 1_000, 3).close();
    const other = testSession(t.dir);
    try {
      const doc = await call(other, 'openDocument', { path: big });
      const id = doc.structures[0]!.id;
      const data = await call(other, 'getStructure', { structureId: id });
      const plan = planExport(other.requireDocument(), exportRequestSchema.parse({ kind: 'chart', format: 'pdf', structureId: id, paper: 'A3', orientation: 'landscape' }));
      expect(plan.pageCount).toBeGreaterThan(1);
      let smallest = Infinity;
      const drawn: string[] = [];
      for (let i = 0; i < plan.pageCount; i++) {
        for (const sh of plan.render(i).shapes) {
          if (sh.kind !== 'text') continue;
          smallest = Math.min(smallest, sh.size);
          drawn.push(sh.text);
        }
      }
      expect(smallest).toBeGreaterThanOrEqual(6.5 - 1e-9);
      const joined = drawn.join('\n');
      expect(joined).toMatch(/continued on page \d+/);
      for (const title of new Set(data.posts.map((p) => p.title))) expect(joined).toContain(title.split(' ')[0]!);
    } finally {
      other.dispose();
    }
  });
});

describe('the smallest text, from the command line', () => {
  it('takes --min-text from 6 to 9 points and refuses other sizes', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (x: string) => out.push(x), err: (x: string) => err.push(x) };
    // A file of its own: the session above has the sample open.
    const own = path.join(t.dir, 'cli.establish');
    expect(await runCli(['new', own, '--sample'], io, t.dir)).toBe(0);
    // With names, every postholder has a card of their own: 6.5 pt holds them on one A4 portrait page, 9 pt does not.
    const at = (pt: string, file: string) => runCli(['export', own, '--structure', 'Current', '--format', 'pdf', '--out', file, '--min-text', pt, '--force', '--names'], io, t.dir);
    const first = await at('6.5', 'cli-6.pdf');
    expect(first, err.join('\n')).toBe(0);
    expect(await pages(path.join(t.dir, 'cli-6.pdf'))).toBe(1);
    expect(await at('9', 'cli-9.pdf')).toBe(0);
    expect(await pages(path.join(t.dir, 'cli-9.pdf'))).toBeGreaterThan(1);
    expect(await at('5', 'cli-5.pdf')).toBe(2);
    expect(err.join('\n')).toContain('--min-text is a size in points from 6 to 9');
  });
});

describe('title block', () => {
  it('leaves out the placeholder organisation name of a new document', async () => {
    const blank = testSession(t.dir);
    try {
      const doc = await call(blank, 'newDocument', { path: path.join(t.dir, 'blank.establish'), sample: false });
      const id = doc.structures[0]!.id;
      await call(blank, 'addPost', { structureId: id, managerId: null, post: { title: 'Head of Service' } });
      const out = path.join(t.dir, 'blank.pdf');
      const { jobId } = await call(blank, 'startExport', { request: { kind: 'chart', format: 'pdf', structureId: id }, path: out });
      expect((await waitForExport(blank, jobId)).state).toBe('done');
      const text = await pdfText(out);
      expect(text).toContain('Head of Service');
      expect(text).not.toMatch(/\bCouncil\b/);
    } finally {
      blank.dispose();
    }
  });
});

describe('one branch', () => {
  it('prints the branch below a post, with the way down to it in the title block, from the command line too', async () => {
    const head = current.posts.find((p) => p.title === 'Business Support Manager (Adults and Health)')!;
    const request: ExportRequestInput = { kind: 'chart', format: 'pdf', structureId: current.structure.id, branchId: head.id, paper: 'A4', orientation: 'landscape' };
    const file = await exportTo('branch.pdf', request);
    const text = (await pdfText(file)).replace(/\s+/g, ' ');
    expect(text).toContain('Head of Business Support › Business Support Manager (Adults and Health)');
    expect(text).toContain('Business Support Team Leader (Adult Social Care)');
    // Posts outside the branch are left out.
    expect(text).not.toContain('Finance and Payments Team Leader');
    expect(await pages(file)).toBe(1);

    const err: string[] = [];
    const io = { out: () => {}, err: (x: string) => err.push(x) };
    const own = path.join(t.dir, 'branch-cli.establish');
    expect(await runCli(['new', own, '--sample'], io, t.dir)).toBe(0);
    const out = path.join(t.dir, 'branch-cli.pdf');
    const code = await runCli(['export', own, '--structure', 'Current', '--format', 'pdf', '--out', out, '--landscape', '--branch', 'Business Support Manager (Adults and Health)'], io, t.dir);
    expect(code, err.join('\n')).toBe(0);
    expect(await pdfText(out)).not.toContain('Finance and Payments Team Leader');
    expect(await runCli(['export', own, '--structure', 'Current', '--format', 'pdf', '--out', out, '--force', '--branch', 'No Such Post'], io, t.dir)).not.toBe(0);
    expect(err.join('\n')).toContain('No post has the reference or title "No Such Post"');
  });
});
