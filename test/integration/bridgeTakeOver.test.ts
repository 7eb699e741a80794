// A document left open by a window that has gone: released as soon as that window's page is gone
// (its event stream closed and not reopened), and otherwise the refusal says when it frees by
// itself and lets the user take it over.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, SECRET_HEADER, WINDOW_HEADER, type Bridge } from '../../electron/bridge/server';
import { makeTempDir } from '../helpers/tempDir';

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string; details?: Record<string, unknown> } };

let t: ReturnType<typeof makeTempDir>;
let b: Bridge;
// Time moves only when the test moves it.
let now = 1_000_000;
const staleAfterMs = 3 * 60_000;

beforeEach(async () => {
  t = makeTempDir();
  const renderer = path.join(t.dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
  b = await startBridge({ rendererDir: renderer, recentFile: null, staleAfterMs, goneAfterMs: 100, now: () => now });
});
afterEach(async () => {
  await b.close();
  t.cleanup();
});

const headers = (win: string) => ({ Host: `127.0.0.1:${b.port}`, [SECRET_HEADER]: b.secret, [WINDOW_HEADER]: win });

function call(win: string, method: string, arg: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: b.port, method: 'POST', path: `/api/${method}`, headers: headers(win) }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve(JSON.parse(text) as Answer));
    });
    req.on('error', reject);
    req.end(JSON.stringify(arg));
  });
}

/** A window's event stream, open until the returned function drops it (as a killed tab's would be). */
async function openStream(win: string): Promise<() => void> {
  const req = http.request({ host: '127.0.0.1', port: b.port, method: 'POST', path: '/api/_events', headers: headers(win) });
  await new Promise<void>((resolve, reject) => {
    req.on('response', (res) => res.once('data', () => resolve()));
    req.on('error', () => undefined);
    req.end('{}');
    setTimeout(() => reject(new Error('no event stream')), 5_000);
  });
  return () => req.destroy();
}

describe('a document another window holds', () => {
  it('says when a silent window lets it go, and taking it over opens it here and closes it there', async () => {
    const file = path.join(t.dir, 'left open.establish');
    expect((await call('window-left', 'newDocument', { path: file })).ok).toBe(true);
    const refused = await call('window-next', 'openDocument', { path: file });
    expect(refused.error?.code).toBe('file-in-use');
    expect(refused.error?.details).toMatchObject({ takeOver: true, freesInMs: 180_000 });
    expect(refused.error?.message).toBe(
      '"left open.establish" is already open in another Establish window, which may have been closed without letting it go. It will be free in about 3 minutes; or take it over now, keeping every change made there.',
    );
    // Ninety seconds of silence later: half the wait is left.
    now += 90_000;
    const later = await call('window-next', 'openDocument', { path: file });
    expect(later.error?.details).toMatchObject({ freesInMs: 90_000 });
    expect(later.error?.message).toContain('It will be free in about 2 minutes;');
    now += 80_000;
    expect((await call('window-next', 'openDocument', { path: file })).error?.message).toContain('It will be free in less than a minute;');

    const taken = await call('window-next', 'openDocument', { path: file, takeOver: true });
    expect(taken.ok).toBe(true);
    expect((await call('window-left', 'getStructure', { structureId: 'x' })).error?.code).toBe('no-document');
  });

  it('a window whose page is there (its event stream open) is never counted as gone, but can be taken over', async () => {
    const file = path.join(t.dir, 'open here.establish');
    expect((await call('window-open', 'newDocument', { path: file })).ok).toBe(true);
    const drop = await openStream('window-open');
    try {
      now += staleAfterMs * 10;
      const refused = await call('window-next', 'openDocument', { path: file });
      expect(refused.error?.code).toBe('file-in-use');
      expect(refused.error?.details).toMatchObject({ takeOver: true, freesInMs: null });
      expect(refused.error?.message).toMatch(/^"open here.establish" is already open in another Establish window\. Switch to that window to work on it, or take it over here/);
      expect((await call('window-next', 'openDocument', { path: file, takeOver: true })).ok).toBe(true);
      expect((await call('window-open', 'getStructure', { structureId: 'x' })).error?.code).toBe('no-document');
    } finally {
      drop();
    }
  });

  it('is let go as soon as the window that held it is gone: its event stream closed and did not come back', async () => {
    const file = path.join(t.dir, 'killed tab.establish');
    expect((await call('window-tab', 'newDocument', { path: file })).ok).toBe(true);
    const drop = await openStream('window-tab');
    expect((await call('window-next', 'openDocument', { path: file })).error?.code).toBe('file-in-use');
    // A stream dropped and reopened at once (a reconnect) keeps the document.
    drop();
    const again = await openStream('window-tab');
    await new Promise((r) => setTimeout(r, 300));
    expect((await call('window-next', 'openDocument', { path: file })).error?.code).toBe('file-in-use');
    // The tab is killed: no goodbye, the stream just closes. No time passes on the bridge's clock.
    again();
    await expect.poll(async () => (await call('window-next', 'openDocument', { path: file })).ok, { timeout: 5_000, interval: 50 }).toBe(true);
    expect((await call('window-tab', 'getStructure', { structureId: 'x' })).error?.code).toBe('no-document');
  });
});
