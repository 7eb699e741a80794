// The state and actions of the store's export part, as a type: what the rest of the renderer may read and call.
import type { ExportPreview } from '../../../../shared/api/exportSchemas';
import type { ExportJobStatus } from '../../../../shared/api/jobs';
import type { ExportOptions } from '../exportOptions';

export type ExportPhase = 'editing' | 'choosing' | 'starting' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'failed';

/**
 * The preview of the first page. While a job draws it, `job` holds its id and progress; `slow` turns
 * on when it has taken longer than a moment, for the dialog to show the progress and a Cancel.
 */
export interface ExportPreviewState {
  status: 'loading' | 'ready' | 'error' | 'cancelled';
  value: ExportPreview | null;
  error: string | null;
  job?: { jobId: string; progress: number; stage: string } | null;
  slow?: boolean;
}

export interface ExportState {
  options: ExportOptions;
  /** Where to save, typed (only where the host has no save dialog). */
  path: string;
  /** Once the user types a path, it stops following the suggested name. */
  pathTyped: boolean;
  preview: ExportPreviewState;
  phase: ExportPhase;
  job: ExportJobStatus | null;
  /** What went wrong, and whether it is about the path typed. */
  error: { message: string; field: 'path' | null } | null;
  /** A file that already exists, for the user to replace or not. */
  exists: string | null;
  /** The files the last export wrote. */
  saved: string[];
}

export interface ExportSlice {
  /** Null while the export dialog is closed. */
  exporting: ExportState | null;
  openExport(): void;
  setExportOptions(patch: Partial<ExportOptions>): void;
  setExportPath(path: string): void;
  /** Asks for a file (native hosts), then starts writing it; `replace` overwrites a file that exists. */
  startExport(replace?: boolean): Promise<void>;
  /** Stops drawing the preview; the choices stay as they are. */
  cancelPreview(): void;
  /** Draws the preview again (after it was cancelled or failed). */
  refreshPreview(): void;
  /** Cancel and Escape: stop a running export; otherwise close the dialog. */
  cancelOrClose(): void;
  /** Closes the dialog, cancelling an export still running. */
  closeExport(): void;
}
