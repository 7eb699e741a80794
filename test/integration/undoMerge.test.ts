// Quick successive changes of one field of the same posts are one undo step; anything else is a
// step of its own. Checked on a real document, with the history's clock held still.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERGE_WITHIN_MS } from '../../electron/store/history';
import type { Post } from '../../shared/model/types';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const s = testSession(tmp.dir);
let structureId = '';
let a: Post;
let b: Post;
let now = 1_000_000;

beforeAll(async () => {
  const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'Merge.establish'), sample: true });
  structureId = info.structures.find((x) => x.kind === 'current')!.id;
  const posts = (await call(s, 'getStructure', { structureId })).posts;
  [a, b] = posts.filter((p) => p.managerId !== null);
  s.document!.history.now = () => now;
});
afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

const fteOf = async (id: string) => (await call(s, 'getStructure', { structureId })).posts.find((p) => p.id === id)!.fte;
const titleOf = async (id: string) => (await call(s, 'getStructure', { structureId })).posts.find((p) => p.id === id)!.title;

describe('undo steps of quick successive edits', () => {
  it('joins changes of the same field of the same post made moments apart, labelled by the last', async () => {
    const original = await fteOf(a.id);
    await call(s, 'updatePosts', { postIds: [a.id], patch: { fte: 0.9 } });
    now += 500;
    await call(s, 'updatePosts', { postIds: [a.id], patch: { fte: 0.8 } });
    now += 500;
    await call(s, 'updatePosts', { postIds: [a.id], patch: { fte: 0.7 } });
    expect((await call(s, 'getHistory')).undoLabel).toBe(`Edit "${a.title}"`);
    await call(s, 'undo');
    expect(await fteOf(a.id)).toBe(original);
    await call(s, 'redo');
    expect(await fteOf(a.id)).toBe(0.7);
  });

  it('keeps separate steps for another field, another post, a pause, or an edit after an undo', async () => {
    now += 10_000;
    const title = await titleOf(a.id);
    await call(s, 'updatePosts', { postIds: [a.id], patch: { title: 'Renamed' } });
    now += 100;
    await call(s, 'updatePosts', { postIds: [a.id], patch: { fte: 0.5 } }); // another field
    now += 100;
    await call(s, 'updatePosts', { postIds: [b.id], patch: { fte: 0.5 } }); // another post
    now += MERGE_WITHIN_MS + 1;
    await call(s, 'updatePosts', { postIds: [b.id], patch: { fte: 0.4 } }); // after a pause
    await call(s, 'undo');
    expect(await fteOf(b.id)).toBe(0.5);
    await call(s, 'undo');
    expect(await fteOf(b.id)).not.toBe(0.5);
    await call(s, 'undo');
    expect(await fteOf(a.id)).toBe(0.7);
    expect(await titleOf(a.id)).toBe('Renamed');
    await call(s, 'undo');
    expect(await titleOf(a.id)).toBe(title);
    // An edit made right after an undo is a step of its own, not part of the step undone.
    await call(s, 'redo');
    now += 100;
    await call(s, 'updatePosts', { postIds: [a.id], patch: { title: 'Again' } });
    await call(s, 'undo');
    expect(await titleOf(a.id)).toBe('Renamed');
  });
});
