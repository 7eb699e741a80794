// While a 10,000-post export and a 50,000-row import run as jobs, the bridge still answers a window
// within 100 ms, and the jobs' progress arrives on the window's event stream without being asked for.
// Once measured, both are cancelled (running either to the end is tested elsewhere).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, SECRET_HEADER, WINDOW_HEADER, type Bridge } from '../../electron/bridge/server';
import type { ApiEvent } from '../../shared/api/events';
import type { JobStatus } from '../../shared/api/jobs';
import { createBigDocument } from '../helpers/bigStructure';
import { makeTempDir } from '../helpers/tempDir';

const tmp = makeTempDir();
let bridge: Bridge;
const WINDOW = 'window-while-jobs';

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

const headers = () => ({ Host: `127.0.0.1:${bridge.port}`, 'Content-Type': 'application/json', [SECRET_HEADER]: bridge.secret, [WINDOW_HEADER]: WINDOW });

function api<T>(method: string, arg: unknown = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: bridge.port, method: 'POST', path: `/api/${method}`, headers: headers() }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        const env = JSON.parse(body) as { ok: boolean; value?: T; error?: { message: string } };
        if (env.ok) resolve(env.value as T);
        else reject(new Error(env.error!.message));
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify(arg));
  });
}

/** The window's event stream, collecting every job status pushed on it. */
function listen(): { events: JobStatus[]; close(): void; ready: Promise<void> } {
  const events: JobStatus[] = [];
  let req: http.ClientRequest;
  const ready = new Promise<void>((resolve, reject) => {
    req = http.request({ host: '127.0.0.1', port: bridge.port, method: 'POST', path: '/api/_events', headers: headers() }, (res) => {
      let buffered = '';
      res.on('data', (d: Buffer) => {
        buffered += d.toString();
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const frame = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          if (!frame.startsWith('data: ')) continue;
          const e = JSON.parse(frame.slice(6)) as ApiEvent;
          if (e.event === 'job') events.push(e.payload);
        }
      });
      res.on('error', () => undefined);
      resolve();
    });
    req.on('error', reject);
    req.end('{}');
  });
  return { events, ready, close: () => req.destroy() };
}

describe('the bridge while long jobs run', () => {
  it('answers within 100 ms during a 10,000-post export and a 50,000-row import, pushing their progress', async () => {
    const doc = path.join(tmp.dir, 'big.establish');
    createBigDocument(doc, 10_000).close();
    const csv = path.join(tmp.dir, 'big.csv');
    fs.writeFileSync(csv, 'Ref,Job title,Manager ref\n' + Array.from({ length: 50_000 }, (_, i) => `R${i},Officer ${i},${i === 0 ? '' : `R${Math.floor((i - 1) / 8)}`}`).join('\n'));

    const stream = listen();
    await stream.ready;
    const info = await api<{ structures: { id: string; kind: string; name: string }[] }>('openDocument', { path: doc });
    const current = info.structures.find((s) => s.kind === 'current')!;
    const inspection = await api<{ main: { mapping: Record<string, number | null> } }>('inspectImport', { source: { path: csv } });
    const pdf = path.join(tmp.dir, 'big.pdf');
    const exportJob = await api<{ jobId: string }>('startExport', { request: { kind: 'chart', format: 'pdf', structureId: current.id, paper: 'A4', orientation: 'landscape' }, path: pdf });
    const importJob = await api<{ jobId: string }>('startImport', {
      source: { path: csv },
      format: 'generic',
      mapping: inspection.main.mapping,
      target: { kind: 'new-proposal', name: 'Imported' },
    });
    const running = () =>
      Promise.all([api<JobStatus>('jobStatus', exportJob), api<JobStatus>('jobStatus', importJob)]).then((all) => all.some((s) => s.state === 'running'));

    const moved = (jobId: string) => stream.events.filter((e) => e.jobId === jobId && e.state === 'running' && e.progress > 0).length > 1;
    const answers: number[] = [];
    // Measured until both jobs have reported progress (and at least 30 times), while either runs.
    while ((answers.length < 30 || !moved(exportJob.jobId) || !moved(importJob.jobId)) && answers.length < 1_000 && (await running())) {
      const t = performance.now();
      await api('getDocument');
      answers.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 25));
    }
    // Both jobs were running while the window was being answered.
    expect(answers.length).toBeGreaterThanOrEqual(5);
    // Nineteen answers in twenty within 100 ms: on a two-core machine the two workers and the main
    // thread share the cores, so a single answer can wait for the scheduler; a job on the main
    // thread would hold every answer up for seconds.
    const sorted = [...answers].sort((a, b) => a - b);
    expect(sorted[Math.ceil(sorted.length * 0.95) - 1]).toBeLessThan(100);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(20);

    // Enough measured: both are stopped, and say so on the stream.
    for (const job of [exportJob, importJob]) await api<JobStatus>('cancelJob', job);
    for (const job of [exportJob, importJob]) {
      for (;;) {
        const st = await api<JobStatus>('jobStatus', job);
        if (st.state !== 'running') break;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    await new Promise((r) => setTimeout(r, 50));
    stream.close();
    const exportEvents = stream.events.filter((e) => e.jobId === exportJob.jobId);
    const importEvents = stream.events.filter((e) => e.jobId === importJob.jobId);
    // Progress moved on while the window was answered, and the last event says how each ended.
    expect(exportEvents.filter((e) => e.state === 'running' && e.progress > 0).length).toBeGreaterThan(1);
    expect(importEvents.filter((e) => e.state === 'running' && e.progress > 0).length).toBeGreaterThan(1);
    expect(exportEvents.at(-1)).toMatchObject({ kind: 'export', state: 'cancelled' });
    expect(['cancelled', 'ready']).toContain(importEvents.at(-1)!.state);
    expect(fs.existsSync(pdf)).toBe(false);
  }, 240_000);
});
