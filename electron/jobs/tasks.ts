// Every task a job worker can run, by name. The main process names a task and passes its input;
// only the worker loads these modules (and the export and import libraries behind them), each the
// first time one of its tasks runs: a worker reading an import never loads the PDF, Word and
// spreadsheet writers, and one writing a PDF never loads the import readers.
import type { TaskContext, TaskFn } from './protocol';

type ExportTasks = typeof import('../export/tasks');
type ImportTasks = typeof import('../import/tasks');
type CheckTasks = typeof import('../store/checkTask');

/** A task whose module is loaded when it first runs (a plain require, so bundles and tests alike load it lazily). */
function lazy<F extends TaskFn<never, unknown>>(load: () => F): F {
  return ((input: never, ctx: TaskContext) => load()(input, ctx)) as unknown as F;
}

export const TASKS = {
  exportWrite: lazy(() => (require('../export/tasks') as ExportTasks).exportWrite),
  exportPreview: lazy(() => (require('../export/tasks') as ExportTasks).exportPreview),
  importRead: lazy(() => (require('../import/tasks') as ImportTasks).importRead),
  integrityCheck: lazy(() => (require('../store/checkTask') as CheckTasks).integrityCheck),
};

export type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
export type TaskInput<T extends TaskName> = Tasks[T] extends TaskFn<infer I, unknown> ? I : never;
export type TaskOutput<T extends TaskName> = Tasks[T] extends TaskFn<never, infer O> ? O : never;
