// What the main process and a job worker say to each other. The worker runs named tasks on plain
// data (structured-cloned both ways) and reports progress; it never touches the open document,
// whose file the main process holds exclusively.
import type { ApiErrorData } from '../../shared/api/errors';

export interface TaskContext {
  /** Reports how far the task has got; resolves after letting a cancel message in. */
  progress(fraction: number, stage: string): Promise<void>;
  cancelled(): boolean;
}

/** Thrown by a task that saw its cancel; the worker reports it as cancelled, not failed. */
export class TaskCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export type TaskFn<I, O> = (input: I, ctx: TaskContext) => Promise<O>;

export type ToWorker = { type: 'run'; id: string; task: string; input: unknown } | { type: 'cancel'; id: string };

export type FromWorker =
  | { type: 'progress'; id: string; progress: number; stage: string }
  | { type: 'done'; id: string; output: unknown }
  | { type: 'failed'; id: string; error: ApiErrorData }
  | { type: 'cancelled'; id: string };

/** One worker (a thread, or an Electron utility process) as the pool sees it. */
export interface WorkerPort {
  post(message: ToWorker): void;
  onMessage(listener: (message: FromWorker) => void): void;
  /** Called once when the worker ends, for whatever reason. */
  onExit(listener: (code: number) => void): void;
  kill(): void;
  /** Whether an idle worker may keep the process alive (threads only). */
  setActive?(active: boolean): void;
}

export type SpawnWorker = () => WorkerPort;
