// A file the app is started with is opened before the window's page asks for it: as the bridge
// starts, it opens the file and reads its Current structure, and the page's own requests then find
// both done. Only a plain open is done ahead; an older file is left
// for the page's request, which asks first, and a page that opens something else lets it go.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBridge, SECRET_HEADER, WINDOW_HEADER, type Bridge } from '../../electron/bridge/server';
import { isOpenInThisProcess, openDocumentFile } from '../../electron/store/files';
import * as postEdits from '../../electron/store/edits/posts';
import { fromWire } from '../../shared/api/wire';
import type { Post } from '../../shared/model/types';
import { createBigDocument } from '../helpers/bigStructure';
import { makeOlderDocument } from '../helpers/olderDocument';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-ahead-');
const bridges: Bridge[] = [];
afterEach(async () => {
  for (const b of bridges.splice(0)) await b.close();
});

function renderer(): string {
  const dir = fs.mkdtempSync(path.join(tmp.dir, 'renderer-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><script type="module" crossorigin src="./assets/index-1.js"></script><link rel="stylesheet" crossorigin href="./assets/index-1.css">',
  );
  fs.writeFileSync(path.join(dir, 'assets', 'index-1.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'assets', 'index-1.css'), 'body{}');
  return dir;
}

async function bridgeFor(openOnStart: string): Promise<Bridge> {
  const b = await startBridge({ rendererDir: renderer(), recentFile: null, openOnStart });
  bridges.push(b);
  return b;
}

function get(b: Bridge, p: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: b.port, path: p, headers: { Host: `127.0.0.1:${b.port}` } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

async function call<T>(b: Bridge, method: string, arg: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }> {
  const res = await fetch(`${b.url}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: b.secret, [WINDOW_HEADER]: 'window-0001' },
    body: JSON.stringify(arg),
  });
  const env = (await res.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  return env.ok ? { ok: true, value: fromWire(method, env.value) as T } : env as { ok: false; error: { code: string; message: string } };
}

/** Loads the page as a browser does, then lets the bridge's queued work run. */
async function loadPage(b: Bridge): Promise<void> {
  expect(await get(b, '/')).toBe(200);
  expect(await get(b, '/assets/index-1.js')).toBe(200);
  expect(await get(b, '/assets/index-1.css')).toBe(200);
  await new Promise((r) => setTimeout(r, 50));
}

const titles = (posts: Post[]) => posts.map((p) => p.title).sort();

function documentFile(name: string, posts = 120): { file: string; currentId: string; expected: string[] } {
  const file = path.join(tmp.dir, `${name}.establish`);
  const store = createBigDocument(file, posts, 3, 'council');
  const currentId = store.info().structures.find((s) => s.kind === 'current')!.id;
  const expected = titles(store.structure(currentId).posts);
  store.close();
  return { file, currentId, expected };
}

describe('opening the file given at start while the page loads', () => {
  it('opens it as the bridge starts, and answers the page from what it read', async () => {
    const { file, currentId, expected } = documentFile('plain');
    const b = await bridgeFor(file);
    await new Promise((r) => setImmediate(r));
    // Read before any page asked: the page's own requests find it open.
    expect(isOpenInThisProcess(file)).toBe(true);
    await loadPage(b);

    const info = await call<{ openOnStart: string }>(b, 'getAppInfo', {});
    expect(info.value!.openOnStart).toBe(file);
    const opened = await call<{ fileName: string; structures: { id: string }[] }>(b, 'openDocument', { path: file });
    expect(opened.ok).toBe(true);
    expect(opened.value!.fileName).toBe('plain.establish');
    const structure = await call<{ posts: Post[] }>(b, 'getStructure', { structureId: currentId });
    expect(titles(structure.value!.posts)).toEqual(expected);
  });

  it('reads the structure again when something was written after it was read ahead', async () => {
    const { file, currentId } = documentFile('edited');
    const b = await bridgeFor(file);
    await loadPage(b);
    expect((await call(b, 'openDocument', { path: file })).ok).toBe(true);
    const before = await call<{ posts: Post[] }>(b, 'getStructure', { structureId: currentId });
    // The answer read ahead is given once; an edit, then a fresh read, shows the edit.
    const post = before.value!.posts.find((p) => p.managerId !== null)!;
    const r = await call(b, 'updatePosts', { postIds: [post.id], patch: { title: 'Renamed ahead' } });
    expect(r.ok).toBe(true);
    const after = await call<{ posts: Post[] }>(b, 'getStructure', { structureId: currentId });
    expect(after.value!.posts.find((p) => p.id === post.id)!.title).toBe('Renamed ahead');
  });

  it('gives the read-ahead structure only while nothing has been written since', () => {
    const { file, currentId } = documentFile('store');
    const { store } = openDocumentFile(file);
    try {
      store.readAhead(currentId);
      const post = store.structure(currentId).posts.find((p) => p.managerId !== null)!;
      store.readAhead(currentId);
      store.edit((ctx) => postEdits.updatePosts(ctx, { postIds: [post.id], patch: { title: 'Written after' } }));
      expect(store.structure(currentId).posts.find((p) => p.id === post.id)!.title).toBe('Written after');
    } finally {
      store.close();
    }
  });

  it('leaves an older file for the page, which is asked before it is upgraded', async () => {
    const file = path.join(tmp.dir, 'older.establish');
    makeOlderDocument(file, 1);
    const bytes = fs.readFileSync(file);
    const b = await bridgeFor(file);
    await loadPage(b);
    expect(isOpenInThisProcess(file)).toBe(false);
    const r = await call(b, 'openDocument', { path: file });
    expect(r.error?.code).toBe('file-older-version');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('lets the file go when the page opens another, or reads it only', async () => {
    const first = documentFile('first');
    const second = documentFile('second');
    const b = await bridgeFor(first.file);
    await loadPage(b);
    expect(isOpenInThisProcess(first.file)).toBe(true);
    expect((await call(b, 'openDocument', { path: second.file })).ok).toBe(true);
    expect(isOpenInThisProcess(first.file)).toBe(false);
    expect(isOpenInThisProcess(second.file)).toBe(true);

    const b2 = await bridgeFor(first.file);
    await loadPage(b2);
    const readOnly = await call<{ access: { readOnly: unknown } }>(b2, 'openDocument', { path: first.file, readOnly: true });
    expect(readOnly.ok).toBe(true);
    expect(readOnly.value!.access.readOnly).not.toBeNull();
  });

  it('lets it go when the bridge closes before any window asks', async () => {
    const { file } = documentFile('unclaimed');
    const b = await bridgeFor(file);
    await loadPage(b);
    expect(isOpenInThisProcess(file)).toBe(true);
    await b.close();
    bridges.splice(bridges.indexOf(b), 1);
    expect(isOpenInThisProcess(file)).toBe(false);

    // Closed before its read began: the file is never opened.
    const quick = await bridgeFor(file);
    await quick.close();
    bridges.splice(bridges.indexOf(quick), 1);
    await new Promise((r) => setImmediate(r));
    expect(isOpenInThisProcess(file)).toBe(false);
  });
});
