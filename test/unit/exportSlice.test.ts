// The export dialog's store: its choices and suggested file, the preview that follows them, and
// the job whose pushed progress it follows, which stops (cancelling the export) whenever the dialog
// or the document closes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, AppInfo } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ExportPreview } from '../../shared/api/exportSchemas';
import type { ExportJobStatus, JobStatus, PreviewJobStatus } from '../../shared/api/jobs';
import type { DocumentInfo } from '../../shared/model/types';
import { createAppStore } from '../../renderer/src/store';
import { requestOf, suggestedFileName } from '../../renderer/src/store/exportOptions';
import { PREVIEW_SLOW_MS } from '../../renderer/src/store/exportSlice';
import { reference, structure } from '../helpers/model';

function doc(): DocumentInfo {
  const { ctx: _ctx, ...ref } = reference();
  return {
    path: '/home/amy/Documents/Review.establish',
    fileName: 'Review.establish',
    ...ref,
    settings: { ...ref.settings, name: 'Business Support review' },
    structures: [structure('cur', { kind: 'current', name: 'Current' }), structure('prop', { name: 'Option A', basedOnId: 'cur' })],
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoStep: null },
  };
}

const preview = (n: number): ExportPreview => ({ image: `data:image/png;base64,${n}`, width: 842, height: 595, pageCount: n, summary: `${n} pages` });
const status = (state: ExportJobStatus['state'], progress = 0, files: string[] = []): ExportJobStatus => ({
  jobId: 'j1',
  kind: 'export',
  state,
  progress,
  stage: `Drawing page`,
  files,
  error: state === 'failed' ? { code: 'io', message: 'The disk is full.' } : null,
});
const previewStatus = (jobId: string, value: ExportPreview | null): PreviewJobStatus => ({
  jobId,
  kind: 'preview',
  state: value ? 'done' : 'running',
  progress: value ? 1 : 0.2,
  stage: value ? 'Ready' : 'Drawing',
  preview: value,
  error: null,
});

