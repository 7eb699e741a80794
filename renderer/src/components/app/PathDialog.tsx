// Where there is no native file dialog (the app in a browser), the user types the file's path.
import { useEffect, useId, useState } from 'react';
import type { RecentFile } from '../../../../shared/api/contract';
import { actions, useApp } from '../../store';
import { Dialog } from '../common/Dialog';

const TITLES = { open: 'Open a document', new: 'Create a new document', 'save-copy': 'Save a copy' } as const;
const ACTION = { open: 'Open', new: 'Create', 'save-copy': 'Save copy' } as const;

export function PathDialog({ purpose, sample }: { purpose: 'open' | 'new' | 'save-copy'; sample: boolean }) {
  const api = useApp((s) => s.api);
  const [path, setPath] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  useEffect(() => {
    if (purpose === 'open') void api.listRecent().then(setRecent, () => undefined);
  }, [api, purpose]);

  const close = () => actions().closeDialog();
  const submit = async () => {
    const p = path.trim();
    if (!p || working) return;
    setWorking(true);
    setError(null);
    const a = actions();
    const withExt = purpose !== 'open' && !/\.establish$/i.test(p) ? `${p}.establish` : p;
    const ok =
      purpose === 'open'
        ? await a.openDocument(withExt, setError)
        : purpose === 'new'
          ? await a.createDocument(withExt, sample, overwrite, setError)
          : await a.saveCopy(withExt, setError);
    setWorking(false);
    if (ok) close();
  };

  return (
    <Dialog
      title={sample && purpose === 'new' ? 'Create a document from the sample' : TITLES[purpose]}
      onClose={close}
      actions={
        <>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" form={`${inputId}-form`} className="btn btn-primary" disabled={!path.trim() || working}>
            {ACTION[purpose]}
          </button>
        </>
      }
    >
      <form
        id={`${inputId}-form`}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={inputId} className="field-label">
          File path
        </label>
        <input
          id={inputId}
          className="input input-wide"
          value={path}
          onChange={(e) => {
            setPath(e.target.value);
            setError(null);
          }}
          aria-invalid={error ? true : undefined}
          placeholder={purpose === 'open' ? '/home/me/Documents/Restructure.establish' : '/home/me/Documents/New restructure.establish'}
          aria-describedby={error ? `${hintId}-error` : hintId}
          autoFocus
          spellCheck={false}
        />
        {error && (
          <p id={`${hintId}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <p id={hintId} className="muted small">
          The full path of the file on this computer. Documents end in “.establish”.
        </p>
        {purpose === 'new' && (
          <label className="check">
            <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} /> Replace the file if it already exists
          </label>
        )}
      </form>
      {recent.length > 0 && (
        <section aria-label="Recent documents" className="path-recent">
          <h3 className="small">Recent</h3>
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" className="link" onClick={() => setPath(r.path)}>
                  {r.path}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
