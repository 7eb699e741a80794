// File format 3: replaced posts, shared-post cost splits and duties are stored, copied with a
// structure, undone and redone; files of format 1 open upgraded with nothing lost; bad values are
// refused with a message and leave the document as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { openDocumentFile, APPLICATION_ID } from '../../electron/store/files';
import { migrate } from '../../electron/store/migrations/index';
import { openDatabase } from '../../electron/store/native';
import { compareStructures } from '../../shared/compare/compare';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

async function sampleWithProposal(name: string) {
  const s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: path.join(tmp.dir, `${name}.establish`), sample: true });
  const current = info.structures[0]!;
  const proposalId = (await call(s, 'createStructure', { name: 'Option A', fromStructureId: current.id, implementationDate: '2026-01-01' })).createdIds[0]!;
  const cur = await call(s, 'getStructure', { structureId: current.id });
  const prop = await call(s, 'getStructure', { structureId: proposalId });
  return { s, info, currentId: current.id, proposalId, cur: cur.posts, prop: prop.posts };
}

async function refused(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('the call was not refused');
}

describe('file format 3: replaced posts, shared posts and duties', () => {
  it('stores what a new post replaces, undoes and redoes it, and the diff shows the slot-in', async () => {
    const { s, info, currentId, proposalId, cur, prop } = await sampleWithProposal('replaces');
    const eso = prop.filter((p) => p.title === 'Executive Support Officer' && !p.vacant);
    await call(s, 'deletePosts', { postIds: [eso[0]!.id, eso[1]!.id], reports: 'reassign' });
    const added = await call(s, 'addPost', {
      structureId: proposalId,
      managerId: eso[0]!.managerId,
      post: { title: 'Executive Support Coordinator', replacesLineageIds: [eso[0]!.lineageId, eso[1]!.lineageId], duties: 'JD ES-07' },
    });
    const id = added.createdIds[0]!;
    expect(added.changes.posts[0]!.replacesLineageIds).toEqual([eso[0]!.lineageId, eso[1]!.lineageId]);
    await call(s, 'undo');
    expect((await call(s, 'getStructure', { structureId: proposalId })).posts.some((p) => p.id === id)).toBe(false);
    await call(s, 'redo');
    const after = (await call(s, 'getStructure', { structureId: proposalId })).posts;
    expect(after.find((p) => p.id === id)!.duties).toBe('JD ES-07');
    const summary = compareStructures(info, { structure: info.structures[0]!, posts: cur }, { structure: { ...info.structures[0]!, id: proposalId }, posts: after });
    expect(summary.people.replacements.map((r) => [r.group.kind, r.candidates, r.places, r.outcome])).toEqual([['merge', 2, 1, 'ring-fence']]);
    // Changing the list is one undoable edit too.
    await call(s, 'updatePosts', { postIds: [id], patch: { replacesLineageIds: [eso[0]!.lineageId] } });
    expect((await call(s, 'getStructure', { structureId: proposalId })).posts.find((p) => p.id === id)!.replacesLineageIds).toEqual([eso[0]!.lineageId]);
    await call(s, 'undo');
    expect((await call(s, 'getStructure', { structureId: proposalId })).posts.find((p) => p.id === id)!.replacesLineageIds).toHaveLength(2);
    void currentId;
    s.dispose();
  });

  it('refuses to replace a post still in the structure, or one that is nowhere, and changes nothing', async () => {
    const { s, proposalId, prop } = await sampleWithProposal('refuse');
    const [a, b] = prop.filter((p) => p.title === 'Business Support Officer');
    const e1 = await refused(call(s, 'updatePosts', { postIds: [a!.id], patch: { replacesLineageIds: [b!.lineageId] } }));
    expect(e1.message).toContain('is still in this structure');
    const e2 = await refused(call(s, 'addPost', { structureId: proposalId, managerId: null, post: { title: 'X', replacesLineageIds: ['no-such-lineage'] } }));
    expect(e2.message).toContain('no longer in the document');
    // Its own lineage is allowed: the redesignated post's holder goes with it.
    await call(s, 'updatePosts', { postIds: [a!.id], patch: { title: 'Senior Business Support Officer', replacesLineageIds: [a!.lineageId] } });
    const e3 = await refused(call(s, 'updatePosts', { postIds: [a!.id], patch: { replacesLineageIds: [a!.lineageId, a!.lineageId] } }));
    expect(e3.message).toMatch(/appears twice/);
    expect((await call(s, 'getStructure', { structureId: proposalId })).posts.length).toBe(prop.length);
    s.dispose();
  });

  it('splits a shared post between organisations, keeps the split in a copy, and refuses splits that do not add up', async () => {
    const { s, info, proposalId, prop } = await sampleWithProposal('shared');
    const other = (await call(s, 'saveOrganisation', { name: 'City Council', pensionRateBp: 2100 })).createdIds[0]!;
    const head = prop.find((p) => p.managerId === null)!;
    const shares = [
      { organisationId: info.organisations[0]!.id, shareBp: 5000 },
      { organisationId: other, shareBp: 5000 },
    ];
    await call(s, 'updatePosts', { postIds: [head.id], patch: { organisationShares: shares } });
    const bad = await refused(call(s, 'updatePosts', { postIds: [head.id], patch: { organisationShares: [{ organisationId: other, shareBp: 4000 }] } }));
    expect(bad.message).toContain('add up to 100%');
    const copyId = (await call(s, 'createStructure', { name: 'Option B', fromStructureId: proposalId })).createdIds[0]!;
    const copied = (await call(s, 'getStructure', { structureId: copyId })).posts.find((p) => p.lineageId === head.lineageId)!;
    expect(copied.organisationShares).toEqual(shares);
    const inUse = await refused(call(s, 'deleteOrganisation', { id: other }));
    expect(inUse.message).toContain('shares the cost of 2 posts');
    s.dispose();
  });

  it('warns in the document check when a replaced post has gone from every structure', async () => {
    const { s, proposalId, currentId, prop } = await sampleWithProposal('check');
    const [a] = prop.filter((p) => p.title === 'Payments Officer');
    await call(s, 'deletePosts', { postIds: [a!.id], reports: 'reassign' });
    const n = (await call(s, 'addPost', { structureId: proposalId, managerId: a!.managerId, post: { title: 'Finance Officer', replacesLineageIds: [a!.lineageId] } })).createdIds[0]!;
    expect((await call(s, 'checkDocument')).issues.filter((i) => i.code === 'unknown-replaced-post')).toEqual([]);
    // The post goes from Current, and from the sample's own proposal, which has a copy of it too.
    const info = (await call(s, 'getDocument'))!;
    const others = info.structures.filter((st) => st.id !== proposalId);
    expect(others.map((st) => st.id)).toContain(currentId);
    for (const st of others) {
      const copy = (await call(s, 'getStructure', { structureId: st.id })).posts.find((p) => p.lineageId === a!.lineageId);
      expect(copy).toBeDefined();
      await call(s, 'deletePosts', { postIds: [copy!.id], reports: 'reassign' });
      if (st.id !== others.at(-1)!.id)
        expect((await call(s, 'checkDocument')).issues.filter((i) => i.code === 'unknown-replaced-post')).toEqual([]);
    }
    const report = await call(s, 'checkDocument');
    expect(report.issues.filter((i) => i.code === 'unknown-replaced-post').map((i) => i.postId)).toEqual([n]);
    // A warning, not an error: the document is still sound.
    expect(report.ok).toBe(true);
    s.dispose();
  });

  it('opens a format 1 file upgraded, with a backup, every post keeping its fields and cost', async () => {
    const file = path.join(tmp.dir, 'old.establish');
    const db = openDatabase(file);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 1);
    db.exec(`
      INSERT INTO settings (id, value) VALUES ('name', '"Old file"'), ('defaultOrganisationId', '"o1"');
      INSERT INTO organisations (id, name, pension_rate_bp) VALUES ('o1', 'Council', 1980);
      INSERT INTO funding_sources (id, name) VALUES ('f1', 'Core budget');
      INSERT INTO structures (id, name, kind, status) VALUES ('s1', 'Current', 'current', 'draft');
      INSERT INTO posts (id, structure_id, lineage_id, title, salary_override_pence, fte_e4, organisation_id)
        VALUES ('p1', 's1', 'p1', 'Head of Service', 6000000, 10000, 'o1');
      INSERT INTO post_funding (id, post_id, source_id, share_bp) VALUES ('pf1', 'p1', 'f1', 10000);
    `);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
    const opened = openDocumentFile(file);
    try {
      expect(opened.upgradedFrom).toBe(1);
      expect(fs.existsSync(opened.backup!)).toBe(true);
      const [p] = opened.store.structure('s1').posts;
      expect(p).toMatchObject({ title: 'Head of Service', duties: '', replacesLineageIds: [], organisationShares: [], funding: [{ sourceId: 'f1', shareBp: 10_000 }] });
      expect(opened.store.check().ok).toBe(true);
    } finally {
      opened.store.close();
    }
  });
});
