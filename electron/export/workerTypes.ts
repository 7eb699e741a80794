// The messages between the window's thread and the export worker.
import type { ExportPreview, ExportRequest } from '../../shared/api/exportSchemas';
import type { ExportData } from './run';

export type WorkerJob =
  | { kind: 'write'; data: ExportData; req: ExportRequest; dest: string; overwrite: boolean; cancel: SharedArrayBuffer }
  | { kind: 'preview'; data: ExportData; req: ExportRequest; cancel: SharedArrayBuffer };

export type WorkerReply =
  | { type: 'progress'; done: number; total: number; stage: string }
  | { type: 'done'; files: string[] }
  | { type: 'preview'; preview: ExportPreview }
  | { type: 'cancelled' }
  | { type: 'error'; code: string | null; message: string };
