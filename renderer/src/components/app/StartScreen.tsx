import { useEffect, useState } from 'react';
import type { RecentFile } from '../../../../shared/api/contract';
import { useApp } from '../../store';

export function StartScreen() {
  const api = useApp((s) => s.api);
  const chooseAndCreate = useApp((s) => s.chooseAndCreate);
  const chooseAndOpen = useApp((s) => s.chooseAndOpen);
  const openDocument = useApp((s) => s.openDocument);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  useEffect(() => {
    void api.listRecent().then(setRecent, () => setRecent([]));
  }, [api]);
  return (
    <main className="start">
      <div className="start-card">
        <h1 className="start-title">Establish</h1>
        <p className="start-lede">Design a staffing structure, compare it with today's, and see what it costs to the penny.</p>
        <div className="start-actions">
          <button type="button" className="btn btn-primary" onClick={() => void chooseAndCreate(false)}>
            New document…
          </button>
          <button type="button" className="btn" onClick={() => void chooseAndCreate(true)}>
            New from the sample…
          </button>
          <button type="button" className="btn" onClick={() => void chooseAndOpen()}>
            Open…
          </button>
        </div>
        <section aria-labelledby="recent-heading" className="start-recent">
          <h2 id="recent-heading">Recent documents</h2>
          {recent.length === 0 ? (
            <p className="muted">Documents you open will be listed here.</p>
          ) : (
            <ul>
              {recent.map((r) => (
                <li key={r.path}>
                  <button type="button" className="link" onClick={() => void openDocument(r.path)} title={r.path}>
                    {r.fileName}
                  </button>
                  <span className="muted small"> {r.path}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <p className="muted small">
          Each document is one file on this computer. Every change is saved as you make it, and can be undone.
        </p>
      </div>
    </main>
  );
}
