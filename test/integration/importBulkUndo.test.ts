// A large import is one undo step stored compactly (the rows it inserted kept by id). Undo and redo
// of it must still leave every table exactly as it was, row for row. An import of a few hundred
// posts lists them as stored; one of thousands names the structure to read again instead.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RECORDED_TABLES, type RowChange } from '../../electron/store/recorder';
import { BULK_INSERTS, encodeStep } from '../../electron/store/history';
import { LIST_POSTS_UP_TO } from '../../electron/store/document';
import { largeExportCsv } from '../bench/import50k';
import { runImport } from '../helpers/importer';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

/** An HR export with postholder names added to every third row. */
function exportWithNames(rows: number): string {
  const lines = largeExportCsv(rows).trimEnd().split('\r\n');
  return lines.map((l, i) => `${l},${i === 0 ? 'Postholder' : i % 3 === 0 ? `"Person ${i}"` : ''}`).join('\r\n') + '\r\n';
}

describe('undo and redo of a large import', () => {
  it('restores every table exactly, both ways, twice over, and reports the posts as stored', async () => {
    const small = path.join(tmp.dir, 'small.csv');
    const big = path.join(tmp.dir, 'big.csv');
    fs.writeFileSync(small, exportWithNames(300));
    fs.writeFileSync(big, exportWithNames(3_000));
    const s = testSession(tmp.dir);
    const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'bulk.establish') });
    const currentId = info.structures[0]!.id;
    const withNames = (m: Record<string, unknown>) => ({ ...m, postholder: 11 });
    // A Current structure with posts of its own, so the large import both deletes and inserts.
    await runImport(s, { source: { path: small }, target: { kind: 'structure', structureId: currentId }, mapping: withNames as never });
    const db = s.requireDocument().db;
    const snapshot = () =>
      Object.fromEntries([...RECORDED_TABLES].sort().map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
    const before = snapshot();

    const { result } = await runImport(s, { source: { path: big }, target: { kind: 'structure', structureId: currentId }, mapping: withNames as never });
    expect(result!.summary.posts).toBe(3_000);
    const after = snapshot();
    expect((after.postholders as unknown[]).length).toBeGreaterThan(900);

    // The step is stored by id for the inserted rows, not in full.
    const stored = JSON.parse((db.prepare('SELECT changes FROM history ORDER BY seq DESC LIMIT 1').get() as { changes: string }).changes) as {
      inserted?: Record<string, string[]>;
    };
    expect(stored.inserted?.posts).toHaveLength(3_000);
    expect(stored.inserted!.posts!.length).toBeGreaterThan(BULK_INSERTS);

    // Thousands of posts changed: the structure is named to be read again, not listed post by post.
    expect(result!.changes).toMatchObject({ posts: [], deletedPostIds: [], touchedStructureIds: [currentId], reloadStructureIds: [currentId] });
    expect((await call(s, 'getStructure', { structureId: currentId })).posts).toHaveLength(3_000);

    for (let round = 0; round < 2; round++) {
      const undone = await call(s, 'undo', {});
      expect(undone!.changes).toMatchObject({ posts: [], reloadStructureIds: [currentId] });
      expect(snapshot()).toEqual(before);
      const redone = await call(s, 'redo', {});
      expect(redone!.changes).toMatchObject({ posts: [], reloadStructureIds: [currentId] });
      expect(snapshot()).toEqual(after);
    }
    s.dispose();
  });

  it('lists the posts of a smaller import as they are stored', async () => {
    const file = path.join(tmp.dir, 'few.csv');
    fs.writeFileSync(file, exportWithNames(LIST_POSTS_UP_TO - 100));
    const s = testSession(tmp.dir);
    const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'few.establish') });
    const currentId = info.structures[0]!.id;
    const { result } = await runImport(s, { source: { path: file }, target: { kind: 'structure', structureId: currentId }, mapping: ((m: Record<string, unknown>) => ({ ...m, postholder: 11 })) as never });
    const read = await call(s, 'getStructure', { structureId: currentId });
    const byId = (posts: { id: string }[]) => [...posts].sort((a, b) => a.id.localeCompare(b.id));
    expect(result!.changes.reloadStructureIds).toBeUndefined();
    expect(byId(result!.changes.posts)).toEqual(byId(read.posts));
    expect(read.posts).toHaveLength(LIST_POSTS_UP_TO - 100);
    s.dispose();
  });
});

describe('an edit of thousands of posts that writes only their funding', () => {
  it('names their structure to read again, found from the posts themselves', async () => {
    const file = path.join(tmp.dir, 'funding.csv');
    fs.writeFileSync(file, exportWithNames(LIST_POSTS_UP_TO + 200));
    const s = testSession(tmp.dir);
    const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'funding.establish') });
    const currentId = info.structures[0]!.id;
    await runImport(s, { source: { path: file }, target: { kind: 'structure', structureId: currentId } });
    const posts = (await call(s, 'getStructure', { structureId: currentId })).posts;
    const doc = (await call(s, 'getDocument'))!;
    const source = doc.fundingSources[0]!.id;
    const r = await call(s, 'updatePosts', { postIds: posts.map((p) => p.id), patch: { funding: [{ sourceId: source, shareBp: 10_000 }] } });
    expect(r.changes).toMatchObject({ posts: [], reloadStructureIds: [currentId], touchedStructureIds: [currentId] });
    const again = await call(s, 'getStructure', { structureId: currentId });
    expect(again.posts.every((p) => p.funding.length === 1 && p.funding[0]!.sourceId === source)).toBe(true);
    s.dispose();
  });
});

describe('a bulk step as stored', () => {
  it('keeps by id only the inserted rows no other change of the step touches', () => {
    const row = (id: string, title = 't') => ({ id, title });
    const changes: RowChange[] = Array.from({ length: BULK_INSERTS + 2 }, (_, i) => ({ t: 'posts', id: `p${i}`, b: null, a: row(`p${i}`) }));
    // p1 is changed after it is inserted; p2 deleted and inserted again; an older row q is deleted.
    changes.push({ t: 'posts', id: 'p1', b: row('p1'), a: row('p1', 'renamed') });
    changes.push({ t: 'posts', id: 'p2', b: row('p2'), a: null });
    changes.push({ t: 'posts', id: 'p2', b: null, a: row('p2', 'again') });
    changes.push({ t: 'posts', id: 'q', b: row('q'), a: null });
    // A row of another table with the id of an inserted post is another row.
    changes.push({ t: 'grades', id: 'p3', b: row('p3'), a: null });
    const stored = JSON.parse(encodeStep(changes)) as { changes: RowChange[]; inserted: Record<string, string[]> };
    expect(stored.inserted.posts).toEqual(changes.slice(0, BULK_INSERTS + 2).map((c) => c.id).filter((id) => id !== 'p1' && id !== 'p2'));
    expect(stored.changes.map((c) => `${c.t} ${c.id}`)).toEqual(['posts p1', 'posts p2', 'posts p1', 'posts p2', 'posts p2', 'posts q', 'grades p3']);
    // Fewer inserted rows than BULK_INSERTS: the step is kept in full.
    expect(JSON.parse(encodeStep(changes.slice(3, BULK_INSERTS + 2)))).toEqual(changes.slice(3, BULK_INSERTS + 2));
  });
});
