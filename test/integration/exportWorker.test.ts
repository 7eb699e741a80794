// A heavy export never stops the app answering: while a 10,000-post chart is laid out and written
// on the export worker, the local server still answers other requests at once.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, SECRET_HEADER, WINDOW_HEADER, type Bridge } from '../../electron/bridge/server';
import { createBigDocument } from '../helpers/bigStructure';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir('establish-worker-');
let bridge: Bridge;

beforeAll(async () => {
  const renderer = path.join(tmp.dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Establish</title>');
  bridge = await startBridge({ rendererDir: renderer, recentFile: null });
});
afterAll(async () => {
  await bridge.close();
  tmp.cleanup();
});

function api<T>(method: string, arg: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(arg);
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: { Host: `127.0.0.1:${bridge.port}`, 'Content-Type': 'application/json', [SECRET_HEADER]: bridge.secret, [WINDOW_HEADER]: 'window-0001' },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => {
          const r = JSON.parse(text) as { ok: boolean; value?: T; error?: { message: string } };
          if (r.ok) resolve(r.value as T);
          else reject(new Error(r.error?.message));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('exports on the worker', () => {
  it('answers other requests promptly while a 10,000-post export runs', async () => {
    const file = path.join(tmp.dir, 'big.establish');
    createBigDocument(file, 10_000, 7).close();
    const info = await api<{ structures: { id: string }[] }>('openDocument', { path: file });
    const out = path.join(tmp.dir, 'big.pdf');
    const { jobId } = await api<{ jobId: string }>('startExport', { request: { kind: 'chart', format: 'pdf', structureId: info.structures[0]!.id, paper: 'A3', orientation: 'landscape' }, path: out });

    const whileRunning: number[] = [];
    let state = 'running';
    while (state === 'running') {
      const t0 = performance.now();
      await api('getAppInfo', {});
      const took = performance.now() - t0;
      const st = await api<{ state: string; error: string | null }>('exportStatus', { jobId });
      state = st.state;
      if (state === 'running') whileRunning.push(took);
      else expect(st.error).toBeNull();
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(state).toBe('done');
    // The export took a while, and the server answered throughout it, each time at once.
    expect(whileRunning.length).toBeGreaterThan(3);
    expect(Math.max(...whileRunning)).toBeLessThan(500);
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
  }, 120_000);
});
