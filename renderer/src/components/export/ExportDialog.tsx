// File > Export: what to export (a chart, a schedule or the consultation pack), how, a preview of
// the first page, and a progress bar with a cancel button while a long export is written. The
// dialog only shows the store's export state and calls its actions.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { actions, useApp } from '../../store';
import { isRunning } from '../../store/exportSlice';
import { Dialog } from '../common/Dialog';
import { ExportChoices } from './ExportChoices';
import './ExportDialog.css';
import { ExportPreviewPane } from './ExportPreviewPane';
import { ExportStatus } from './ExportStatus';

/** Enter on a check box, radio button or closed list starts the export, as it does in a text box. */
function enterSubmits(e: KeyboardEvent<HTMLFormElement>): void {
  const t = e.target as HTMLElement;
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && (t.type === 'checkbox' || t.type === 'radio'))) {
    e.preventDefault();
    e.currentTarget.requestSubmit();
  }
}

export function ExportDialog() {
  const e = useApp((s) => s.exporting);
  const doc = useApp((s) => s.doc);
  const native = useApp((s) => s.appInfo?.nativeDialogs ?? false);
  const id = useId();
  const secondary = useRef<HTMLButtonElement>(null);
  const pathInput = useRef<HTMLInputElement>(null);
  const phase = e?.phase;
  const pathError = e?.error?.field === 'path' ? e.error.message : null;

  // Keep the keyboard somewhere useful as the buttons change under it.
  useEffect(() => {
    if (phase === 'running' || phase === 'done' || phase === 'cancelled') secondary.current?.focus();
  }, [phase]);
  useEffect(() => {
    if (pathError) pathInput.current?.focus();
  }, [pathError]);

  if (!e || !doc) return null;
  const a = actions();
  const running = isRunning(e);
  const canStart = !running && e.phase !== 'choosing' && (native || e.path.trim() !== '') && e.preview.status !== 'error';
  const formId = `${id}-form`;

  return (
    <Dialog
      title="Export"
      wide
      onClose={() => a.cancelOrClose()}
      actions={
        <>
          <button ref={secondary} type="button" className="btn" onClick={() => a.cancelOrClose()}>
            {running ? (e.phase === 'cancelling' ? 'Close' : 'Cancel export') : e.phase === 'done' || e.phase === 'cancelled' ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={!canStart}>
            {running ? 'Exporting…' : native ? 'Export…' : 'Export'}
          </button>
        </>
      }
    >
      <div className="export-layout">
        <form
          id={formId}
          className="export-form"
          onKeyDown={enterSubmits}
          onSubmit={(ev) => {
            ev.preventDefault();
            if (canStart) void a.startExport();
          }}
        >
          <fieldset className="export-choices" disabled={running || e.phase === 'choosing'}>
            <ExportChoices doc={doc} options={e.options} />
            {!native && (
              <div className="export-field export-path">
                <label htmlFor={`${id}-path`} className="field-label">
                  Save as
                </label>
                <input
                  ref={pathInput}
                  id={`${id}-path`}
                  className="input input-wide"
                  value={e.path}
                  onChange={(ev) => a.setExportPath(ev.target.value)}
                  spellCheck={false}
                  aria-invalid={pathError ? true : undefined}
                  aria-describedby={pathError ? `${id}-path-error` : `${id}-path-hint`}
                />
                {pathError ? (
                  <p id={`${id}-path-error`} className="field-error" role="alert">
                    {pathError}
                  </p>
                ) : (
                  <p id={`${id}-path-hint`} className="field-hint">
                    The full path of the file on this computer; the folder must exist.
                  </p>
                )}
              </div>
            )}
          </fieldset>
          <ExportStatus e={e} />
        </form>
        <ExportPreviewPane preview={e.preview} format={e.options.format} onCancel={() => a.cancelPreview()} onRefresh={() => a.refreshPreview()} />
      </div>
    </Dialog>
  );
}
