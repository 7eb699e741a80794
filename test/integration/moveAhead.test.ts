// A move is shown before the file has stored it: what is shown is what the file then holds, the
// file's answer changes nothing shown (so the chart is not laid out twice), a move the file could
// not store is put back with a message, and undo takes a shown move back as any other.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/contract';
import type { Id, Post } from '../../shared/model/types';
import { createAppStore } from '../../renderer/src/store';
import { predictMove } from '../../renderer/src/store/moveAhead';
import { chartIndex, indexedReports } from '../../renderer/src/store/chartIndex';
import { postList } from '../../renderer/src/store/selectors';
import { DEFAULT_LAYOUT_OPTIONS } from '../../shared/layout/geometry';
import { layoutChart } from '../../shared/layout/layoutChart';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
const s = testSession(tmp.dir);
let structureId = '';
/** The app's API, answered by the real document (`failMoves`: every move fails as a lost file would). */
let failMoves = false;
const api = new Proxy({} as ApiClient, {
  get: (_t, method: string) => (arg: unknown) =>
    method === 'movePosts' && failMoves ? Promise.reject(new Error('The file could not be written.')) : call(s, method as never, arg as never),
});

async function filePosts(): Promise<Record<Id, Post>> {
  return Object.fromEntries((await call(s, 'getStructure', { structureId })).posts.map((p) => [p.id, p]));
}
const byRef = (posts: Record<Id, Post>, ref: string) => Object.values(posts).find((p) => p.ref === ref)!;
const reportsOf = (posts: Record<Id, Post>, id: Id | null) => Object.values(posts).filter((p) => p.managerId === id).sort((a, b) => a.sortOrder - b.sortOrder).map((p) => p.ref);

/** The chart's index of these posts lays them out as an index made afresh. */
function expectIndexedAsFresh(posts: Record<Id, Post>): void {
  const index = chartIndex(posts);
  const o = { ...DEFAULT_LAYOUT_OPTIONS, collapsed: new Set<string>(), expandedGroups: new Set<string>(), groupIdentical: true };
  expect(index.kids.filter((k) => k.length).length).toBeGreaterThan(0);
  expect(layoutChart(index.posts, { ...o, index }).cards).toEqual(layoutChart(postList(posts), o).cards);
}

async function openStore() {
  const store = createAppStore(api);
  const doc = await call(s, 'getDocument');
  store.getState().setDocument(doc!);
  await store.getState().setActiveStructure(structureId);
  return () => store.getState();
}

beforeAll(async () => {
  const info = await call(s, 'newDocument', { path: path.join(tmp.dir, 'Ahead.establish'), sample: true });
  structureId = info.structures[0]!.id;
});

afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

describe('a move shown before it is stored', () => {
  it('shows the posts as the file then stores them: before a sibling, last, and to another manager', async () => {
    for (const [mover, to, before] of [['BS1052', 'BS1055', 'first'], ['BS1052', 'BS1055', null], ['BS1055', 'BS1003', null]] as const) {
      const posts = await filePosts();
      const manager = byRef(posts, to);
      const beforeId = before ? posts[Object.values(posts).filter((p) => p.managerId === manager.id).sort((a, b) => a.sortOrder - b.sortOrder)[0]!.id]!.id : null;
      const ahead = predictMove(posts, [byRef(posts, mover).id], manager.id, beforeId)!;
      expect(ahead.length).toBeGreaterThan(0);
      // The reports read from the chart's index of the posts give the same move.
      expect(indexedReports(posts, manager.id)).toBeUndefined();
      chartIndex(posts);
      expect(indexedReports(posts, manager.id)!.map((p) => p.id)).toEqual(reportsOf(posts, manager.id).map((ref) => byRef(posts, ref).id));
      expect(predictMove(posts, [byRef(posts, mover).id], manager.id, beforeId, (m) => indexedReports(posts, m))).toEqual(ahead);
      await call(s, 'movePosts', { postIds: [byRef(posts, mover).id], managerId: manager.id, beforeId });
      const stored = await filePosts();
      for (const p of ahead) expect(p).toEqual(stored[p.id]);
      // Every post not in `ahead` is as it was.
      const changed = new Set(ahead.map((p) => p.id));
      for (const p of Object.values(stored)) if (!changed.has(p.id)) expect(p).toEqual(posts[p.id]);
    }
  });

  it('is not shown where the file would refuse it (a loop)', async () => {
    const posts = await filePosts();
    const head = byRef(posts, 'BS1001');
    expect(predictMove(posts, [head.id], byRef(posts, 'BS1003').id, null)).toBeNull();
    expect(predictMove(posts, [head.id], head.id, null)).toBeNull();
  });

  it('shows the move at once; the file’s answer leaves what is shown alone; undo takes it back', async () => {
    const st = await openStore();
    const posts = st().structures[structureId]!.posts;
    // The chart has indexed the posts: each version after is indexed from the one before.
    chartIndex(posts);
    const mover = byRef(posts, 'BS1052');
    const to = byRef(posts, 'BS1003');
    const reportsBefore = reportsOf(posts, to.id);
    const pending = st().movePosts([mover.id], to.id);
    // Before the file has answered.
    const shown = st().structures[structureId]!;
    expect(shown.posts[mover.id]!.managerId).toBe(to.id);
    expect(reportsOf(shown.posts, to.id)).toEqual([...reportsBefore, 'BS1052']);
    expectIndexedAsFresh(shown.posts);
    // Made from the index before (the posts keep their places), not afresh.
    expect(chartIndex(shown.posts).at).toBe(chartIndex(posts).at);
    expect(await pending).toBe(true);
    expect(st().structures[structureId]).toBe(shown);
    expect(st().doc!.history.undoLabel).toContain('Move');
    expect(await filePosts()).toEqual(shown.posts);
    await st().undo();
    expect(st().structures[structureId]!.posts[mover.id]!.managerId).toBe(mover.managerId);
    expect(reportsOf(st().structures[structureId]!.posts, to.id)).toEqual(reportsBefore);
    expectIndexedAsFresh(st().structures[structureId]!.posts);
    expect(chartIndex(st().structures[structureId]!.posts).at).toBe(chartIndex(posts).at);
    expect((await filePosts())[mover.id]!.managerId).toBe(mover.managerId);
  });

  it('puts a move the file could not store back where it was, and says so', async () => {
    const st = await openStore();
    const before = st().structures[structureId]!.posts;
    const history = st().doc!.history;
    const mover = byRef(before, 'BS1052');
    failMoves = true;
    try {
      const pending = st().movePosts([mover.id], byRef(before, 'BS1003').id);
      expect(st().structures[structureId]!.posts[mover.id]!.managerId).toBe(byRef(before, 'BS1003').id);
      expect(await pending).toBe(false);
    } finally {
      failMoves = false;
    }
    const after = st().structures[structureId]!.posts;
    for (const id of Object.keys(before)) expect(after[id]).toBe(before[id]);
    expectIndexedAsFresh(after);
    expect(st().notices.at(-1)).toMatchObject({ kind: 'error', text: expect.stringContaining('The move was not saved, so the post is back where it was. The file could not be written.') });
    expect(st().doc!.history).toEqual(history);
    expect(await filePosts()).toEqual(before);
  });
});
