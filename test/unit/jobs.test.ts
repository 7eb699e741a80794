// The job facility with Electron's utilityProcess replaced by a fake: a job's progress is pushed as
// it comes, to the window over IPC; a cancel that the task ignores stops its worker; a worker that
// dies fails its job with a message, and the next job gets a fresh worker.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { UtilityProcess } from 'electron';
import { EVENT_CHANNEL } from '../../shared/api/events';
import type { ExportJobStatus, JobStatus } from '../../shared/api/jobs';
import { Jobs } from '../../electron/jobs/jobs';
import { WorkerPool } from '../../electron/jobs/pool';
import type { FromWorker, ToWorker } from '../../electron/jobs/protocol';
import type { ExportWriteInput } from '../../electron/export/tasks';
import { spawnUtility } from '../../electron/jobs/utility';
import { forwardEvents } from '../../electron/shell/ipc';
import { Session } from '../../electron/api/session';
import { RecentFiles } from '../../electron/app/recent';

/** A utility process that records what it is told; the test answers for it. */
class FakeChild extends EventEmitter {
  received: ToWorker[] = [];
  killed = false;
  postMessage(m: ToWorker) {
    this.received.push(m);
  }
  kill() {
    this.killed = true;
    this.emit('exit', 15);
    return true;
  }
  say(m: FromWorker) {
    this.emit('message', m);
  }
}

function harness(options: { cancelGraceMs?: number } = {}) {
  const children: FakeChild[] = [];
  const fork = vi.fn((_path: string, _args?: string[], _opts?: object) => {
    const c = new FakeChild();
    children.push(c);
    return c as unknown as UtilityProcess;
  });
  const pool = new WorkerPool(spawnUtility({ fork }, '/app/dist/electron/jobWorker.js'), { cancelGraceMs: options.cancelGraceMs ?? 50, idleMs: 10_000 });
  const published: JobStatus[] = [];
  const jobs = new Jobs(() => pool, (st) => published.push(st));
  const startExport = () =>
    jobs.start({
      kind: 'export',
      task: 'exportWrite',
      input: { dest: '/tmp/x.pdf' } as unknown as ExportWriteInput,
      initial: { files: [] },
      finish: ({ files }, st): ExportJobStatus => ({ ...st, state: 'done', files, stage: 'Saved' }),
    });
  return { fork, pool, jobs, published, children, startExport };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the job facility', () => {
  it('runs a task in a utility process and pushes each step of its progress, then its end', async () => {
    const h = harness();
    const job = h.startExport();
    expect(h.fork).toHaveBeenCalledWith('/app/dist/electron/jobWorker.js', [], expect.objectContaining({ serviceName: 'Establish job worker' }));
    const child = h.children[0]!;
    const run = child.received[0]!;
    expect(run).toMatchObject({ type: 'run', task: 'exportWrite', input: { dest: '/tmp/x.pdf' } });
    child.say({ type: 'progress', id: run.id, progress: 0.5, stage: 'Drawing page 1 of 2' });
    child.say({ type: 'done', id: run.id, output: { files: ['/tmp/x.pdf'] } });
    const end = await h.jobs.wait(job.jobId);
    expect(end).toMatchObject({ state: 'done', progress: 1, files: ['/tmp/x.pdf'], stage: 'Saved' });
    expect(h.published.map((s) => [s.state, s.progress, s.stage])).toEqual([
      ['running', 0, 'Starting'],
      ['running', 0.5, 'Drawing page 1 of 2'],
      ['done', 1, 'Saved'],
    ]);
    // The worker is kept for the next job.
    h.startExport();
    expect(h.fork).toHaveBeenCalledTimes(1);
    expect(child.received).toHaveLength(2);
    h.pool.close();
  });

  it('stops the worker of a task that does not heed a cancel, and the job ends cancelled', async () => {
    const h = harness({ cancelGraceMs: 20 });
    const job = h.startExport();
    const child = h.children[0]!;
    expect(h.jobs.cancel(job.jobId)).toMatchObject({ state: 'running', stage: 'Cancelling' });
    expect(child.received[1]).toEqual({ type: 'cancel', id: child.received[0]!.id });
    const end = await h.jobs.wait(job.jobId);
    expect(end.state).toBe('cancelled');
    expect(child.killed).toBe(true);
    // Progress after the cancel is not shown.
    child.say({ type: 'progress', id: child.received[0]!.id, progress: 0.9, stage: 'late' });
    expect(h.published.at(-1)!.state).toBe('cancelled');
    h.pool.close();
  });

  it('fails the job of a worker that dies, in words, and starts a fresh worker for the next', async () => {
    const h = harness();
    const job = h.startExport();
    h.children[0]!.emit('exit', 9);
    const end = await h.jobs.wait(job.jobId);
    expect(end).toMatchObject({ state: 'failed', error: { code: 'internal', message: expect.stringMatching(/stopped unexpectedly \(exit code 9\)\. Nothing was saved/) } });
    h.startExport();
    await flush();
    expect(h.fork).toHaveBeenCalledTimes(2);
    h.pool.close();
  });

  it('tells a window its own jobs over IPC until the window is gone', async () => {
    const h = harness();
    const session = new Session({ info: { transport: 'electron', platform: 'linux', nativeDialogs: true }, chooseFile: async () => ({ supported: true, path: null }) }, new RecentFiles(null), {
      workers: () => h.pool,
    });
    let destroyed = false;
    const contents = { send: vi.fn(), isDestroyed: () => destroyed };
    forwardEvents(session, contents);
    const { jobId } = session.jobs.start({
      kind: 'export',
      task: 'exportWrite',
      input: {} as ExportWriteInput,
      initial: { files: [] },
      finish: ({ files }, st): ExportJobStatus => ({ ...st, state: 'done', files }),
    });
    expect(contents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { event: 'job', payload: expect.objectContaining({ jobId, state: 'running' }) });
    destroyed = true;
    const child = h.children[0]!;
    child.say({ type: 'progress', id: child.received[0]!.id, progress: 0.3, stage: 'Drawing' });
    expect(contents.send).toHaveBeenCalledTimes(1);
    session.dispose();
    h.pool.close();
  });
});
