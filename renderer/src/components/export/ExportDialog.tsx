// File > Export: what to export (a chart, a schedule or the consultation pack), how, a preview of
// the first page, and a progress bar with a cancel button while a long export is written.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExportJobStatus, ExportPreview, ExportRequestInput } from '../../../../shared/api/exportSchemas';
import { actions, useApp } from '../../store';
import { activeStructure } from '../../store/selectors';
import { Dialog } from '../common/Dialog';
import './ExportDialog.css';

type What = 'chart' | 'staffing' | 'changes' | 'pack';
const FORMATS: Record<What, { value: ExportRequestInput['format']; label: string }[]> = {
  chart: [
    { value: 'pdf', label: 'PDF (print)' },
    { value: 'png', label: 'PNG image (for Word or slides)' },
    { value: 'svg', label: 'SVG (vector image)' },
    { value: 'docx', label: 'Word document' },
  ],
  staffing: [
    { value: 'xlsx', label: 'Excel workbook' },
    { value: 'csv', label: 'CSV' },
    { value: 'pdf', label: 'PDF (print)' },
    { value: 'docx', label: 'Word document' },
  ],
  changes: [
    { value: 'xlsx', label: 'Excel workbook' },
    { value: 'csv', label: 'CSV' },
    { value: 'pdf', label: 'PDF (print)' },
    { value: 'docx', label: 'Word document' },
  ],
  pack: [
    { value: 'pdf', label: 'PDF (print)' },
    { value: 'docx', label: 'Word document (appendix)' },
  ],
};

function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'Export';
}

