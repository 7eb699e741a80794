// File > Import: choose the file, check the column mapping and where the posts go, watch the file
// being read and checked (cancellable), read the preview and the validation report, then accept
// or cancel. Nothing is written to the document until Accept.
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { ImportJobStatus } from '../../../../shared/api/jobs';
import type { ImportInspection } from '../../../../shared/import/api';
import type { ColumnMapping, FormatChoice, ImportTarget, SalaryBasis, SourceRef } from '../../../../shared/import/types';
import { followJob } from '../../api/jobs';
import { actions, useApp } from '../../store';
import { Dialog } from '../common/Dialog';
import './ImportDialog.css';
import { ImportMapping, type TargetChoice } from './ImportMapping';
import { ImportPreviewView } from './ImportPreview';

type Step = 'file' | 'mapping' | 'running' | 'preview';

function sourceOf(f: { path: string; sheet: string | null } | null): SourceRef | null {
  return f ? { path: f.path, ...(f.sheet ? { sheet: f.sheet } : {}) } : null;
}

export function ImportDialog({ initialPath }: { initialPath: string | null }) {
  const api = useApp((s) => s.api);
  const structures = useApp((s) => s.doc!.structures);
  const [step, setStep] = useState<Step>('file');
  const [path, setPath] = useState(initialPath ?? '');
  const [juniorPath, setJuniorPath] = useState('');
  const [format, setFormat] = useState<FormatChoice>('auto');
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [juniorMapping, setJuniorMapping] = useState<ColumnMapping>({});
  const [salary, setSalary] = useState<SalaryBasis>('full-time');
  const [target, setTarget] = useState<TargetChoice | null>(null);
  const [status, setStatus] = useState<ImportJobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const jobRef = useRef<string | null>(null);
  const pathId = useId();
  const juniorId = useId();
  const formatId = useId();

  const inspect = async (p: string, junior: string | null | undefined, fmt: FormatChoice) => {
    setWorking(true);
    setError(null);
    try {
      const r = await api.inspectImport({
        source: { path: p.trim() },
        ...(junior === undefined ? {} : { junior: junior ? { path: junior.trim() } : null }),
        format: fmt,
      });
      setInspection(r);
      setMapping(r.main.mapping);
      setJuniorMapping(r.junior?.mapping ?? {});
      setJuniorPath(r.junior?.path ?? '');
      const current = structures.find((s) => s.kind === 'current');
      setTarget((t) => t ?? defaultTarget(current?.id ?? null, structures.length));
      setStep('mapping');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setWorking(false);
    }
  };

  const defaultTarget = (currentId: string | null, count: number): TargetChoice => {
    const taken = new Set(structures.map((s) => s.name.toLowerCase()));
    let name = 'Imported structure';
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `Imported structure ${i}`;
    // A fresh document's empty Current is where a first import belongs.
    return currentId && count === 1 ? { kind: 'structure', structureId: currentId, name } : { kind: 'new-proposal', structureId: currentId ?? '', name };
  };

  useEffect(() => {
    if (initialPath) void inspect(initialPath, undefined, 'auto');
    // The first inspection only: later ones follow the user's changes.
  }, []);

  // Follows the job's pushed progress while it runs.
  useEffect(() => {
    if (step !== 'running' || !status) return;
    return followJob<ImportJobStatus>(
      api,
      status.jobId,
      (st) => {
        setStatus(st);
        if (st.state === 'ready') setStep('preview');
        else if (st.state === 'failed') {
          setError(st.error?.message ?? 'The import failed. The document was not changed.');
          setStep('mapping');
        } else if (st.state === 'cancelled') setStep('mapping');
      },
      (err) => setError(err instanceof Error ? err.message : String(err)),
    );
  }, [api, step, status?.jobId]);

  const start = async () => {
    if (!inspection || !target) return;
    setError(null);
    const t: ImportTarget = target.kind === 'new-proposal' ? { kind: 'new-proposal', name: target.name.trim() } : { kind: 'structure', structureId: target.structureId };
    try {
      const { jobId } = await api.startImport({
        source: sourceOf(inspection.main)!,
        junior: sourceOf(inspection.junior),
        format: inspection.format,
        mapping,
        juniorMapping: inspection.junior ? juniorMapping : null,
        target: t,
        options: { salary },
      });
      jobRef.current = jobId;
      setStatus({ jobId, kind: 'import', state: 'running', stage: 'Starting', progress: 0, preview: null, error: null });
      setStep('running');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };

  const cancelJob = async () => {
    const id = jobRef.current;
    jobRef.current = null;
    if (id) await api.cancelJob({ jobId: id }).catch(() => undefined);
  };

  const close = () => {
    void cancelJob();
    actions().closeDialog();
  };

  const accept = async () => {
    const id = jobRef.current;
    if (!id) return;
    setWorking(true);
    const result = await actions().acceptImport(id);
    setWorking(false);
    if (result) {
      jobRef.current = null;
      actions().closeDialog();
    }
  };

  const missingRequired =
    !!inspection &&
    (inspection.main.fields.some((f) => f.required && typeof mapping[f.key] !== 'number') ||
      (inspection.junior?.fields.some((f) => f.required && typeof juniorMapping[f.key] !== 'number') ?? false));
  const title = step === 'preview' ? 'Import: preview and validation report' : 'Import a structure';
  const buttons =
    step === 'file' ? (
      <>
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
        <button type="submit" form={`${pathId}-form`} className="btn btn-primary" disabled={!path.trim() || working}>
          {working ? 'Reading…' : 'Next'}
        </button>
      </>
    ) : step === 'mapping' ? (
      <>
        <button type="button" className="btn" onClick={() => setStep('file')}>
          Back
        </button>
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void start()}
          disabled={!target || (target.kind === 'new-proposal' && !target.name.trim()) || missingRequired}
        >
          Check and preview
        </button>
      </>
    ) : step === 'running' ? (
      <button
        type="button"
        className="btn"
        onClick={() => {
          void cancelJob();
          setStep('mapping');
        }}
      >
        Cancel
      </button>
    ) : (
      <>
        <button
          type="button"
          className="btn"
          onClick={() => {
            void cancelJob();
            setStep('mapping');
          }}
        >
          Back
        </button>
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void accept()} disabled={working || (status?.preview?.summary.posts ?? 0) === 0}>
          {working ? 'Importing…' : 'Accept and import'}
        </button>
      </>
    );

  return (
    <Dialog title={title} onClose={close} wide actions={buttons}>
      <div className="import-dialog">
        {error && (
          <p className="import-error" role="alert">
            {error}
          </p>
        )}
        {step === 'file' && (
          <form
            id={`${pathId}-form`}
            onSubmit={(e) => {
              e.preventDefault();
              void inspect(path, juniorPath.trim() ? juniorPath : undefined, format);
            }}
          >
            <p className="muted">
              A CSV or XLSX file: an export from the HR or payroll system (one row per post or per person), or a published UK government organogram.
            </p>
            <label htmlFor={pathId} className="field-label">
              File path
            </label>
            <input
              id={pathId}
              className="input input-wide"
              value={path}
              onChange={(e) => setPath(e.target.value)}
              placeholder="/home/me/Documents/establishment.csv"
              autoFocus
              spellCheck={false}
            />
            <label htmlFor={juniorId} className="field-label">
              Junior staff file (organograms only, optional)
            </label>
            <input
              id={juniorId}
              className="input input-wide"
              value={juniorPath}
              onChange={(e) => setJuniorPath(e.target.value)}
              placeholder="Found beside the senior file when it is named the same way"
              spellCheck={false}
            />
            <label htmlFor={formatId} className="field-label">
              Layout
            </label>
            <select id={formatId} className="input" value={format} onChange={(e) => setFormat(e.target.value as FormatChoice)}>
              <option value="auto">Work it out from the column headings</option>
              <option value="generic">HR or payroll export</option>
              <option value="organogram">UK government organogram</option>
            </select>
          </form>
        )}
        {step === 'mapping' && inspection && target && (
          <ImportMapping
            inspection={inspection}
            mapping={mapping}
            juniorMapping={juniorMapping}
            onMapping={setMapping}
            onJuniorMapping={setJuniorMapping}
            target={target}
            onTarget={setTarget}
            onRemoveJunior={() => void inspect(inspection.main.path, null, inspection.format)}
            salary={salary}
            onSalary={setSalary}
          />
        )}
        {step === 'running' && status && (
          <div className="import-progress">
            <label htmlFor={`${pathId}-progress`}>{status.stage}…</label>
            <progress id={`${pathId}-progress`} max={1} value={status.progress} aria-valuetext={`${Math.round(status.progress * 100)}%`} />
            <p className="muted small">Nothing is written to the document until you accept the preview.</p>
          </div>
        )}
        {step === 'preview' && status?.preview && <ImportPreviewView preview={status.preview} />}
      </div>
    </Dialog>
  );
}
