// The consultation pack's options appraisal, in PDF and Word, read back: Current and each proposal
// in columns with the figures of the options table (worked out by hand in options.test.ts), and
// the design rule breaches in its notes. Made with the command line's --options.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { call, testSession } from '../helpers/session';
import { readPdf } from '../helpers/pdf';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-options-pack-');
const file = path.join(t.dir, 'doc.establish');

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (x) => out.push(x), err: (x) => err.push(x) }, t.dir);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const s = testSession(t.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  const current = info.structures[0]!.id;
  const b = (await call(s, 'createStructure', { name: 'Option B: hold vacancies', fromStructureId: current, implementationDate: '2026-04-01' })).createdIds[0]!;
  const bPosts = (await call(s, 'getStructure', { structureId: b })).posts;
  await call(s, 'deletePosts', { postIds: bPosts.filter((p) => p.title === 'Executive Support Officer' && p.vacant).map((p) => p.id), reports: 'reassign' });
  const c = (await call(s, 'createStructure', { name: 'Option C: one layer fewer', fromStructureId: current, implementationDate: '2026-10-01' })).createdIds[0]!;
  const cPosts = (await call(s, 'getStructure', { structureId: c })).posts;
  await call(s, 'deletePosts', { postIds: cPosts.filter((p) => p.title.startsWith('Business Support Manager')).map((p) => p.id), reports: 'reassign' });
  await call(s, 'updateSettings', { patch: { designRules: { spanMin: null, spanMax: 12, maxLayers: null, ratios: [], reportsUp: [], maxCostPence: null, maxFte: null } } });
  s.dispose();
});
afterAll(() => t.cleanup());

describe('the options appraisal in the consultation pack', () => {
  it('is a section of the PDF pack, listed in its contents, with every option side by side', async () => {
    const out = path.join(t.dir, 'pack.pdf');
    const r = await cli('export', 'doc.establish', '--pack', '--from', 'Current', '--to', 'Option C: one layer fewer', '--options', '--landscape', '--out', 'pack.pdf');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const pdf = await readPdf(out);
    expect(pdf.pages[0]!.text).toMatch(/Options appraisal\s+\d+/);
    const page = pdf.pages.find((p) => p.text.includes('Span of control: median'))!;
    // The headings wrap over two lines: the options in the order of the document.
    expect(page.text).toMatch(/Option A:\s+Option B: hold\s+Option C: one\n\s*Current\s+hub model\s+vacancies\s+layer fewer/);
    expect(page.text).toMatch(/Posts\s+60\s+55\s+58\s+58/);
    expect(page.text).toMatch(/Full-year cost, with on-costs\s+2,265,948\s+[\d,]+\s+2,181,012\s+2,156,173/);
    // Option C: 226,594,820 - 10,977,471 = 215,617,349p; half the saving in 2026/27, 5,488,736p.
    expect(page.text).toMatch(/Full-year saving\s+[\d,]+\s+84,936\s+109,775/);
    expect(page.text).toMatch(/Saving in 2026\/27\s+[\d,]+\s+84,936\s+54,887/);
    expect(page.text).toMatch(/People at risk\s+0\s+\d+\s+0\s+2/);
    expect(page.text).toMatch(/Layers below the top post\s+3\s+\d+\s+3\s+2/);
    expect(page.text).toMatch(/Span of control: median\s+5\.5\s+[\d.]+\s+5\.5\s+7/);
    expect(pdf.text).toContain('Option C: one layer fewer: "Business Support Team Leader (Children\'s Social Care)" manages 13 posts, more than 12.');
  });

  it('is followed by a page of its bar chart, drawn as text and shapes the PDF reads back', async () => {
    const pdf = await readPdf(path.join(t.dir, 'pack.pdf'));
    expect(pdf.pages[0]!.text).toMatch(/Options appraisal: cost and saving\s+\d+/);
    const page = pdf.pages.find((p) => p.text.includes('Saving in each financial year'))!;
    expect(page.text).toContain('Options appraisal: cost and saving');
    expect(page.text).toContain('Full-year cost, with on-costs');
    expect(page.text).toContain('Full-year saving against Current');
    // The cost axis: £2,265,948 is under £2.5m, in steps of £500k.
    for (const tick of ['£0', '£500k', '£1m', '£1.5m', '£2m', '£2.5m']) expect(page.text).toContain(tick);
    // Each bar's value: Current £2,265,948, B £2,181,012, C £2,156,173; savings B £84,936 and C
    // £109,775 a year, £84,936 and £54,887 in 2026/27.
    for (const v of ['£2.27m', '£2.18m', '£2.16m', '£84.9k', '£110k', '£54.9k', '2026/27']) expect(page.text).toContain(v);
    expect(page.text).toContain('Option C: one layer fewer');
  });

  it('is a table of the Word pack too, and is left out unless asked for', async () => {
    expect((await cli('export', 'doc.establish', '--pack', '--from', 'Current', '--to', 'Option B: hold vacancies', '--options', '--out', 'pack.docx')).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(path.join(t.dir, 'pack.docx')))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Options appraisal');
    expect(text).toMatch(/Vacancies deleted 0 \d+ 2 0/);
    // The chart is an SVG picture (vectors), a PNG behind it for Word that cannot show SVG, and
    // its figures in words as the picture's description.
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(t.dir, 'pack.docx')));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(1);
    const svg = await zip.file(media.find((f) => f.endsWith('.svg'))!)!.async('string');
    expect(svg).toContain('<rect');
    expect(svg).toContain('Saving in each financial year');
    expect(svg).toContain('£84.9k');
    expect(xml).toContain('asvg:svgBlip');
    expect(xml).toContain(
      'descr="Bar chart of the options. Full-year cost, with on-costs: Current £2,265,948; Option A: hub model £2,072,964; Option B: hold vacancies £2,181,012; Option C: one layer fewer £2,156,173. ' +
        'Full-year saving against Current: Option A: hub model £192,984; Option B: hold vacancies £84,936; Option C: one layer fewer £109,775. ' +
        'Saving in 2026/27: Option A: hub model £96,492; Option B: hold vacancies £84,936; Option C: one layer fewer £54,887.',
    );
    expect((await cli('export', 'doc.establish', '--pack', '--from', 'Current', '--to', 'Option B: hold vacancies', '--out', 'plain.docx')).code).toBe(0);
    const plain = await (await JSZip.loadAsync(fs.readFileSync(path.join(t.dir, 'plain.docx')))).file('word/document.xml')!.async('string');
    expect(plain).not.toContain('Options appraisal');
    expect((await cli('export', 'doc.establish', '--structure', 'Current', '--format', 'pdf', '--options', '--out', 'x.pdf')).code).toBe(2);
  });
});
