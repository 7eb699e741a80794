// File format 6: a postholder's details for one-off costs (age, years of service, week's pay, an
// amount entered instead, pension strain) are stored, undone, copied with a structure, refused when
// they make no sense, and a format 5 file opens upgraded with no details and nothing else changed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { openDocumentFile, APPLICATION_ID } from '../../electron/store/files';
import { migrate } from '../../electron/store/migrations/index';
import { openDatabase } from '../../electron/store/native';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const details = { age: 50, serviceYears: 10, weeklyPayPence: 80_000, redundancyPence: null, pensionStrainPence: 500_000 };

async function refused(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('the call was not refused');
}

describe('postholder details', () => {
  it('are stored, undone and redone, and copied with a structure', async () => {
    const s = testSession(tmp.dir);
    const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'details.establish'), sample: true });
    const currentId = info.structures[0]!.id;
    const posts = (await call(s, 'getStructure', { structureId: currentId })).posts;
    const filled = posts.find((p) => p.postholders.length === 1 && p.postholders[0]!.name)!;
    const h = filled.postholders[0]!;
    expect(h.details).toBeUndefined();
    await call(s, 'updatePosts', { postIds: [filled.id], patch: { postholders: [{ id: h.id, name: h.name, fte: h.fte, details }] } });
    const read = async (structureId: string) => (await call(s, 'getStructure', { structureId })).posts.find((p) => p.lineageId === filled.lineageId)!.postholders[0]!;
    expect((await read(currentId)).details).toEqual(details);
    await call(s, 'undo');
    expect((await read(currentId)).details).toBeUndefined();
    await call(s, 'redo');
    expect((await read(currentId)).details).toEqual(details);
    const copyId = (await call(s, 'createStructure', { name: 'Option B', fromStructureId: currentId })).createdIds[0]!;
    expect((await read(copyId)).details).toEqual(details);
    // Clearing every detail leaves none.
    await call(s, 'updatePosts', { postIds: [filled.id], patch: { postholders: [{ id: h.id, name: h.name, fte: h.fte, details: { age: null, serviceYears: null, weeklyPayPence: null, redundancyPence: null, pensionStrainPence: null } }] } });
    expect((await read(currentId)).details).toBeUndefined();
    s.dispose();
  });

  it('refuses details that make no sense, leaving the post as it was', async () => {
    const s = testSession(tmp.dir);
    const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'bad.establish'), sample: true });
    const posts = (await call(s, 'getStructure', { structureId: info.structures[0]!.id })).posts;
    const filled = posts.find((p) => p.postholders.length === 1)!;
    const h = filled.postholders[0]!;
    const bad = async (d: Partial<typeof details>) =>
      refused(call(s, 'updatePosts', { postIds: [filled.id], patch: { postholders: [{ id: h.id, name: h.name, fte: h.fte, details: { ...details, ...d } }] } }));
    expect((await bad({ serviceYears: 60, age: 40 })).message).toMatch(/Years of service cannot be more than the age/);
    expect((await bad({ age: 150 })).message).toMatch(/Age must be at most 100/);
    expect((await bad({ weeklyPayPence: -1 })).message).toMatch(/must not be negative/);
    expect((await bad({ serviceYears: 2.5 })).message).toMatch(/whole years/);
    const again = (await call(s, 'getStructure', { structureId: info.structures[0]!.id })).posts.find((p) => p.id === filled.id)!;
    expect(again.postholders[0]!.details).toBeUndefined();
    s.dispose();
  });

  it('opens a format 5 file upgraded, its postholders with no details', () => {
    const file = path.join(tmp.dir, 'format5.establish');
    const db = openDatabase(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 5);
    db.exec(`
      INSERT INTO settings (id, value) VALUES ('name', '"Format 5"'), ('defaultOrganisationId', '"o1"');
      INSERT INTO organisations (id, name, pension_rate_bp) VALUES ('o1', 'Council', 1980);
      INSERT INTO structures (id, name, kind, status) VALUES ('s1', 'Current', 'current', 'draft');
      INSERT INTO posts (id, structure_id, lineage_id, title, salary_override_pence, fte_e4, organisation_id)
        VALUES ('p1', 's1', 'p1', 'Head of Service', 6000000, 10000, 'o1');
      INSERT INTO postholders (id, post_id, name) VALUES ('h1', 'p1', 'Pat Holder');
    `);
    db.close();
    const opened = openDocumentFile(file);
    try {
      expect(opened.upgradedFrom).toBe(5);
      expect(fs.existsSync(opened.backup!)).toBe(true);
      const [p] = opened.store.structure('s1').posts;
      expect(p!.postholders).toEqual([{ id: 'h1', name: 'Pat Holder', fte: null }]);
      // The redundancy settings take their defaults: £719 cap, statutory pay, no multiplier.
      expect(opened.store.info().settings).toMatchObject({ redundancyWeekCapPence: 71_900, redundancyMultiplierBp: 10_000, redundancyWeekPay: 'capped' });
      expect(opened.store.check().ok).toBe(true);
    } finally {
      opened.store.close();
    }
  });
});
