// File > Export as store state and actions: the choices, a preview of the first page that follows
// them (drawn by a job), and the export job, whose progress the host pushes while it runs.
// Following stops (and a running export is cancelled) as soon as the dialog or the document
// closes, whoever closes it.
import { ApiError } from '../../../shared/api/errors';
import type { ExportJobStatus, PreviewJobStatus } from '../../../shared/api/jobs';
import { followJob } from '../api/jobs';
import { FORMATS, baseName, defaultOptions, folderOf, joinPath, normalise, requestOf, suggestedFileName, withFormat, type ExportOptions } from './exportOptions';
import type { SliceCreator } from './types';
import type { ExportPhase, ExportState, ExportSlice } from './state/export';

export type { ExportPhase, ExportState, ExportSlice };

const PREVIEW_DELAY_MS = 200;
/** A preview still drawing after this long shows its progress and a Cancel button. */
export const PREVIEW_SLOW_MS = 2000;
const RUNNING: ExportPhase[] = ['starting', 'running', 'cancelling'];

export const isRunning = (e: ExportState | null) => !!e && RUNNING.includes(e.phase);

export const createExportSlice: SliceCreator<ExportSlice> = (set, get, store) => {
  let stopFollowing: (() => void) | null = null;
  let stopPreview: (() => void) | null = null;
  let previewTimer: ReturnType<typeof setTimeout> | null = null;
  let slowTimer: ReturnType<typeof setTimeout> | null = null;
  let previewSeq = 0;

  const patch = (p: Partial<ExportState>) => set((s) => (s.exporting ? { exporting: { ...s.exporting, ...p } } : {}));
  const patchPreview = (p: Partial<ExportState['preview']>) => set((s) => (s.exporting ? { exporting: { ...s.exporting, preview: { ...s.exporting.preview, ...p } } } : {}));

  /** Stops following the preview being drawn (and cancels its job, when asked). */
  const stopPreviewJob = (cancel: boolean) => {
    const job = get().exporting?.preview.job;
    stopPreview?.();
    stopPreview = null;
    if (slowTimer) clearTimeout(slowTimer);
    slowTimer = null;
    if (cancel && job) void get().api.cancelJob({ jobId: job.jobId }).catch(() => undefined);
  };

  const stopTimers = () => {
    stopFollowing?.();
    stopPreviewJob(true);
    if (previewTimer) clearTimeout(previewTimer);
    stopFollowing = previewTimer = null;
    previewSeq++;
  };

  /** Forgets the export: stops following it and its previews, and cancels a job still writing. */
  const teardown = () => {
    const e = get().exporting;
    stopTimers();
    if (e?.job && isRunning(e)) void get().api.cancelJob({ jobId: e.job.jobId }).catch(() => undefined);
    if (e) set({ exporting: null });
  };

  const suggestedPath = (options: ExportOptions) => {
    const doc = get().doc;
    return doc ? joinPath(folderOf(doc.path), suggestedFileName(doc, options)) : '';
  };

  const schedulePreview = () => {
    const seq = ++previewSeq;
    if (previewTimer) clearTimeout(previewTimer);
    const e = get().exporting;
    const doc = get().doc;
    if (!e || !doc) return;
    const r = requestOf(doc, e.options);
    if ('problem' in r) {
      patch({ preview: { status: 'error', value: null, error: r.problem } });
      return;
    }
    // A newer preview replaces one still drawing (the host stops the older job itself).
    stopPreviewJob(false);
    patch({ preview: { ...e.preview, status: 'loading', error: null, job: null, slow: false } });
    previewTimer = setTimeout(() => {
      previewTimer = null;
      const failed = (err: unknown) => {
        if (seq !== previewSeq) return;
        stopPreviewJob(false);
        patch({ preview: { status: 'error', value: null, error: err instanceof Error ? err.message : String(err), job: null, slow: false } });
      };
      get().api.startPreview({ request: r.request }).then(({ jobId }) => {
        if (seq !== previewSeq) {
          // Replaced or closed while starting: it is not wanted any more.
          void get().api.cancelJob({ jobId }).catch(() => undefined);
          return;
        }
        patchPreview({ job: { jobId, progress: 0, stage: 'Starting' } });
        slowTimer = setTimeout(() => {
          slowTimer = null;
          if (seq === previewSeq && get().exporting?.preview.status === 'loading') patchPreview({ slow: true });
        }, PREVIEW_SLOW_MS);
        stopPreview = followJob<PreviewJobStatus>(
          get().api,
          jobId,
          (job) => {
            if (seq !== previewSeq) return;
            if (job.state === 'running') patchPreview({ job: { jobId, progress: job.progress, stage: job.stage } });
            else if (job.state === 'done' && job.preview) {
              stopPreviewJob(false);
              patch({ preview: { status: 'ready', value: job.preview, error: null, job: null, slow: false } });
            } else if (job.state === 'cancelled') {
              stopPreviewJob(false);
              patchPreview({ status: 'cancelled', job: null, slow: false });
            } else if (job.state === 'failed') failed(new Error(job.error?.message ?? 'The preview could not be drawn.'));
          },
          failed,
        );
      }, failed);
    }, PREVIEW_DELAY_MS);
  };

  const follow = (jobId: string) => {
    stopFollowing?.();
    stopFollowing = followJob<ExportJobStatus>(
      get().api,
      jobId,
      (job) => {
        const e = get().exporting;
        // The dialog closed, or another export started, while the news was on its way.
        if (!e || e.job?.jobId !== jobId) return;
        if (job.state === 'running') patch({ job });
        else if (job.state === 'done') patch({ job, phase: 'done', saved: job.files });
        else if (job.state === 'cancelled') patch({ job, phase: 'cancelled' });
        else patch({ job, phase: 'failed', error: { message: job.error?.message ?? 'The export failed. Nothing was saved.', field: null } });
      },
      (err) => {
        if (get().exporting?.job?.jobId !== jobId) return;
        patch({ phase: 'failed', error: { message: err instanceof Error ? err.message : String(err), field: null } });
      },
    );
  };

  // Whoever closes the dialog (another dialog opening, the document closing or changing), the
  // export's timers and subscriptions stop with it.
  store.subscribe((s, prev) => {
    if (s.dialog.kind === 'export' && prev.dialog.kind !== 'export' && !s.exporting) return init();
    if (!s.exporting) return;
    const docGone = !s.doc || (prev.doc !== s.doc && prev.doc?.path !== s.doc.path);
    if (s.dialog.kind !== 'export' || docGone) {
      teardown();
      if (docGone && get().dialog.kind === 'export') get().closeDialog();
    }
  });

  /** Fresh choices for the dialog, starting from the structure in front of the user. */
  function init(): void {
    const { doc, activeStructureId, compare } = get();
    if (!doc) return;
    stopTimers();
    // The pack's options appraisal shows the proposals Compare > Options shows, in its order.
    const optionIds = compare.optionIds ? compare.optionIds.filter((id) => !compare.optionsHidden.includes(id)) : null;
    const options = normalise(doc, { ...defaultOptions(doc, activeStructureId), optionIds });
    set({
      exporting: {
        options,
        path: suggestedPath(options),
        pathTyped: false,
        preview: { status: 'loading', value: null, error: null },
        phase: 'editing',
        job: null,
        error: null,
        exists: null,
        saved: [],
      },
    });
    schedulePreview();
  }

  return {
    exporting: null,

    openExport() {
      if (!get().doc || get().dialog.kind !== 'none') return;
      // Opening the dialog sets the choices up (see the subscription above).
      get().openDialog({ kind: 'export' });
    },

    setExportOptions(change) {
      const e = get().exporting;
      const doc = get().doc;
      if (!e || !doc || isRunning(e)) return;
      // A new kind of export starts from its usual format (a schedule goes to Excel, a chart to PDF).
      const format = change.what && change.what !== e.options.what && !change.format ? FORMATS[change.what][0]!.value : (change.format ?? e.options.format);
      // A branch belongs to its structure: choosing another structure prints all of it.
      const branch = change.structureId !== undefined && change.structureId !== e.options.structureId ? { branchId: null } : {};
      const options = normalise(doc, { ...e.options, ...change, ...branch, format });
      const path = e.pathTyped ? withFormat(e.path, options.format) : suggestedPath(options);
      // A finished export's message stays until the user changes something.
      patch({ options, path, error: null, exists: null, phase: 'editing' });
      schedulePreview();
    },

    setExportPath(path) {
      if (!get().exporting || isRunning(get().exporting)) return;
      patch({ path, pathTyped: true, error: null, exists: null, phase: 'editing' });
    },

    async startExport(replace = false) {
      const e = get().exporting;
      const doc = get().doc;
      if (!e || !doc || isRunning(e) || e.phase === 'choosing') return;
      const r = requestOf(doc, e.options);
      if ('problem' in r) {
        patch({ error: { message: r.problem, field: null } });
        return;
      }
      let dest = e.path.trim();
      let overwrite = replace;
      if (get().appInfo?.nativeDialogs) {
        patch({ phase: 'choosing', error: null, exists: null });
        const suggested = suggestedPath(e.options);
        try {
          const chosen = await get().api.chooseFile({ purpose: `export-${e.options.format}`, suggestedName: suggested.length <= 255 ? suggested : baseName(suggested) });
          if (!get().exporting) return;
          if (!chosen.path) {
            patch({ phase: 'editing' });
            return;
          }
          dest = chosen.path;
          // The save dialog has already asked before replacing a file.
          overwrite = true;
        } catch (err) {
          patch({ phase: 'editing', error: { message: err instanceof Error ? err.message : String(err), field: null } });
          return;
        }
      }
      if (!dest) {
        patch({ error: { message: 'Type where to save the file: its full path on this computer.', field: 'path' } });
        return;
      }
      patch({ phase: 'starting', error: null, exists: null, saved: [], job: null });
      try {
        const { jobId } = await get().api.startExport({ request: r.request, path: dest, overwrite });
        const job: ExportJobStatus = { jobId, kind: 'export', state: 'running', progress: 0, stage: 'Starting', files: [], error: null };
        if (!get().exporting) {
          // Closed while the export was starting: it is not wanted any more.
          void get().api.cancelJob({ jobId }).catch(() => undefined);
          return;
        }
        patch({ phase: 'running', job });
        follow(jobId);
      } catch (err) {
        const code = err instanceof ApiError ? err.code : null;
        const message = err instanceof Error ? err.message : String(err);
        if (code === 'file-exists') patch({ phase: 'editing', exists: existingFile(message) ?? dest, error: null });
        else patch({ phase: 'editing', error: { message, field: code === 'file-not-found' || code === 'io' ? 'path' : null } });
      }
    },

    cancelPreview() {
      const e = get().exporting;
      if (!e || (e.preview.status !== 'loading')) return;
      if (previewTimer) clearTimeout(previewTimer);
      previewTimer = null;
      previewSeq++;
      stopPreviewJob(true);
      patchPreview({ status: 'cancelled', job: null, slow: false });
    },

    refreshPreview() {
      if (get().exporting) schedulePreview();
    },

    cancelOrClose() {
      const e = get().exporting;
      if (e?.job && (e.phase === 'running' || e.phase === 'starting')) {
        patch({ phase: 'cancelling' });
        void get().api.cancelJob({ jobId: e.job.jobId }).catch(() => undefined);
      } else get().closeExport();
    },

    closeExport() {
      teardown();
      if (get().dialog.kind === 'export') get().closeDialog();
    },
  };
};

/** The server names the file that exists in quotes (a per-page export may clash on any page). */
function existingFile(message: string): string | null {
  return /"([^"]+)"/.exec(message)?.[1] ?? null;
}
