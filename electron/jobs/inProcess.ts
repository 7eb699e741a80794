// Jobs run within the process, for the command line: it has no window to keep answering, so a
// worker thread would only add its start-up, a second heap and a copy of every result (an import
// of 50,000 rows is read once, not cloned across). Messages still go both ways asynchronously, so
// progress and cancelling behave as with a thread.
import { WorkerPool } from './pool';
import type { FromWorker, SpawnWorker, ToWorker, WorkerPort } from './protocol';
import { serve } from './serve';
import { makeTasks } from './tasks';

const TASKS = makeTasks({
  exportTasks: () => import('../export/tasks'),
  importTasks: () => import('../import/tasks'),
  checkTasks: () => import('../store/checkTask'),
});

export const spawnInProcess: SpawnWorker = (): WorkerPort => {
  const toPool: ((m: FromWorker) => void)[] = [];
  const toTasks: ((m: ToWorker) => void)[] = [];
  let ended = false;
  const exits: ((code: number) => void)[] = [];
  // Delivered on a later turn, as a thread's messages are: a task never runs inside the call that sent it.
  const deliver = <M>(listeners: ((m: M) => void)[], m: M) => setImmediate(() => !ended && listeners.forEach((l) => l(m)));
  serve({ post: (m) => deliver(toPool, m), listen: (l) => toTasks.push(l) }, TASKS);
  return {
    post: (m) => deliver(toTasks, m),
    onMessage: (l) => toPool.push(l),
    onExit: (l) => exits.push(l),
    kill: () => {
      // A task running here cannot be stopped from outside; ending the channel drops its answer.
      if (ended) return;
      ended = true;
      exits.forEach((l) => l(1));
    },
  };
};

let shared: WorkerPool | null = null;

/** The process's pool of in-process job runners (one at a time: the command line runs one job). */
export function inProcessPool(): WorkerPool {
  shared ??= new WorkerPool(spawnInProcess, { max: 1 });
  return shared;
}
