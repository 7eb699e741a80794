// Moving posts in a real file: the order among siblings, refused loops, one undo step for several
// posts, and the same behaviour in a structure of 10,000 posts.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import type { Post } from '../../shared/model/types';
import { createBigDocument } from '../helpers/bigStructure';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const s = testSession(tmp.dir);
let structureId = '';

async function posts(): Promise<Post[]> {
  return (await call(s, 'getStructure', { structureId })).posts;
}
const byRef = (list: Post[], ref: string) => list.find((p) => p.ref === ref)!;
const reportsOf = (list: Post[], id: string | null) => list.filter((p) => p.managerId === id).sort((a, b) => a.sortOrder - b.sortOrder);

beforeAll(async () => {
  const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'Moves.establish'), sample: true });
  structureId = info.structures[0]!.id;
});

afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

describe('moving posts', () => {
  it('places moved posts before a sibling, or last', async () => {
    let list = await posts();
    const fin = byRef(list, 'BS1055');
    const [first] = reportsOf(list, fin.id);
    const mover = byRef(list, 'BS1052');
    await call(s, 'movePosts', { postIds: [mover.id], managerId: fin.id, beforeId: first!.id });
    list = await posts();
    expect(reportsOf(list, fin.id).map((p) => p.id).slice(0, 2)).toEqual([mover.id, first!.id]);
    expect(reportsOf(list, fin.id).map((p) => p.sortOrder)).toEqual(reportsOf(list, fin.id).map((_, i) => i));
    await call(s, 'movePosts', { postIds: [mover.id], managerId: fin.id, beforeId: null });
    list = await posts();
    expect(reportsOf(list, fin.id).at(-1)!.id).toBe(mover.id);
  });

  it('refuses a post under itself or under a post below it, and changes nothing', async () => {
    const before = await posts();
    const head = byRef(before, 'BS1001');
    const estl = byRef(before, 'BS1003');
    const eso = reportsOf(before, estl.id).at(-1)!;
    for (const managerId of [head.id, estl.id, eso.id]) {
      const err = await call(s, 'movePosts', { postIds: [head.id], managerId }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).code).toBe('cycle');
    }
    const err = (await call(s, 'movePosts', { postIds: [estl.id], managerId: eso.id }).catch((e: unknown) => e)) as ApiError;
    expect(err.message).toContain('cannot report to');
    expect(await posts()).toEqual(before);
  });

  it('moves several posts in one undo step, in the order given, and undo puts every one back in its place', async () => {
    const before = await posts();
    const tl = byRef(before, 'BS1029');
    const movers = [byRef(before, 'BS1058'), byRef(before, 'BS1002'), byRef(before, 'BS1060')];
    const r = await call(s, 'movePosts', { postIds: movers.map((p) => p.id), managerId: tl.id });
    expect(r.label).toBe('Move 3 posts to "Business Support Team Leader (Children\'s Social Care)"');
    expect(reportsOf(await posts(), tl.id).slice(-3).map((p) => p.ref)).toEqual(['BS1058', 'BS1002', 'BS1060']);
    await call(s, 'undo');
    expect(await posts()).toEqual(before);
  });

  it('moves to the top of the structure', async () => {
    const list = await posts();
    const pa = byRef(list, 'BS1002');
    await call(s, 'movePosts', { postIds: [pa.id], managerId: null });
    expect(reportsOf(await posts(), null).map((p) => p.ref)).toEqual(['BS1001', 'BS1002']);
    await call(s, 'undo');
  });

  it('works the same in a structure of 10,000 posts', async () => {
    const big = createBigDocument(path.join(tmp.dir, 'Big.establish'), 10_000);
    big.close();
    const t = testSession(tmp.dir);
    try {
      const info = await call(t, 'openDocument', { path: path.join(tmp.dir, 'Big.establish') });
      const list = (await call(t, 'getStructure', { structureId: info.structures[0]!.id })).posts;
      const top = list.find((p) => p.managerId === null)!;
      const leaf = list.at(-1)!;
      const err = (await call(t, 'movePosts', { postIds: [top.id], managerId: leaf.id }).catch((e: unknown) => e)) as ApiError;
      expect(err.code).toBe('cycle');
      const r = await call(t, 'movePosts', { postIds: [leaf.id], managerId: top.id });
      expect(r.changes.posts.find((p) => p.id === leaf.id)!.managerId).toBe(top.id);
    } finally {
      t.dispose();
    }
  });
});
