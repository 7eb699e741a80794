import { useEffect, useState } from 'react';
import type { CheckReport } from '../../../../shared/model/validate';
import { actions, useApp } from '../../store';
import { Dialog } from '../common/Dialog';

export function CheckDialog() {
  const api = useApp((s) => s.api);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.checkDocument().then(setReport, (e: Error) => setError(e.message));
  }, [api]);
  const close = () => actions().closeDialog();
  return (
    <Dialog
      title="Check document"
      onClose={close}
      wide
      actions={
        <button type="button" className="btn btn-primary" onClick={close} autoFocus>
          Close
        </button>
      }
    >
      {error && <p role="alert">{error}</p>}
      {!report && !error && <p role="status">Checking…</p>}
      {report && (
        <div role="status">
          <p>File integrity: {report.integrity.join('; ')}</p>
          {report.issues.length === 0 ? (
            <p>No problems found.</p>
          ) : (
            <ul className="issue-list">
              {report.issues.map((i, n) => (
                <li key={n} className={`issue issue-${i.severity}`}>
                  <strong>{i.severity === 'error' ? 'Error' : 'Warning'}:</strong> {i.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Dialog>
  );
}