export function ExportDialog() {
  const api = useApp((s) => s.api);
  const doc = useApp((s) => s.doc!);
  const active = useApp(activeStructure);
  const native = useApp((s) => s.appInfo?.nativeDialogs ?? false);
  const structures = doc.structures;
  const current = structures.find((s) => s.kind === 'current') ?? structures[0];
  const proposals = structures.filter((s) => s.id !== current?.id);
  const [what, setWhat] = useState<What>('chart');
  const [structureId, setStructureId] = useState(active?.id ?? current?.id ?? '');
  const [fromId, setFromId] = useState(current?.id ?? '');
  const [toId, setToId] = useState(proposals[0]?.id ?? '');
  const [format, setFormat] = useState<ExportRequestInput['format']>('pdf');
  const [paper, setPaper] = useState<'A4' | 'A3'>('A4');
  const [orientation, setOrientation] = useState<'portrait' | 'landscape'>('landscape');
  const [names, setNames] = useState(false);
  const [costs, setCosts] = useState(false);
  const [monochrome, setMonochrome] = useState(false);
  const [dpi, setDpi] = useState(150);
  const [path, setPath] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [job, setJob] = useState<ExportJobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const polling = useRef<number | null>(null);
  const ids = { what: useId(), structure: useId(), from: useId(), to: useId(), format: useId(), dpi: useId(), path: useId() };

  useEffect(() => {
    if (!FORMATS[what].some((f) => f.value === format)) setFormat(FORMATS[what][0]!.value);
  }, [what, format]);

  const request = useMemo((): ExportRequestInput | null => {
    const common = { format, paper, orientation, names, costs, monochrome, dpi };
    if (what === 'pack') return fromId && toId && fromId !== toId ? { kind: 'pack', fromId, toId, ...common } : null;
    if (!structureId) return null;
    if (what === 'chart') return { kind: 'chart', structureId, ...common };
    const base = structures.find((s) => s.id === structureId);
    const compareWithId = base?.kind === 'current' ? null : (base?.basedOnId ?? current?.id ?? null);
    if (what === 'changes') return compareWithId ? { kind: 'schedule', schedule: 'changes', structureId, compareWithId, ...common } : null;
    return { kind: 'schedule', schedule: 'staffing', structureId, ...common };
  }, [what, structureId, fromId, toId, format, paper, orientation, names, costs, monochrome, dpi, structures, current]);

  useEffect(() => {
    if (!request) {
      setPreview(null);
      setPreviewError(what === 'changes' ? 'Choose a proposal: the changes schedule compares it with the structure it came from.' : 'Choose two different structures.');
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      api.previewExport({ request }).then(
        (p) => live && (setPreview(p), setPreviewError(null)),
        (e: Error) => live && (setPreview(null), setPreviewError(e.message)),
      );
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, request, what]);

  useEffect(() => () => {
    if (polling.current) window.clearInterval(polling.current);
  }, []);

  const subject = structures.find((s) => s.id === (what === 'pack' ? toId : structureId));
  const suggested = `${safeName(`${doc.settings.name} - ${what === 'pack' ? 'consultation pack' : `${subject?.name ?? ''} ${what === 'chart' ? 'chart' : `${what} schedule`}`}`)}.${format}`;
  const running = job?.state === 'running';

  const start = async () => {
    if (!request || running) return;
    setError(null);
    let dest = path.trim();
    if (native) {
      const chosen = await api.chooseFile({ purpose: `export-${format}`, suggestedName: suggested });
      if (!chosen.path) return;
      dest = chosen.path;
    }
    if (!dest) return;
    try {
      const { jobId } = await api.startExport({ request, path: dest, overwrite: native || overwrite });
      setJob({ jobId, state: 'running', progress: 0, stage: 'Starting', files: [], error: null });
      polling.current = window.setInterval(() => {
        api.exportStatus({ jobId }).then((st) => {
          setJob(st);
          if (st.state === 'running') return;
          if (polling.current) window.clearInterval(polling.current);
          polling.current = null;
          if (st.state === 'done') {
            actions().notify('success', st.files.length > 1 ? `Exported ${st.files.length} files, starting ${st.files[0]}.` : `Exported ${st.files[0]}.`);
            actions().closeDialog();
          } else if (st.state === 'failed') setError(st.error);
        }, (e: Error) => setError(e.message));
      }, 200);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const cancel = () => {
    if (running && job) void api.cancelExport({ jobId: job.jobId });
    else actions().closeDialog();
  };

  const formats = FORMATS[what];
  const isChartish = what === 'chart' || what === 'pack' || format === 'pdf' || format === 'docx';
  return (
    <Dialog
      title="Export"
      wide
      onClose={cancel}
      actions={
        <>
          <button type="button" className="btn" onClick={cancel}>
            {running ? 'Cancel export' : 'Cancel'}
          </button>
          <button type="submit" form={`${ids.what}-form`} className="btn btn-primary" disabled={!request || running || (!native && !path.trim())}>
            {native ? 'Export…' : 'Export'}
          </button>
        </>
      }
    >
      <div className="export-dialog">
        <form
          id={`${ids.what}-form`}
          className="export-form"
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <label htmlFor={ids.what} className="field-label">What to export</label>
          <select id={ids.what} className="input" value={what} onChange={(e) => setWhat(e.target.value as What)} disabled={running}>
            <option value="chart">Structure chart</option>
            <option value="staffing">Costed staffing schedule</option>
            <option value="changes">Changes schedule (a proposal against its baseline)</option>
            <option value="pack" disabled={structures.length < 2}>Consultation pack (charts, schedules, cost summary)</option>
          </select>
          {what === 'pack' ? (
            <>
              <label htmlFor={ids.from} className="field-label">Current structure</label>
              <select id={ids.from} className="input" value={fromId} onChange={(e) => setFromId(e.target.value)} disabled={running}>
                {structures.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
              <label htmlFor={ids.to} className="field-label">Proposed structure</label>
              <select id={ids.to} className="input" value={toId} onChange={(e) => setToId(e.target.value)} disabled={running}>
                {structures.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
            </>
          ) : (
            <>
              <label htmlFor={ids.structure} className="field-label">Structure</label>
              <select id={ids.structure} className="input" value={structureId} onChange={(e) => setStructureId(e.target.value)} disabled={running}>
                {structures.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </select>
            </>
          )}
          <label htmlFor={ids.format} className="field-label">Format</label>
          <select id={ids.format} className="input" value={format} onChange={(e) => setFormat(e.target.value as ExportRequestInput['format'])} disabled={running}>
            {formats.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
          </select>
          {isChartish && (
            <>
              <fieldset disabled={running}>
                <legend>Paper</legend>
                <label className="check"><input type="radio" name="paper" checked={paper === 'A4'} onChange={() => setPaper('A4')} /> A4</label>
                <label className="check"><input type="radio" name="paper" checked={paper === 'A3'} onChange={() => setPaper('A3')} /> A3</label>
              </fieldset>
              <fieldset disabled={running}>
                <legend>Orientation</legend>
                <label className="check"><input type="radio" name="orientation" checked={orientation === 'landscape'} onChange={() => setOrientation('landscape')} /> Landscape</label>
                <label className="check"><input type="radio" name="orientation" checked={orientation === 'portrait'} onChange={() => setOrientation('portrait')} /> Portrait</label>
              </fieldset>
            </>
          )}
          <fieldset disabled={running}>
            <legend>Include</legend>
            <label className="check"><input type="checkbox" checked={names} onChange={(e) => setNames(e.target.checked)} /> Postholder names (personal data)</label>
            {isChartish && <label className="check"><input type="checkbox" checked={costs} onChange={(e) => setCosts(e.target.checked)} /> Cost on each card</label>}
            {isChartish && <label className="check"><input type="checkbox" checked={monochrome} onChange={(e) => setMonochrome(e.target.checked)} /> Black and white</label>}
          </fieldset>
          {format === 'png' && (
            <>
              <label htmlFor={ids.dpi} className="field-label">Resolution</label>
              <select id={ids.dpi} className="input" value={dpi} onChange={(e) => setDpi(Number(e.target.value))} disabled={running}>
                <option value={96}>96 dpi (screen)</option>
                <option value={150}>150 dpi (documents)</option>
                <option value={300}>300 dpi (print)</option>
              </select>
            </>
          )}
          {!native && (
            <>
              <label htmlFor={ids.path} className="field-label">Save to (full path)</label>
              <input id={ids.path} className="input input-wide" value={path} onChange={(e) => setPath(e.target.value)} placeholder={`/home/me/Documents/${suggested}`} spellCheck={false} disabled={running} />
              <label className="check"><input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} disabled={running} /> Replace the file if it already exists</label>
            </>
          )}
          {error && <p className="error-text" role="alert">{error}</p>}
          {job && (
            <div className="export-progress" role="status">
              <progress max={1} value={job.progress} aria-label="Export progress" />
              <span className="small">{job.stage}</span>
            </div>
          )}
        </form>
        <figure className="export-preview" aria-label="Preview of the first page">
          {preview ? <img src={preview.image} alt={`First page: ${preview.summary}`} /> : <p className="muted small">{previewError ?? 'Preparing the preview…'}</p>}
          {preview && <figcaption className="export-preview-note small muted">{preview.summary}</figcaption>}
        </figure>
      </div>
    </Dialog>
  );
}
