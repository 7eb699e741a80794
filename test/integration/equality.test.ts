// File format 7: each postholder's equality profile is stored, undone, copied with a structure and
// refused when malformed; the document's characteristics are its own; a format 6 file opens
// upgraded with no profiles; and the pack has the equality profile only when asked, groups of
// fewer than 5 people not shown.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { APPLICATION_ID, openDocumentFile } from '../../electron/store/files';
import { migrate } from '../../electron/store/migrations/index';
import { openDatabase } from '../../electron/store/native';
import type { ApiError } from '../../shared/api/errors';
import type { Post } from '../../shared/model/types';
import { readPdf } from '../helpers/pdf';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const t = makeTempDir('establish-equality-');
const file = path.join(t.dir, 'doc.establish');
afterAll(() => t.cleanup());

async function refused(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('the call was not refused');
}

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (x) => out.push(x), err: (x) => err.push(x) }, t.dir);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const holders = (p: Post) => p.postholders.map((h) => ({ id: h.id, name: h.name, fte: h.fte }));
let currentId = '';

beforeAll(async () => {
  // The sample's 53 people; Option C deletes both Business Support Managers, so 2 are at risk.
  // Profiles: the two managers women working full time; six other women and five men.
  const s = testSession(t.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  currentId = info.structures[0]!.id;
  const posts = (await call(s, 'getStructure', { structureId: currentId })).posts;
  const managers = posts.filter((p) => p.title.startsWith('Business Support Manager'));
  expect(managers.map((p) => p.postholders.length)).toEqual([1, 1]);
  for (const m of managers) await call(s, 'updatePosts', { postIds: [m.id], patch: { postholders: holders(m).map((h) => ({ ...h, equality: { sex: 'Female', pattern: 'Full time' } })) } });
  const others = posts.filter((p) => !p.vacant && p.postholders.length === 1 && !managers.includes(p)).slice(0, 11);
  for (const [i, p] of others.entries()) await call(s, 'updatePosts', { postIds: [p.id], patch: { postholders: holders(p).map((h) => ({ ...h, equality: { sex: i < 6 ? 'Female' : 'Male' } })) } });
  const c = (await call(s, 'createStructure', { name: 'Option C', fromStructureId: currentId, implementationDate: '2026-10-01' })).createdIds[0]!;
  const cPosts = (await call(s, 'getStructure', { structureId: c })).posts;
  await call(s, 'deletePosts', { postIds: cPosts.filter((p) => p.title.startsWith('Business Support Manager')).map((p) => p.id), reports: 'reassign' });
  s.dispose();
});

describe('equality profiles', () => {
  it('are stored, undone and redone, copied with a structure, and refused when malformed', async () => {
    const s = testSession(t.dir);
    await call(s, 'openDocument', { path: file });
    const posts = (await call(s, 'getStructure', { structureId: currentId })).posts;
    const m = posts.find((p) => p.title.startsWith('Business Support Manager'))!;
    expect(m.postholders[0]!.equality).toEqual({ pattern: 'Full time', sex: 'Female' });
    const read = async (structureId: string) => (await call(s, 'getStructure', { structureId })).posts.find((p) => p.lineageId === m.lineageId)!.postholders[0]!;
    await call(s, 'updatePosts', { postIds: [m.id], patch: { postholders: [{ ...holders(m)[0]!, equality: { sex: 'Male' } }] } });
    expect((await read(currentId)).equality).toEqual({ sex: 'Male' });
    await call(s, 'undo');
    expect((await read(currentId)).equality).toEqual({ pattern: 'Full time', sex: 'Female' });
    const copy = (await call(s, 'createStructure', { name: 'Copy', fromStructureId: currentId })).createdIds[0]!;
    expect((await read(copy)).equality).toEqual({ pattern: 'Full time', sex: 'Female' });
    const bad = await refused(call(s, 'updatePosts', { postIds: [m.id], patch: { postholders: [{ ...holders(m)[0]!, equality: { sex: 5 as unknown as string } }] } }));
    expect(bad.code).toBe('invalid-argument');
    // Undo the copy, so the document is as the pack tests expect.
    await call(s, 'undo');
    s.dispose();
  });

  it("keeps the document's own characteristics, refusing a repeated category", async () => {
    const s = testSession(t.dir);
    const info = await call(s, 'openDocument', { path: file });
    expect(info.settings.equality!.map((c) => c.name)).toEqual(['Age band', 'Sex', 'Ethnicity', 'Disability', 'Working pattern']);
    const mine = [...info.settings.equality!, { id: 'carer', name: 'Caring responsibilities', categories: ['Carer', 'Not a carer'] }];
    await call(s, 'updateSettings', { patch: { equality: mine } });
    expect((await call(s, 'getDocument'))!.settings.equality!.at(-1)).toEqual({ id: 'carer', name: 'Caring responsibilities', categories: ['Carer', 'Not a carer'] });
    const bad = await refused(call(s, 'updateSettings', { patch: { equality: [{ id: 'sex', name: 'Sex', categories: ['Female', 'Female'] }] } }));
    expect(bad.message).toMatch(/appears twice/);
    await call(s, 'undo');
    expect((await call(s, 'getDocument'))!.settings.equality).toHaveLength(5);
    s.dispose();
  });

  it('opens a format 6 file upgraded, its postholders with no profile', () => {
    const old = path.join(t.dir, 'format6.establish');
    const db = openDatabase(old);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 6);
    db.exec(`
      INSERT INTO settings (id, value) VALUES ('name', '"Format 6"'), ('defaultOrganisationId', '"o1"');
      INSERT INTO organisations (id, name, pension_rate_bp) VALUES ('o1', 'Council', 1980);
      INSERT INTO structures (id, name, kind, status) VALUES ('s1', 'Current', 'current', 'draft');
      INSERT INTO posts (id, structure_id, lineage_id, title, salary_override_pence, fte_e4, organisation_id)
        VALUES ('p1', 's1', 'p1', 'Head of Service', 6000000, 10000, 'o1');
      INSERT INTO postholders (id, post_id, name, age) VALUES ('h1', 'p1', 'Pat Holder', 50);
    `);
    db.close();
    const opened = openDocumentFile(old);
    try {
      expect(opened.upgradedFrom).toBe(6);
      expect(fs.existsSync(opened.backup!)).toBe(true);
      const [p] = opened.store.structure('s1').posts;
      expect(p!.postholders).toEqual([{ id: 'h1', name: 'Pat Holder', fte: null, details: { age: 50, serviceYears: null, weeklyPayPence: null, redundancyPence: null, pensionStrainPence: null } }]);
      expect(opened.store.info().settings.equality!.map((c) => c.id)).toEqual(['age', 'sex', 'ethnicity', 'disability', 'pattern']);
      expect(opened.store.check().ok).toBe(true);
    } finally {
      opened.store.close();
    }
  });
});

