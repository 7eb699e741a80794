// Every task a job worker can run, by name. The main process names a task and passes its input;
// only the worker loads these modules (and the export and import libraries behind them).
import { exportPreview, exportWrite } from '../export/tasks';
import { importRead } from '../import/tasks';
import { integrityCheck } from '../store/checkTask';
import type { TaskFn } from './protocol';

export const TASKS = {
  exportWrite,
  exportPreview,
  importRead,
  integrityCheck,
};

export type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
export type TaskInput<T extends TaskName> = Tasks[T] extends TaskFn<infer I, unknown> ? I : never;
export type TaskOutput<T extends TaskName> = Tasks[T] extends TaskFn<never, infer O> ? O : never;
