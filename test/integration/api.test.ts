// The API through `dispatch`, as both transports call it: arguments are checked before any handler
// runs, errors are typed, and every edit lands in the file and can be undone.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/api/contract';
import { dispatch, handlers } from '../../electron/api/handlers';
import { openDocumentFile } from '../../electron/store/files';
import { HISTORY_LIMIT } from '../../electron/store/history';
import type { Session } from '../../electron/api/session';
import { call, testSession } from '../helpers/session';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
let s: Session;
let structureId: string;
let topId: string;
const file = path.join(tmp.dir, 'api.establish');

beforeAll(async () => {
  s = testSession(tmp.dir);
  const info = await call(s, 'newDocument', { path: file, sample: true });
  structureId = info.structures[0]!.id;
  topId = (await call(s, 'getStructure', { structureId })).posts.find((p) => p.managerId === null)!.id;
});
afterAll(() => {
  s.dispose();
  tmp.cleanup();
});

async function refused(method: string, arg: unknown) {
  const env = await dispatch(s, method, arg);
  if (env.ok) throw new Error(`${method} was accepted`);
  return env.error;
}

describe('the contract', () => {
  it('has a handler for every method and no handler without a method', () => {
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });
});

describe('invalid arguments', () => {
  it('refuses text where a number belongs, naming the field', async () => {
    const e = await refused('addPost', { structureId, managerId: topId, post: { title: 'Officer', fte: 'one' } });
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toMatch(/post\.fte/);
  });

  it('refuses impossible values: negative pay, FTE of 0 or with five decimals, funding not adding up to 100%', async () => {
    expect((await refused('updatePosts', { postIds: [topId], patch: { salaryOverridePence: -1 } })).message).toMatch(/negative/);
    expect((await refused('updatePosts', { postIds: [topId], patch: { fte: 0 } })).message).toMatch(/more than 0/);
    expect((await refused('updatePosts', { postIds: [topId], patch: { fte: 0.12345 } })).message).toMatch(/four decimal/);
    const info = await call(s, 'getDocument');
    const src = info!.fundingSources[0]!.id;
    expect((await refused('updatePosts', { postIds: [topId], patch: { funding: [{ sourceId: src, shareBp: 5000 }] } })).message).toMatch(/100%/);
    expect((await refused('updatePosts', { postIds: [topId], patch: { salaryOverridePence: 1234.5 } })).message).toMatch(/whole pence/);
  });

  it('refuses unknown fields, empty changes, empty titles and dates that do not exist', async () => {
    expect((await refused('updatePosts', { postIds: [topId], patch: { salary: 100 } })).code).toBe('invalid-argument');
    expect((await refused('updatePosts', { postIds: [topId], patch: {} })).message).toMatch(/empty/);
    expect((await refused('addPost', { structureId, managerId: null, post: { title: '   ' } })).message).toMatch(/title/);
    expect((await refused('updateStructure', { structureId, patch: { implementationDate: '2025-02-30' } })).message).toMatch(/real date/);
  });

  it('refuses unknown methods and non-object arguments', async () => {
    expect((await refused('dropTables', {})).message).toMatch(/no API method/);
    expect((await refused('getStructure', 'structure-1')).code).toBe('invalid-argument');
    expect((await refused('getStructure', { structureId: 42 })).code).toBe('invalid-argument');
  });

  it('passes hostile text through as plain data, never as SQL', async () => {
    const title = "Officer'); DROP TABLE posts; --";
    const r = await call(s, 'addPost', { structureId, managerId: topId, post: { title } });
    const post = r.changes.posts[0]!;
    expect(post.title).toBe(title);
    expect((await call(s, 'getStructure', { structureId })).posts.length).toBe(61);
    await call(s, 'undo');
  });

  it('refuses references to things that do not exist, changing nothing', async () => {
    const before = fs.statSync(file).mtimeMs;
    expect((await refused('updatePosts', { postIds: ['no-such-post'], patch: { title: 'x' } })).code).toBe('not-found');
    expect((await refused('updatePosts', { postIds: [topId], patch: { gradeId: 'no-such-grade' } })).code).toBe('invalid-argument');
    expect((await refused('movePosts', { postIds: [topId], managerId: 'nobody' })).code).toBe('not-found');
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });
});