describe('the equality profile in the pack', () => {
  it('is in the PDF only when asked for, with groups of fewer than 5 not shown', async () => {
    expect((await cli('export', 'doc.establish', '--pack', '--from', 'Current', '--to', 'Option C', '--equality', '--landscape', '--out', 'eq.pdf')).code).toBe(0);
    const pdf = await readPdf(path.join(t.dir, 'eq.pdf'));
    expect(pdf.pages[0]!.text).toMatch(/Equality profile\s+\d+/);
    const page = pdf.pages.find((p) => p.text.includes('People at risk against everyone'))!;
    expect(page.text).toContain('People at risk against everyone in Current (53 people; fewer than 5 at risk)');
    // Sex: 8 women of 53 = 15.1%, 5 men = 9.4%, 40 not recorded = 75.5%; only 2 at risk, so no
    // group of them is shown.
    expect(page.text).toMatch(/Female\s+8\s+15\.1%\s+fewer than 5/);
    expect(page.text).toMatch(/Male\s+5\s+9\.4%\s+fewer than 5/);
    // Working pattern: the 2 full-timers hidden, so the 51 not recorded are withheld (53 - 51 = 2).
    // (On the next page.)
    expect(pdf.text).toMatch(/Working pattern\nFull time\s+fewer than 5\s+fewer than 5\nPart time\s+0\s+0\.0%\s+fewer than 5\nNot recorded\s+withheld\s+fewer than 5/);
    expect(pdf.text).not.toMatch(/\b2\s+100\.0%/);

    expect((await cli('export', 'doc.establish', '--pack', '--from', 'Current', '--to', 'Option C', '--out', 'plain.pdf')).code).toBe(0);
    expect((await readPdf(path.join(t.dir, 'plain.pdf'))).text).not.toContain('Equality profile');
    expect((await cli('export', 'doc.establish', '--structure', 'Current', '--format', 'pdf', '--equality', '--out', 'x.pdf')).code).toBe(2);
  });

  it('is a table of the Word pack when asked for', async () => {
    expect((await cli('export', 'doc.establish', '--pack', '--from', 'Current', '--to', 'Option C', '--equality', '--out', 'eq.docx')).code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(path.join(t.dir, 'eq.docx')))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Equality profile');
    expect(text).toMatch(/Female 8 15\.1% fewer than 5/);
  });
});
