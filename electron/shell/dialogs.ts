// Native file dialogs for the Electron host.
import type { BrowserWindow, Dialog } from 'electron';
import type { ChosenFile } from '../../shared/api/contract';
import type { FilePurpose } from '../../shared/api/schemas';

const FILTERS = [{ name: 'Establish documents', extensions: ['establish'] }];

const EXPORT_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  'export-pdf': { name: 'PDF document', extensions: ['pdf'] },
  'export-svg': { name: 'SVG image', extensions: ['svg'] },
  'export-png': { name: 'PNG image', extensions: ['png'] },
  'export-xlsx': { name: 'Excel workbook', extensions: ['xlsx'] },
  'export-csv': { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  'export-docx': { name: 'Word document', extensions: ['docx'] },
};

export async function chooseFile(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  win: BrowserWindow,
  purpose: FilePurpose,
  suggestedName?: string,
): Promise<ChosenFile> {
  if (purpose === 'import') {
    const r = await dialog.showOpenDialog(win, {
      title: 'Import a structure from a spreadsheet',
      filters: [
        { name: 'Spreadsheets', extensions: ['csv', 'xlsx', 'txt', 'tsv'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['openFile'],
    });
    return { supported: true, path: r.canceled ? null : (r.filePaths[0] ?? null) };
  }
  const exportFilter = EXPORT_FILTERS[purpose];
  if (exportFilter) {
    const r = await dialog.showSaveDialog(win, {
      title: 'Export',
      filters: [exportFilter],
      ...(suggestedName ? { defaultPath: suggestedName } : {}),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return { supported: true, path: r.canceled || !r.filePath ? null : r.filePath };
  }
  if (purpose === 'open') {
    const r = await dialog.showOpenDialog(win, { title: 'Open an Establish document', filters: FILTERS, properties: ['openFile'] });
    return { supported: true, path: r.canceled ? null : (r.filePaths[0] ?? null) };
  }
  const r = await dialog.showSaveDialog(win, {
    title: purpose === 'new' ? 'Create a new Establish document' : 'Save a copy of this document',
    filters: FILTERS,
    defaultPath: suggestedName ?? 'Restructure.establish',
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return { supported: true, path: r.canceled || !r.filePath ? null : r.filePath };
}
