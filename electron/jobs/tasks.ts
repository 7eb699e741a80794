// Every task a job runner can run, by name. The main process names a task and passes its input;
// only the runner loads these modules (and the export and import libraries behind them), each the
// first time one of its tasks runs: a runner reading an import never loads the PDF, Word and
// spreadsheet writers, and one writing a PDF never loads the import readers. How a module is
// loaded is the runner's: a worker thread run from source can only `require` (through tsx), while
// the command line's in-process runner uses `import()`, which the test runner can follow too.
import type { TaskContext, TaskFn } from './protocol';

type ExportTasks = typeof import('../export/tasks');
type ImportTasks = typeof import('../import/tasks');
type CheckTasks = typeof import('../store/checkTask');

export interface TaskModules {
  exportTasks(): Promise<ExportTasks>;
  importTasks(): Promise<ImportTasks>;
  checkTasks(): Promise<CheckTasks>;
}

/** A task whose module is loaded when it first runs. */
function lazy<F extends TaskFn<never, unknown>>(load: () => Promise<F>): F {
  return (async (input: never, ctx: TaskContext) => (await load())(input, ctx)) as unknown as F;
}

export function makeTasks(modules: TaskModules) {
  return {
    exportWrite: lazy(async () => (await modules.exportTasks()).exportWrite),
    exportPreview: lazy(async () => (await modules.exportTasks()).exportPreview),
    importRead: lazy(async () => (await modules.importTasks()).importRead),
    integrityCheck: lazy(async () => (await modules.checkTasks()).integrityCheck),
  };
}

export type Tasks = ReturnType<typeof makeTasks>;
export type TaskName = keyof Tasks;
export type TaskInput<T extends TaskName> = Tasks[T] extends TaskFn<infer I, unknown> ? I : never;
export type TaskOutput<T extends TaskName> = Tasks[T] extends TaskFn<never, infer O> ? O : never;
