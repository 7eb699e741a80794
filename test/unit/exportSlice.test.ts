// The export dialog's store: its choices and suggested file, the preview that follows them, and
// the job it polls, which stops (cancelling the export) whenever the dialog or the document closes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, AppInfo } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { ExportJobStatus, ExportPreview } from '../../shared/api/exportSchemas';
import type { DocumentInfo } from '../../shared/model/types';
import { createAppStore } from '../../renderer/src/store';
import { requestOf, suggestedFileName } from '../../renderer/src/store/exportOptions';
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
const status = (state: ExportJobStatus['state'], progress = 0, files: string[] = []): ExportJobStatus => ({ jobId: 'j1', state, progress, stage: `Drawing page`, files, error: state === 'failed' ? 'The disk is full.' : null });

function setup(native = false) {
  const api = {
    previewExport: vi.fn(async (_arg: unknown) => preview(3)),
    startExport: vi.fn(async () => ({ jobId: 'j1' })),
    exportStatus: vi.fn(async () => status('running', 0.5)),
    cancelExport: vi.fn(async () => status('running', 0.5)),
    chooseFile: vi.fn(async () => ({ supported: true, path: '/elsewhere/chart.pdf' as string | null })),
  };
  const store = createAppStore(api as unknown as ApiClient);
  store.setState({ doc: doc(), activeStructureId: 'prop', appInfo: { nativeDialogs: native } as AppInfo });
  return { api, store, s: () => store.getState() };
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
    expect(api.previewExport).toHaveBeenCalledTimes(1);
    // A proposal's chart marks its changes against the structure it was made from.
    expect(api.previewExport.mock.calls[0]![0]).toMatchObject({ request: { kind: 'chart', structureId: 'prop', compareWithId: 'cur', names: false } });
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
    const { s, api } = setup();
    let resolveFirst: (p: ExportPreview) => void = () => undefined;
    api.previewExport.mockImplementationOnce(() => new Promise((r) => (resolveFirst = r)));
    api.previewExport.mockImplementationOnce(async () => preview(7));
    s().openExport();
    await vi.advanceTimersByTimeAsync(250);
    s().setExportOptions({ paper: 'A3' });
    expect(s().exporting!.preview.status).toBe('loading');
    await vi.advanceTimersByTimeAsync(250);
    resolveFirst(preview(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(s().exporting!.preview.value!.pageCount).toBe(7);
  });

  it('say why a preview cannot be made', async () => {
    const { s, api } = setup();
    api.previewExport.mockRejectedValueOnce(new ApiError('unsupported', 'Charts cannot be exported yet.'));
    s().openExport();
    await vi.advanceTimersByTimeAsync(300);
    expect(s().exporting!.preview).toMatchObject({ status: 'error', error: 'Charts cannot be exported yet.' });
  });
});

describe('an export job', () => {
  it('is polled until it is saved, and says which files it wrote', async () => {
    const { s, api } = setup();
    s().openExport();
    await s().startExport();
    expect(api.startExport).toHaveBeenCalledWith(expect.objectContaining({ path: '/home/amy/Documents/Business Support review - Option A chart.pdf', overwrite: false }));
    expect(s().exporting!.phase).toBe('running');
    await vi.advanceTimersByTimeAsync(200);
    expect(s().exporting!.job!.progress).toBe(0.5);
    api.exportStatus.mockResolvedValue(status('done', 1, ['/home/amy/Documents/x.pdf']));
    await vi.advanceTimersByTimeAsync(200);
    expect(s().exporting).toMatchObject({ phase: 'done', saved: ['/home/amy/Documents/x.pdf'] });
    const polls = api.exportStatus.mock.calls.length;
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.exportStatus.mock.calls.length).toBe(polls);
  });

  it('is cancelled by Cancel, which closes the dialog once nothing is running', async () => {
    const { s, api } = setup();
    s().openExport();
    await s().startExport();
    s().cancelOrClose();
    expect(api.cancelExport).toHaveBeenCalledWith({ jobId: 'j1' });
    expect(s().exporting!.phase).toBe('cancelling');
    api.exportStatus.mockResolvedValue(status('cancelled'));
    await vi.advanceTimersByTimeAsync(200);
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
  ])('stops polling and is cancelled when %s', async (_what, close) => {
    const st = setup();
    const { s, api } = st;
    s().openExport();
    await s().startExport();
    await vi.advanceTimersByTimeAsync(200);
    close(st);
    expect(s().exporting).toBeNull();
    expect(s().dialog.kind).not.toBe('export');
    expect(api.cancelExport).toHaveBeenCalledWith({ jobId: 'j1' });
    const polls = api.exportStatus.mock.calls.length;
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.exportStatus.mock.calls.length).toBe(polls);
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
    const { s, api } = setup();
    s().openExport();
    api.startExport.mockRejectedValueOnce(new ApiError('file-not-found', 'The folder "/nowhere" does not exist. Choose another place to save.'));
    await s().startExport();
    expect(s().exporting!.error).toEqual({ message: 'The folder "/nowhere" does not exist. Choose another place to save.', field: 'path' });
    api.exportStatus.mockResolvedValueOnce(status('failed'));
    await s().startExport();
    await vi.advanceTimersByTimeAsync(200);
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
