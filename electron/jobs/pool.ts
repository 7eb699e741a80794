// A few job workers shared by every window of the process. Each runs one task at a time; a task
// waits when all are busy. A worker idle for a while is stopped, and one that does not stop
// after a cancel (or dies) is replaced, so a stuck task never holds up the next.
import { randomUUID } from 'node:crypto';
import { ApiError, type ApiErrorData } from '../../shared/api/errors';
import type { FromWorker, SpawnWorker, WorkerPort } from './protocol';
import type { TaskInput, TaskName, TaskOutput } from './tasks';

export interface PoolOptions {
  /** Workers running at once (default 3: an import, an export and a preview together). */
  max?: number;
  /** An idle worker is stopped after this long. */
  idleMs?: number;
  /** After a cancel, a task that has not stopped within this long has its worker stopped. */
  cancelGraceMs?: number;
}

export type TaskEnd<O> = { state: 'done'; output: O } | { state: 'failed'; error: ApiErrorData } | { state: 'cancelled' };

export interface RunningTask<O> {
  /** Settles when the task ends; never rejects. */
  end: Promise<TaskEnd<O>>;
  cancel(): void;
}

interface Pending {
  id: string;
  task: TaskName;
  input: unknown;
  onProgress(progress: number, stage: string): void;
  settle(end: TaskEnd<unknown>): void;
  cancelled: boolean;
  worker: Slot | null;
  killTimer: ReturnType<typeof setTimeout> | null;
}

interface Slot {
  port: WorkerPort;
  current: Pending | null;
  idleTimer: ReturnType<typeof setTimeout> | null;
  dead: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly max: number;
  private readonly idleMs: number;
  private readonly cancelGraceMs: number;
  private closed = false;

  constructor(
    private readonly spawn: SpawnWorker,
    options: PoolOptions = {},
  ) {
    this.max = options.max ?? 3;
    this.idleMs = options.idleMs ?? 30_000;
    this.cancelGraceMs = options.cancelGraceMs ?? 3_000;
  }

  run<T extends TaskName>(task: T, input: TaskInput<T>, onProgress: (progress: number, stage: string) => void = () => {}): RunningTask<TaskOutput<T>> {
    let settle!: (end: TaskEnd<unknown>) => void;
    const end = new Promise<TaskEnd<unknown>>((resolve) => (settle = resolve));
    const pending: Pending = { id: randomUUID(), task, input, onProgress, settle, cancelled: false, worker: null, killTimer: null };
    let settled = false;
    pending.settle = (e) => {
      if (settled) return;
      settled = true;
      if (pending.killTimer) clearTimeout(pending.killTimer);
      settle(e);
    };
    if (this.closed) pending.settle({ state: 'failed', error: new ApiError('internal', 'Establish is closing, so the job was not started.').toData() });
    else {
      this.queue.push(pending);
      this.pump();
    }
    return {
      end: end as Promise<TaskEnd<TaskOutput<T>>>,
      cancel: () => this.cancel(pending),
    };
  }

  /** Stops every worker; tasks still running end as cancelled. */
  close(): void {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.settle({ state: 'cancelled' });
    for (const slot of [...this.slots]) {
      slot.current?.settle({ state: 'cancelled' });
      this.retire(slot);
    }
  }

  /** Workers alive now (for tests). */
  get size(): number {
    return this.slots.length;
  }

  private cancel(p: Pending): void {
    if (p.cancelled) return;
    p.cancelled = true;
    const queued = this.queue.indexOf(p);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      p.settle({ state: 'cancelled' });
      return;
    }
    const slot = p.worker;
    if (!slot || slot.current !== p) return;
    slot.port.post({ type: 'cancel', id: p.id });
    p.killTimer = setTimeout(() => {
      // The task did not reach a step where it could stop: stop its worker instead.
      if (slot.current !== p) return;
      p.settle({ state: 'cancelled' });
      this.retire(slot);
      this.pump();
    }, this.cancelGraceMs);
    p.killTimer.unref?.();
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.current && !s.dead);
      if (!slot) {
        if (this.slots.length >= this.max) return;
        slot = this.start();
      }
      const p = this.queue.shift()!;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.current = p;
      p.worker = slot;
      slot.port.setActive?.(true);
      slot.port.post({ type: 'run', id: p.id, task: p.task, input: p.input });
    }
  }

  private start(): Slot {
    const port = this.spawn();
    const slot: Slot = { port, current: null, idleTimer: null, dead: false };
    port.onMessage((m) => this.receive(slot, m));
    port.onExit((code) => {
      slot.dead = true;
      this.remove(slot);
      const p = slot.current;
      slot.current = null;
      if (p) {
        p.settle(
          p.cancelled
            ? { state: 'cancelled' }
            : { state: 'failed', error: new ApiError('internal', `The worker doing this job stopped unexpectedly (exit code ${code}). Nothing was saved; try again.`).toData() },
        );
      }
      this.pump();
    });
    this.slots.push(slot);
    return slot;
  }

  private receive(slot: Slot, m: FromWorker): void {
    const p = slot.current;
    if (!p || p.id !== m.id) return;
    if (m.type === 'progress') {
      if (!p.cancelled) p.onProgress(m.progress, m.stage);
      return;
    }
    slot.current = null;
    if (m.type === 'done') p.settle(p.cancelled ? { state: 'cancelled' } : { state: 'done', output: m.output });
    else if (m.type === 'failed') p.settle(p.cancelled ? { state: 'cancelled' } : { state: 'failed', error: m.error });
    else p.settle({ state: 'cancelled' });
    this.idle(slot);
    this.pump();
  }

  private idle(slot: Slot): void {
    if (slot.dead || slot.current) return;
    slot.port.setActive?.(false);
    slot.idleTimer = setTimeout(() => this.retire(slot), this.idleMs);
    slot.idleTimer.unref?.();
  }

  private retire(slot: Slot): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.dead = true;
    slot.current = null;
    this.remove(slot);
    slot.port.kill();
  }

  private remove(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}