describe('edits', () => {
  it('refuses a move that would make a loop, with a message naming both posts', async () => {
    const posts = (await call(s, 'getStructure', { structureId })).posts;
    const child = posts.find((p) => p.managerId === topId)!;
    const e = await refused('movePosts', { postIds: [topId], managerId: child.id });
    expect(e.code).toBe('cycle');
    expect(e.message).toContain('Head of Business Support');
    expect(e.message).toContain(child.title);
  });

  it('moves the reports of a deleted post up to its manager, and undo puts everything back', async () => {
    const posts = (await call(s, 'getStructure', { structureId })).posts;
    const manager = posts.find((p) => p.ref === 'BS1003')!; // Executive Support Team Leader
    const reports = posts.filter((p) => p.managerId === manager.id);
    const r = await call(s, 'deletePosts', { postIds: [manager.id], reports: 'reassign' });
    expect(r.changes.deletedPostIds).toEqual([manager.id]);
    expect(r.changes.posts.filter((p) => reports.some((x) => x.id === p.id)).every((p) => p.managerId === manager.managerId)).toBe(true);
    const undone = await call(s, 'undo');
    expect(undone!.changes.posts.find((p) => p.id === manager.id)).toBeDefined();
    const after = (await call(s, 'getStructure', { structureId })).posts;
    expect(after.filter((p) => p.managerId === manager.id).map((p) => p.id).sort()).toEqual(reports.map((p) => p.id).sort());
  });

  it('deletes a whole branch in one undoable step', async () => {
    const posts = (await call(s, 'getStructure', { structureId })).posts;
    const manager = posts.find((p) => p.ref === 'BS1013')!; // Business Support Manager (Adults and Health)
    const r = await call(s, 'deletePosts', { postIds: [manager.id], reports: 'delete-branch' });
    expect(r.changes.deletedPostIds.length).toBeGreaterThan(5);
    expect(r.label).toMatch(/and \d+ posts below it/);
    await call(s, 'undo');
    expect((await call(s, 'getStructure', { structureId })).posts.length).toBe(60);
  });

  it('copies a structure into a proposal keeping lineage', async () => {
    const r = await call(s, 'createStructure', { name: 'Option A', fromStructureId: structureId });
    const proposalId = r.createdIds[0]!;
    const [a, b] = await Promise.all([call(s, 'getStructure', { structureId }), call(s, 'getStructure', { structureId: proposalId })]);
    expect(b.posts.length).toBe(a.posts.length);
    expect(new Set(b.posts.map((p) => p.lineageId))).toEqual(new Set(a.posts.map((p) => p.lineageId)));
    expect(b.posts.some((p) => a.posts.some((q) => q.id === p.id))).toBe(false);
    const copyTop = b.posts.find((p) => p.managerId === null)!;
    expect(b.posts.filter((p) => p.managerId === copyTop.id).length).toBe(a.posts.filter((p) => p.managerId === topId).length);
    expect((await refused('createStructure', { name: 'option a', fromStructureId: null })).code).toBe('conflict');
    expect((await refused('deleteStructure', { structureId })).code).toBe('conflict');
    await call(s, 'deleteStructure', { structureId: proposalId });
    await call(s, 'undo');
    expect((await call(s, 'getStructure', { structureId: proposalId })).posts.length).toBe(60);
  });
});

