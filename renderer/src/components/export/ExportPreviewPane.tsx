// The first page of the export as it will come out, refreshed as the choices change, with the
// number of pages (or files) it will make.
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

export function ExportPreviewPane({ preview, format }: { preview: ExportState['preview']; format: ExportFormat }) {
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
        {status === 'loading' && (
          <p className="export-preview-loading" role="status">
            <span className="export-spinner" aria-hidden="true" /> {value ? 'Updating the preview…' : 'Preparing the preview…'}
          </p>
        )}
      </div>
      {status !== 'error' && value && (
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
