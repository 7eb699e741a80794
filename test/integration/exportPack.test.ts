// The consultation pack as PDF and Word, read back: contents, both charts with their change marks,
// the schedules, and the Word tables' totals against the comparison; and the command line.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPounds } from '../../shared/model/money';
import type { DocumentInfo, StructureData } from '../../shared/model/types';
import { runCli } from '../../electron/cli/main';
import { engines } from '../../electron/export/engines';
import type { Session } from '../../electron/api/session';
import { call, testSession } from '../helpers/session';
import { stubCompare } from '../helpers/stubCompare';
import { stubLayout } from '../helpers/stubLayout';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-pack-');
let s: Session;
let info: DocumentInfo;
let current: StructureData;
let proposal: StructureData;
const file = path.join(t.dir, 'doc.establish');

beforeAll(async () => {
  engines.layout = stubLayout;
  engines.compare = stubCompare;
  s = testSession(t.dir);
  info = await call(s, 'newDocument', { path: file, sample: true });
  current = await call(s, 'getStructure', { structureId: info.structures[0]!.id });
  const r = await call(s, 'createStructure', { name: 'Option A', fromStructureId: current.structure.id, status: 'consultation' });
  const pid = r.createdIds[0]!;
  proposal = await call(s, 'getStructure', { structureId: pid });
  const eso = proposal.posts.filter((p) => p.title === 'Executive Support Officer');
  await call(s, 'deletePosts', { postIds: eso.slice(0, 2).map((p) => p.id), reports: 'reassign' });
  const head = proposal.posts.find((p) => p.managerId === null)!;
  await call(s, 'addPost', { structureId: pid, managerId: head.id, post: { title: 'Flexible Support Officer' } });
  proposal = await call(s, 'getStructure', { structureId: pid });
  info = (await call(s, 'getDocument'))!;
  s.dispose();
});
afterAll(() => {
  engines.layout = null;
  engines.compare = null;
  t.cleanup();
});

describe('the consultation pack', () => {
  it('as PDF: contents, both charts with their marks, the schedules and the cost summary', async () => {
    const io = { lines: [] as string[], out(x: string) { this.lines.push(x); }, err(x: string) { this.lines.push(x); } };
    const out = path.join(t.dir, 'pack.pdf');
    const code = await runCli(['export', file, '--pack', '--from', 'Current', '--to', 'Option A', '--out', out, '--landscape'], io);
    expect(io.lines.join('\n')).toContain('Wrote');
    expect(code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    for (const s of ['Contents', 'Changes schedule', 'Staffing schedule: Option A', 'Cost summary', 'TO BE DELETED', 'NEW POST', 'DRAFT FOR CONSULTATION', 'Flexible Support Officer'])
      expect(text).toContain(s);
    const diff = stubCompare(info, current, proposal);
    const effect = diff.changes.reduce((sum, c) => sum + c.costAfterPence - c.costBeforePence, 0);
    expect(text).toContain(formatPounds(effect));
    for (const p of current.posts) for (const h of p.postholders) expect(text).not.toContain(h.name);
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
    const diff = stubCompare(info, current, proposal);
    const effect = diff.changes.reduce((sum, c) => sum + c.costAfterPence - c.costBeforePence, 0);
    expect(words).toContain(formatPounds(effect));
    // Names were asked for: the deleted posts' holders are listed.
    const deleted = diff.changes.filter((c) => c.kind === 'deleted').flatMap((c) => c.before!.postholders.map((h) => h.name));
    for (const n of deleted) expect(words).toContain(n);
  });

  it('the command line explains mistakes', async () => {
    const errs: string[] = [];
    const io = { out() {}, err(x: string) { errs.push(x); } };
    expect(await runCli(['export', file, '--structure', 'Nope', '--format', 'pdf', '--out', path.join(t.dir, 'x.pdf')], io)).toBe(1);
    expect(errs.join('\n')).toContain('There is no structure called "Nope"');
    expect(await runCli(['export', file, '--structure', 'Current', '--format', 'gif', '--out', path.join(t.dir, 'x.gif')], io)).toBe(2);
    expect(await runCli(['export', file, '--structure', 'Current', '--format', 'pdf', '--out', path.join(t.dir, 'c.pdf'), '--paper', 'A3'], io)).toBe(0);
    expect(execFileSync('pdfinfo', [path.join(t.dir, 'c.pdf')], { encoding: 'utf8' })).toMatch(/A3/);
  });
});
