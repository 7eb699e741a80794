import { actions, useApp } from '../../store';

export function TopBar() {
  const doc = useApp((s) => s.doc!);
  const history = doc.history;
  const a = actions();
  return (
    <header className="topbar" aria-label="Establish">
      <div className="topbar-doc">
        <span className="topbar-app">Establish</span>
        <span className="topbar-name" title={doc.path}>
          {doc.settings.name}
        </span>
        <span className="topbar-file muted small">{doc.fileName} · saved</span>
      </div>
      <div className="toolbar" role="toolbar" aria-label="Document">
        <button type="button" className="btn btn-quiet" onClick={() => void a.chooseAndCreate(false)}>
          New
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => void a.chooseAndOpen()}>
          Open
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => void a.chooseAndSaveCopy()}>
          Save a copy
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => void a.chooseAndImport()} title="Import a structure from a CSV or XLSX file (Ctrl+I)">
          Import…
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => a.openDialog({ kind: 'settings' })}>
          Settings
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => a.checkDocument()}>
          Check
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => a.openExport()} title="Export charts, schedules or the consultation pack (Ctrl+E)" aria-keyshortcuts="Control+E">
          Export…
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => void a.closeDocument()}>
          Close
        </button>
        <span className="toolbar-sep" aria-hidden="true" />
        <button
          type="button"
          className="btn btn-quiet"
          disabled={!history.canUndo}
          onClick={() => void a.undo()}
          aria-label={history.undoLabel ? `Undo ${history.undoLabel}` : 'Undo'}
          title={history.undoLabel ? `Undo ${history.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        >
          ↶ Undo
        </button>
        <button
          type="button"
          className="btn btn-quiet"
          disabled={!history.canRedo}
          onClick={() => void a.redo()}
          aria-label={history.redoLabel ? `Redo ${history.redoLabel}` : 'Redo'}
          title={history.redoLabel ? `Redo ${history.redoLabel} (Ctrl+Y)` : 'Nothing to redo'}
        >
          ↷ Redo
        </button>
      </div>
    </header>
  );
}
