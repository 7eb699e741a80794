// The first page of the export as it will come out, refreshed as the choices change, with the
// number of pages (or files) it will make. A preview that takes a while (a large structure) shows
// how far it has got and can be cancelled; a cancelled one can be drawn again.
import type { ExportFormat } from '../../../../shared/api/exportSchemas';
import type { ExportState } from '../../store/exportSlice';
import { isPerPage } from '../../store/exportOptions';

/** How many pages the export makes, and what that means for the format. */
function pagesNote(pageCount: number, format: ExportFormat): { count: string; note: string } {
  const count = `${pageCount.toLocaleString('en-GB')} page${pageCount === 1 ? '' : 's'}`;
  if (format === 'xlsx') return { count, note: ' as the schedule prints; the workbook holds the same rows.' };
  if (format === 'csv') return { count, note: ' as the schedule prints; the CSV file holds the same rows as plain text.' };
  if (isPerPage(format) && pageCount > 1) return { count, note: `, saved as ${pageCount.toLocaleString('en-GB')} files, one per page.` };
  return { count, note: '' };
}

interface Props {
  preview: ExportState['preview'];
  format: ExportFormat;
  onCancel: () => void;
  onRefresh: () => void;
}

/** Progress of a slow preview, in words and as a bar, with the button that stops it. */
function SlowPreview({ job, onCancel }: { job: ExportState['preview']['job']; onCancel: () => void }) {
  const known = !!job && job.progress > 0;
  return (
    <div className="export-preview-slow" role="group" aria-label="Drawing the preview">
      <progress max={1} {...(known ? { value: job.progress } : {})} aria-label="Preview progress" />
      <p className="export-preview-stage" role="status">
        {known ? `${job.stage} · ${Math.round(job.progress * 100)}%` : 'Preparing the preview…'}
      </p>
      <button type="button" className="btn" onClick={onCancel}>
        Cancel preview
      </button>
    </div>
  );
}

export function ExportPreviewPane({ preview, format, onCancel, onRefresh }: Props) {
  const { status, value, error } = preview;
  return (
    <section className="export-preview" aria-label="Preview of the first page" aria-busy={status === 'loading'}>
      <div className={`export-preview-page${status === 'loading' ? ' is-loading' : ''}`}>
        {status === 'error' ? (
          <p className="export-preview-error" role="alert">
            {error}
          </p>
        ) : value ? (
          <img src={value.image} alt={`First page of the export: ${value.summary}`} width={value.width} height={value.height} />
        ) : (
          <span className="export-preview-placeholder" aria-hidden="true" />
        )}
        {status === 'loading' && !preview.slow && (
          <p className="export-preview-loading" role="status">
            <span className="export-spinner" aria-hidden="true" /> {value ? 'Updating the preview…' : 'Preparing the preview…'}
          </p>
        )}
        {status === 'loading' && preview.slow && <SlowPreview job={preview.job} onCancel={onCancel} />}
        {status === 'cancelled' && (
          <div className="export-preview-slow">
            <p className="export-preview-stage" role="status">
              Preview cancelled{value ? ': the page shown is from earlier choices' : ''}. The export itself is not affected.
            </p>
            <button type="button" className="btn" onClick={onRefresh}>
              Show the preview
            </button>
          </div>
        )}
      </div>
      {status === 'ready' && value && (
        <div className="export-preview-caption">
          <p className="export-preview-pages" aria-live="polite">
            <strong>{pagesNote(value.pageCount, format).count}</strong>
            {pagesNote(value.pageCount, format).note}
          </p>
          <p className="small muted">{value.summary}</p>
        </div>
      )}
    </section>
  );
}
