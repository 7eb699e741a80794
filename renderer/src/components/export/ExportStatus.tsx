// How the export is going: progress while it writes, then what was saved, that it was cancelled,
// or what went wrong; and the offer to replace a file that already exists.
import { actions } from '../../store';
import { baseName, folderOf } from '../../store/exportOptions';
import type { ExportState } from '../../store/exportSlice';

function savedText(files: string[]): string {
  const first = files[0] ?? '';
  const folder = folderOf(first);
  if (files.length === 1) return `Saved “${baseName(first)}” in ${folder}.`;
  return `Saved ${files.length.toLocaleString('en-GB')} files in ${folder}: “${baseName(first)}” to “${baseName(files[files.length - 1]!)}”.`;
}

export function ExportStatus({ e }: { e: ExportState }) {
  const { phase, job } = e;
  if (phase === 'starting' || phase === 'running' || phase === 'cancelling') {
    const pct = Math.round((job?.progress ?? 0) * 100);
    // Until the first page is drawn there is nothing to measure: the bar shows activity instead.
    const known = !!job && job.progress > 0;
    return (
      <div className="export-progress">
        <progress
          max={1}
          {...(known ? { value: job.progress } : {})}
          aria-label="Export progress"
          aria-valuetext={known ? `${pct}%` : undefined}
        />
        <p className="export-progress-stage" role="status">
          {phase === 'cancelling' ? 'Cancelling…' : known ? `${job.stage} · ${pct}%` : 'Preparing the export…'}
        </p>
      </div>
    );
  }
  if (e.exists) {
    return (
      <div className="export-message export-message-warning" role="alert">
        <p>
          “{baseName(e.exists)}” already exists in {folderOf(e.exists)}.
        </p>
        <p className="export-message-actions">
          <button type="button" className="btn btn-danger" onClick={() => void actions().startExport(true)}>
            Replace it
          </button>
          <span className="small muted">or change the name above.</span>
        </p>
      </div>
    );
  }
  if (e.error && e.error.field === null) {
    return (
      <div className="export-message export-message-error" role="alert">
        {e.error.message}
      </div>
    );
  }
  if (phase === 'done') {
    return (
      <div className="export-message export-message-success" role="status">
        {savedText(e.saved)}
      </div>
    );
  }
  if (phase === 'cancelled') {
    return (
      <div className="export-message" role="status">
        Export cancelled. Nothing was saved.
      </div>
    );
  }
  return null;
}
