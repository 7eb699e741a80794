// The loopback bridge: 127.0.0.1 only, the run's secret on every API call, this machine's own
// host names, and nothing served from outside the renderer's folder.
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, SECRET_HEADER, WINDOW_HEADER, type Bridge } from '../../electron/bridge/server';
import { makeTempDir } from '../helpers/tempDir';
import fs from 'node:fs';

const tmp = makeTempDir();
let bridge: Bridge;

beforeAll(async () => {
  const renderer = path.join(tmp.dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Establish</title>');
  fs.writeFileSync(path.join(tmp.dir, 'secret.txt'), 'not for the browser');
  bridge = await startBridge({ rendererDir: renderer, recentFile: null });
});
afterAll(async () => {
  await bridge.close();
  tmp.cleanup();
});

function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; host?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { Host: opts.host ?? `127.0.0.1:${bridge.port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const api = (method: string, arg: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', [SECRET_HEADER]: bridge.secret, [WINDOW_HEADER]: 'window-0001', ...headers },
    body: JSON.stringify(arg),
  });

describe('the loopback bridge', () => {
  it('listens on 127.0.0.1 and gives the secret only in the address fragment', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(bridge.appUrl).toBe(`${bridge.url}#secret=${bridge.secret}`);
    expect(bridge.secret).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers API calls that carry the secret', async () => {
    const r = await api('getAppInfo', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: 'Establish', transport: 'bridge' } });
  });

  it('refuses API calls without the right secret', async () => {
    expect((await api('getAppInfo', {}, { [SECRET_HEADER]: 'guess' })).status).toBe(401);
    const noSecret = await request({ method: 'POST', path: '/api/getAppInfo', headers: { [WINDOW_HEADER]: 'window-0001' }, body: '{}' });
    expect(noSecret.status).toBe(401);
  });

  it('refuses other host names (DNS rebinding) and other origins', async () => {
    expect((await request({ path: '/', host: `evil.example:${bridge.port}` })).status).toBe(403);
    expect((await api('getAppInfo', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('getAppInfo', {}, { Origin: `http://127.0.0.1:${bridge.port}` })).status).toBe(200);
  });

  it('refuses GET for the API, bad JSON, and calls that do not say which window they are from', async () => {
    expect((await request({ path: '/api/getAppInfo' })).status).toBe(405);
    const bad = await request({ method: 'POST', path: '/api/getAppInfo', headers: { [SECRET_HEADER]: bridge.secret, [WINDOW_HEADER]: 'window-0001' }, body: '{oops' });
    expect(bad.status).toBe(400);
    expect((await api('getAppInfo', {}, { [WINDOW_HEADER]: '' })).status).toBe(400);
  });

  it('validates arguments like IPC does', async () => {
    const r = JSON.parse((await api('openDocument', { path: 7 })).body) as { ok: boolean; error: { code: string } };
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('serves the renderer with a CSP, and nothing outside its folder', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await request({ path: '/../secret.txt' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/secret.txt' })).status).toBe(404);
  });

  it('keeps a separate session per window, so one file cannot be open in two', async () => {
    const file = path.join(tmp.dir, 'shared.establish');
    const a = JSON.parse((await api('newDocument', { path: file }, { [WINDOW_HEADER]: 'window-aaaa' })).body) as { ok: boolean };
    expect(a.ok).toBe(true);
    const b = JSON.parse((await api('openDocument', { path: file }, { [WINDOW_HEADER]: 'window-bbbb' })).body) as { ok: boolean; error: { code: string } };
    expect(b).toMatchObject({ ok: false, error: { code: 'file-in-use' } });
    await api('_release', {}, { [WINDOW_HEADER]: 'window-aaaa' });
    const c = JSON.parse((await api('openDocument', { path: file }, { [WINDOW_HEADER]: 'window-bbbb' })).body) as { ok: boolean };
    expect(c.ok).toBe(true);
  });
});

describe('abandoned windows', () => {
  it('releases the document of a window that went silent when another window opens the file', async () => {
    const t = makeTempDir();
    const renderer = path.join(t.dir, 'renderer');
    fs.mkdirSync(renderer);
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
    // Time moves only when the test moves it, so how long each call takes cannot change the outcome.
    let now = 1_000_000;
    const staleAfterMs = 3 * 60_000;
    const b = await startBridge({ rendererDir: renderer, recentFile: null, staleAfterMs, now: () => now });
    const call = (win: string, method: string, arg: unknown) =>
      new Promise<{ ok: boolean; error?: { code: string } }>((resolve, reject) => {
        const body = JSON.stringify(arg);
        const req = http.request(
          { host: '127.0.0.1', port: b.port, method: 'POST', path: `/api/${method}`, headers: { Host: `127.0.0.1:${b.port}`, [SECRET_HEADER]: b.secret, [WINDOW_HEADER]: win } },
          (res) => {
            let text = '';
            res.on('data', (d: Buffer) => (text += d.toString()));
            res.on('end', () => resolve(JSON.parse(text) as { ok: boolean }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    try {
      const file = path.join(t.dir, 'left.establish');
      expect((await call('window-left', 'newDocument', { path: file })).ok).toBe(true);
      // Silent for exactly the limit: still alive, so the second window is refused.
      now += staleAfterMs;
      expect((await call('window-next', 'openDocument', { path: file })).error?.code).toBe('file-in-use');
      // Its ping keeps it alive for as long again; the second window's own calls do not.
      expect((await call('window-left', '_ping', {})).ok).toBe(true);
      now += staleAfterMs;
      expect((await call('window-next', 'openDocument', { path: file })).error?.code).toBe('file-in-use');
      // A moment past the limit it has gone.
      now += 1;
      expect((await call('window-next', 'openDocument', { path: file })).ok).toBe(true);
      // The window that went silent finds its document gone, not a second copy open.
      expect((await call('window-left', 'getStructure', { structureId: 'x' })).error?.code).toBe('no-document');
    } finally {
      await b.close();
      t.cleanup();
    }
  });
});
