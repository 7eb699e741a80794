// A job pool whose previews wait a few seconds, reporting progress, before the real preview is
// drawn: it stands in for a very large structure, so tests of what a slow preview shows do not
// depend on how fast the machine is. Cancelling during the wait ends the job as cancelled.
import { WorkerPool, type RunningTask, type TaskEnd } from '../../electron/jobs/pool';
import { spawnThread } from '../../electron/jobs/threads';
import type { TaskInput, TaskName, TaskOutput } from '../../electron/jobs/tasks';

export class SlowPreviews extends WorkerPool {
  /** Previews started, for tests to check that a cancelled one stopped. */
  readonly cancelled: string[] = [];

  constructor(private readonly waitMs: number) {
    super(spawnThread);
  }

  override run<T extends TaskName>(task: T, input: TaskInput<T>, onProgress: (progress: number, stage: string) => void = () => {}): RunningTask<TaskOutput<T>> {
    if (task !== 'exportPreview') return super.run(task, input, onProgress);
    let stop = false;
    let inner: RunningTask<TaskOutput<T>> | null = null;
    const steps = 20;
    const end = (async (): Promise<TaskEnd<TaskOutput<T>>> => {
      for (let i = 0; i < steps; i++) {
        if (stop) return { state: 'cancelled' };
        onProgress((0.5 * i) / steps, 'Laying out the pages');
        await new Promise((r) => setTimeout(r, this.waitMs / steps));
      }
      if (stop) return { state: 'cancelled' };
      inner = super.run(task, input, onProgress);
      return inner.end;
    })();
    return {
      end,
      cancel: () => {
        if (!stop) this.cancelled.push(task);
        stop = true;
        inner?.cancel();
      },
    };
  }
}