/** A host that runs previews (each done at once with three pages) and pushes job events. */
function setup(native = false) {
  const listeners = new Set<(status: JobStatus) => void>();
  let previews = 0;
  const api = {
    on: vi.fn((_event: 'job', listener: (status: JobStatus) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    startPreview: vi.fn(async (_arg: unknown) => ({ jobId: `p${++previews}` })),
    jobStatus: vi.fn(async ({ jobId }: { jobId: string }): Promise<JobStatus> => (jobId.startsWith('p') ? previewStatus(jobId, preview(3)) : status('running', 0))),
    startExport: vi.fn(async () => ({ jobId: 'j1' })),
    cancelJob: vi.fn(async () => status('running', 0.5)),
    chooseFile: vi.fn(async () => ({ supported: true, path: '/elsewhere/chart.pdf' as string | null })),
  };
  const store = createAppStore(api as unknown as ApiClient);
  store.setState({ doc: doc(), activeStructureId: 'prop', appInfo: { nativeDialogs: native } as AppInfo });
  const push = (st: JobStatus) => [...listeners].forEach((l) => l(st));
  return { api, store, s: () => store.getState(), push, listeners };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the export choices', () => {
  it('start from the structure in front of the user, without names, saved beside the document', async () => {
    const { s, api } = setup();
    s().openExport();
    expect(s().dialog.kind).toBe('export');
    const e = s().exporting!;
    expect(e.options).toMatchObject({ what: 'chart', structureId: 'prop', format: 'pdf', names: false, paper: 'A4', orientation: 'landscape' });
    expect(e.path).toBe('/home/amy/Documents/Business Support review - Option A chart.pdf');
    expect(e.preview.status).toBe('loading');
    await vi.advanceTimersByTimeAsync(300);
    expect(api.startPreview).toHaveBeenCalledTimes(1);
    // A proposal's chart marks its changes against the structure it was made from.
    expect(api.startPreview.mock.calls[0]![0]).toMatchObject({ request: { kind: 'chart', structureId: 'prop', compareWithId: 'cur', names: false } });
    expect(s().exporting!.preview).toMatchObject({ status: 'ready', value: { pageCount: 3 } });
  });

  it('keep to what each export takes, and name the file after it', () => {
    const d = doc();
    const { s } = setup();
    s().openExport();
    s().setExportOptions({ what: 'staffing', names: true });
    // Staffing schedules hold no names; xlsx is the first format offered.
    expect(s().exporting!.options.format).toBe('xlsx');
    const r = requestOf(d, s().exporting!.options);
    expect('request' in r && r.request).toMatchObject({ kind: 'schedule', schedule: 'staffing', names: false, format: 'xlsx' });
    expect(s().exporting!.path).toBe('/home/amy/Documents/Business Support review - Option A staffing schedule.xlsx');
    s().setExportOptions({ what: 'pack', names: true, format: 'docx' });
    expect(suggestedFileName(d, s().exporting!.options)).toBe('Business Support review - consultation pack (Current to Option A) with names.docx');
    s().setExportOptions({ what: 'changes', structureId: 'cur' });
    // The changes schedule is of a proposal.
    expect(s().exporting!.options.structureId).toBe('prop');
    s().setExportPath('/tmp/mine.xlsx');
    s().setExportOptions({ format: 'csv' });
    expect(s().exporting!.path).toBe('/tmp/mine.csv');
  });

  it('show only the latest preview when the choices change while one is being made', async () => {
    const { s, api, push } = setup();
    // The first preview is still drawing when the choices change; the second is drawn at once.
    api.jobStatus.mockImplementation(async ({ jobId }) => (jobId === 'p1' ? previewStatus('p1', null) : previewStatus(jobId, preview(7))));
    s().openExport();
    await vi.advanceTimersByTimeAsync(250);
    s().setExportOptions({ paper: 'A3' });
    expect(s().exporting!.preview.status).toBe('loading');
    await vi.advanceTimersByTimeAsync(250);
    push(previewStatus('p1', preview(1)));
    await vi.advanceTimersByTimeAsync(0);
    expect(s().exporting!.preview.value!.pageCount).toBe(7);
  });

  it('follow a preview drawn in the background to the pushed news that it is ready', async () => {
    const { s, api, push } = setup();
    api.jobStatus.mockImplementation(async ({ jobId }) => previewStatus(jobId, null));
    s().openExport();
    await vi.advanceTimersByTimeAsync(300);
    expect(s().exporting!.preview.status).toBe('loading');
    push(previewStatus('p1', preview(4)));
    expect(s().exporting!.preview).toMatchObject({ status: 'ready', value: { pageCount: 4 } });
  });

  it('say why a preview cannot be made', async () => {
    const { s, api, push } = setup();
    api.startPreview.mockRejectedValueOnce(new ApiError('unsupported', 'Charts cannot be exported yet.'));
    s().openExport();
    await vi.advanceTimersByTimeAsync(300);
    expect(s().exporting!.preview).toMatchObject({ status: 'error', error: 'Charts cannot be exported yet.' });
    api.jobStatus.mockImplementation(async ({ jobId }) => previewStatus(jobId, null));
    s().setExportOptions({ paper: 'A3' });
    await vi.advanceTimersByTimeAsync(300);
    push({ ...previewStatus('p1', null), state: 'failed', error: { code: 'internal', message: 'The chart has no posts to draw.' } });
    expect(s().exporting!.preview).toMatchObject({ status: 'error', error: 'The chart has no posts to draw.' });
  });
});

describe('a preview that takes a while', () => {
  const running = (jobId: string, progress: number): PreviewJobStatus => ({ ...previewStatus(jobId, null), progress, stage: 'Laying out the pages' });

  it('shows its progress after two seconds, and not before', async () => {
    const { s, api, push } = setup();
    api.jobStatus.mockImplementation(async ({ jobId }) => running(jobId, 0));
    s().openExport();
    await vi.advanceTimersByTimeAsync(300);
    push(running('p1', 0.3));
    expect(s().exporting!.preview).toMatchObject({ status: 'loading', slow: false, job: { jobId: 'p1', progress: 0.3, stage: 'Laying out the pages' } });
    await vi.advanceTimersByTimeAsync(PREVIEW_SLOW_MS - 200);
    expect(s().exporting!.preview.slow).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(s().exporting!.preview.slow).toBe(true);
    push(previewStatus('p1', preview(5)));
    expect(s().exporting!.preview).toMatchObject({ status: 'ready', slow: false, job: null, value: { pageCount: 5 } });
  });

  it('a quick preview never shows as slow', async () => {
    const { s } = setup();
    s().openExport();
    await vi.advanceTimersByTimeAsync(300);
    expect(s().exporting!.preview.status).toBe('ready');
    await vi.advanceTimersByTimeAsync(PREVIEW_SLOW_MS * 2);
    expect(s().exporting!.preview).toMatchObject({ status: 'ready', slow: false });
  });

  it('is cancelled by Cancel preview, which stops its job and ignores its late news, and can be drawn again', async () => {
    const { s, api, push } = setup();
    api.jobStatus.mockImplementation(async ({ jobId }) => running(jobId, 0.1));
    s().openExport();
    await vi.advanceTimersByTimeAsync(300 + PREVIEW_SLOW_MS);
    expect(s().exporting!.preview.slow).toBe(true);
    s().cancelPreview();
    expect(api.cancelJob).toHaveBeenCalledWith({ jobId: 'p1' });
    expect(s().exporting!.preview).toMatchObject({ status: 'cancelled', job: null, slow: false });
    push(previewStatus('p1', preview(9)));
    expect(s().exporting!.preview.status).toBe('cancelled');
    // The export itself can still be started with the choices as they are.
    expect(s().exporting!.phase).toBe('editing');
    api.jobStatus.mockImplementation(async ({ jobId }) => previewStatus(jobId, preview(2)));
    s().refreshPreview();
    await vi.advanceTimersByTimeAsync(300);
    expect(api.startPreview).toHaveBeenCalledTimes(2);
    expect(s().exporting!.preview).toMatchObject({ status: 'ready', value: { pageCount: 2 } });
  });

  it('is cancelled when the dialog closes, so no job draws for nobody', async () => {
    const { s, api } = setup();
    api.jobStatus.mockImplementation(async ({ jobId }) => running(jobId, 0.1));
    s().openExport();
    await vi.advanceTimersByTimeAsync(300);
    expect(api.cancelJob).not.toHaveBeenCalled();
    s().closeExport();
    expect(s().exporting).toBeNull();
    expect(api.cancelJob).toHaveBeenCalledWith({ jobId: 'p1' });
  });
});

describe('an export job', () => {
  it('follows the pushed progress until it is saved, says which files it wrote, and stops listening', async () => {
    const { s, api, push, listeners } = setup();
    s().openExport();
    await vi.advanceTimersByTimeAsync(300);
    await s().startExport();
    expect(api.startExport).toHaveBeenCalledWith(expect.objectContaining({ path: '/home/amy/Documents/Business Support review - Option A chart.pdf', overwrite: false }));
    expect(s().exporting!.phase).toBe('running');
    push(status('running', 0.5));
    expect(s().exporting!.job!.progress).toBe(0.5);
    // Another job's news is not this export's.
    push({ ...status('done', 1, ['/tmp/other.pdf']), jobId: 'j2' });
    expect(s().exporting!.phase).toBe('running');
    push(status('done', 1, ['/home/amy/Documents/x.pdf']));
    expect(s().exporting).toMatchObject({ phase: 'done', saved: ['/home/amy/Documents/x.pdf'] });
    expect(listeners.size).toBe(0);
    // Status is read once, on starting to follow; never polled.
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.jobStatus.mock.calls.filter(([a]) => a.jobId === 'j1')).toHaveLength(1);
  });

  it('finishes even when the export ended before the window started listening', async () => {
    const { s, api } = setup();
    api.jobStatus.mockImplementation(async ({ jobId }) => (jobId === 'j1' ? status('done', 1, ['/a.pdf']) : previewStatus(jobId, preview(3))));
    s().openExport();
    await s().startExport();
    await vi.advanceTimersByTimeAsync(0);
    expect(s().exporting).toMatchObject({ phase: 'done', saved: ['/a.pdf'] });
  });

  it('is cancelled by Cancel, which closes the dialog once nothing is running', async () => {
    const { s, api, push } = setup();
    s().openExport();
    await s().startExport();
    s().cancelOrClose();
    expect(api.cancelJob).toHaveBeenCalledWith({ jobId: 'j1' });
    expect(s().exporting!.phase).toBe('cancelling');
    push(status('cancelled'));
    expect(s().exporting!.phase).toBe('cancelled');
    expect(s().dialog.kind).toBe('export');
    s().cancelOrClose();
    expect(s().dialog.kind).toBe('none');
    expect(s().exporting).toBeNull();
  });

  it.each([
    ['the dialog is closed', (st: ReturnType<typeof setup>) => st.s().closeExport()],
    ['another dialog takes its place', (st: ReturnType<typeof setup>) => st.s().openDialog({ kind: 'path', purpose: 'open' })],
    ['the document closes', (st: ReturnType<typeof setup>) => st.s().setDocument(null)],
    ['another document opens', (st: ReturnType<typeof setup>) => st.s().setDocument({ ...doc(), path: '/home/amy/Other.establish', structures: [] })],
  ])('stops listening and is cancelled when %s', async (_what, close) => {
    const st = setup();
    const { s, api, listeners } = st;
    s().openExport();
    await s().startExport();
    await vi.advanceTimersByTimeAsync(200);
    close(st);
    expect(s().exporting).toBeNull();
    expect(s().dialog.kind).not.toBe('export');
    expect(api.cancelJob).toHaveBeenCalledWith({ jobId: 'j1' });
    expect(listeners.size).toBe(0);
  });

  it('offers to replace a file that exists, and replaces it when asked', async () => {
    const { s, api } = setup();
    s().openExport();
    api.startExport.mockRejectedValueOnce(new ApiError('file-exists', '"/home/amy/Documents/a.pdf" already exists. Choose another name, or tick the box to replace it.'));
    await s().startExport();
    expect(s().exporting).toMatchObject({ phase: 'editing', exists: '/home/amy/Documents/a.pdf', error: null });
    await s().startExport(true);
    expect(api.startExport).toHaveBeenLastCalledWith(expect.objectContaining({ overwrite: true }));
    expect(s().exporting).toMatchObject({ phase: 'running', exists: null });
  });

  it('points at the path when its folder is missing, and reports a failed job in words', async () => {
    const { s, api, push } = setup();
    s().openExport();
    api.startExport.mockRejectedValueOnce(new ApiError('file-not-found', 'The folder "/nowhere" does not exist. Choose another place to save.'));
    await s().startExport();
    expect(s().exporting!.error).toEqual({ message: 'The folder "/nowhere" does not exist. Choose another place to save.', field: 'path' });
    await s().startExport();
    push(status('failed'));
    expect(s().exporting).toMatchObject({ phase: 'failed', error: { message: 'The disk is full.', field: null } });
  });

  it('asks the native save dialog where to save, and does nothing when it is cancelled', async () => {
    const { s, api } = setup(true);
    s().openExport();
    await s().startExport();
    expect(api.chooseFile).toHaveBeenCalledWith({ purpose: 'export-pdf', suggestedName: '/home/amy/Documents/Business Support review - Option A chart.pdf' });
    // The save dialog has already asked before replacing a file.
    expect(api.startExport).toHaveBeenCalledWith(expect.objectContaining({ path: '/elsewhere/chart.pdf', overwrite: true }));
    s().closeExport();
    s().openExport();
    api.chooseFile.mockResolvedValueOnce({ supported: true, path: null });
    await s().startExport();
    expect(api.startExport).toHaveBeenCalledTimes(1);
    expect(s().exporting!.phase).toBe('editing');
  });
});