describe('undo history', () => {
  it(`undoes at least 200 steps, all the way back to where it started, and redoes them`, async () => {
    const start = JSON.stringify((await call(s, 'getStructure', { structureId })).posts);
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) {
      const r = await call(s, 'addPost', { structureId, managerId: topId, post: { title: `Post ${i}` } });
      ids.push(r.createdIds[0]!);
    }
    for (let i = 0; i < 100; i++) await call(s, 'updatePosts', { postIds: [ids[i % ids.length]!], patch: { fte: ((i % 9) + 1) / 10 } });
    let steps = 0;
    while ((await call(s, 'getHistory')).canUndo && steps < 220) {
      await call(s, 'undo');
      steps++;
    }
    expect(steps).toBeGreaterThanOrEqual(220);
    // Steps made before this test (the proposal's creation and deletion) are still further back.
    const after = (await call(s, 'getStructure', { structureId })).posts;
    expect(JSON.stringify(after)).toBe(start);
    for (let i = 0; i < 220; i++) await call(s, 'redo');
    expect((await call(s, 'getStructure', { structureId })).posts.length).toBe(180);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
  });

  it('keeps the history in the file, so undo works after reopening', async () => {
    await call(s, 'closeDocument');
    const { store } = openDocumentFile(file);
    try {
      expect(store.historyState().canUndo).toBe(true);
      expect(store.historyState().undoLabel).toMatch(/Edit "Post/);
    } finally {
      store.close();
    }
    await call(s, 'openDocument', { path: file });
  });

  it('a new edit after undo ends the redo chain', async () => {
    await call(s, 'undo');
    expect((await call(s, 'getHistory')).canRedo).toBe(true);
    await call(s, 'updatePosts', { postIds: [topId], patch: { notes: 'new branch of history' } });
    expect((await call(s, 'getHistory')).canRedo).toBe(false);
  });
});

describe('the file', () => {
  it('saves a consistent copy that opens on its own, while the original stays open', async () => {
    const copy = path.join(tmp.dir, 'copy.establish');
    await call(s, 'saveCopyAs', { path: copy });
    const { store } = openDocumentFile(copy);
    try {
      const current = store.info().structures.find((x) => x.kind === 'current')!;
      expect(store.structure(current.id).posts.find((p) => p.id === topId)!.notes).toBe('new branch of history');
    } finally {
      store.close();
    }
    expect((await call(s, 'getDocument'))!.path).toBe(file);
  });

  it('replaces an earlier copy, but not one open in another window, and never reads it with a log the old file left', async () => {
    const copy = path.join(tmp.dir, 'copy.establish');
    const other = testSession(tmp.dir);
    try {
      await call(other, 'openDocument', { path: copy });
      await expect(call(s, 'saveCopyAs', { path: copy })).rejects.toMatchObject({ code: 'file-in-use' });
    } finally {
      other.dispose();
    }
    // A log left beside the old copy by a program that stopped (kept from its own writes).
    const raw = new Database(copy);
    raw.pragma('journal_mode = WAL');
    raw.pragma('wal_autocheckpoint = 0');
    raw.exec("UPDATE posts SET notes = 'left in the log'");
    fs.copyFileSync(`${copy}-wal`, path.join(tmp.dir, 'left.wal'));
    raw.close();
    fs.copyFileSync(path.join(tmp.dir, 'left.wal'), `${copy}-wal`);
    await call(s, 'saveCopyAs', { path: copy });
    const { store } = openDocumentFile(copy);
    try {
      expect(store.check().integrity).toEqual(['ok']);
      const current = store.info().structures.find((x) => x.kind === 'current')!;
      expect(store.structure(current.id).posts.find((p) => p.id === topId)!.notes).toBe('new branch of history');
    } finally {
      store.close();
    }
  });

  it('is one self-contained file once closed', async () => {
    await call(s, 'closeDocument');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
    await call(s, 'openDocument', { path: file });
  });

  it('says plainly when no document is open', async () => {
    await call(s, 'closeDocument');
    const e = await refused('getStructure', { structureId });
    expect(e.code).toBe('no-document');
    expect(await call(s, 'getDocument')).toBeNull();
    await call(s, 'openDocument', { path: file });
  });

  it('lists recently opened files, newest first', async () => {
    const recent = await call(s, 'listRecent');
    expect(recent[0]!.path).toBe(fs.realpathSync(file));
  });
});
