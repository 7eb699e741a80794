import { useRef, useState, type KeyboardEvent } from 'react';
import { formatDate, parseUkDate, ukShortDate } from '../../../../shared/model/dates';
import type { StructureStatus } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import './structureTabs.css';
import { CompareTab } from '../compare/CompareTab';
import { STATUS_LABEL } from '../../../../shared/model/structureStatus';


export function StructureTabs() {
  const structures = useApp((s) => s.doc!.structures);
  const activeId = useApp((s) => s.activeStructureId);
  const comparing = useApp((s) => s.view === 'compare');
  const createProposal = useApp((s) => s.createProposal);
  const mainView = useApp((s) => s.mainView);
  const [creating, setCreating] = useState(false);
  const [dateError, setDateError] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const current = structures.find((s) => s.kind === 'current');
  const active = structures.find((s) => s.id === activeId);

  const newProposal = async () => {
    if (!current || creating) return;
    setCreating(true);
    const taken = new Set(structures.map((s) => s.name.toLowerCase()));
    let n = structures.filter((s) => s.kind === 'proposal').length + 1;
    while (taken.has(`proposal ${n}`)) n++;
    await createProposal(`Proposal ${n}`, current.id);
    setCreating(false);
  };

  // Arrow keys move between tabs, as in any tab list.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = structures[(index + step + structures.length) % structures.length]!;
    actions().closeCompare();
    actions().openStructure(next.id);
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[structures.indexOf(next)]?.focus();
  };

  return (
    <nav className="structure-tabs" aria-label="Structures">
      <div role="tablist" aria-label="Structures" className="tabs" ref={listRef}>
        {structures.map((s, i) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === activeId && !comparing}
            tabIndex={s.id === activeId && !comparing ? 0 : -1}
            className={s.id === activeId && !comparing ? 'tab tab-active' : 'tab'}
            onClick={() => {
              actions().closeCompare();
              actions().openStructure(s.id);
            }}
            onDoubleClick={() => actions().openDialog({ kind: 'rename-structure', structureId: s.id })}
            onKeyDown={(e) => onTabKey(e, i)}
            title={`${s.name}${s.kind === 'proposal' ? ` (${STATUS_LABEL[s.status]})` : ''}. Double-click to rename`}
          >
            <span className="tab-name">{s.name}</span>
            {s.kind === 'proposal' && <span className="tab-status">{STATUS_LABEL[s.status]}</span>}
          </button>
        ))}
        <CompareTab />
      </div>
      <button
        type="button"
        className="btn btn-quiet structure-new"
        onClick={() => void newProposal()}
        disabled={creating || !current}
        aria-label="New proposal from Current"
        title="A new proposal starting as a copy of Current"
      >
        + New proposal
      </button>
      <div className="structure-actions" role="group" aria-label={active ? `${active.name}` : 'Structure'}>
        {/* While comparing, the two structures compared (not the last one open) are named in the comparison itself. */}
        {active && !comparing && (
          <>
            <button type="button" className="btn btn-quiet" onClick={() => actions().openDialog({ kind: 'rename-structure', structureId: active.id })}>
              Rename…
            </button>
            <button type="button" className="btn btn-quiet" onClick={() => void actions().duplicateStructure(active.id)}>
              Duplicate
            </button>
            {active.kind === 'proposal' && (
              <>
                <button type="button" className="btn btn-quiet btn-danger-quiet" onClick={() => actions().openDialog({ kind: 'delete-structure', structureId: active.id })}>
                  Delete…
                </button>
                <label className="structure-status">
                  <span className="sr-only">Status of {active.name}</span>
                  <select
                    className="input input-compact"
                    value={active.status}
                    onChange={(e) => void actions().setStructureStatus(active.id, e.target.value as StructureStatus)}
                  >
                    {Object.entries(STATUS_LABEL).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="structure-date">
                  <span className="small muted">From</span>
                  <input
                    key={`${active.id}-${active.implementationDate ?? ''}`}
                    className="input input-compact input-date"
                    defaultValue={active.implementationDate ? ukShortDate(active.implementationDate) : ''}
                    placeholder="DD/MM/YYYY"
                    title={active.implementationDate ? `Takes effect on ${formatDate(active.implementationDate)}` : 'The date this proposal takes effect'}
                    aria-label={`Implementation date of ${active.name}`}
                    aria-invalid={dateError ? true : undefined}
                    onChange={() => setDateError(false)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') e.currentTarget.blur();
                    }}
                    onBlur={(e) => {
                      const text = e.target.value.trim();
                      const v = text === '' ? null : parseUkDate(text);
                      if (text !== '' && v === null) {
                        setDateError(true);
                        actions().notify('error', `"${text}" is not a date. Type it as 1/10/2026 or 1 October 2026.`);
                        return;
                      }
                      if (v !== active.implementationDate) void actions().setImplementationDate(active.id, v);
                    }}
                  />
                </label>
              </>
            )}
          </>
        )}
      </div>
      <div className="view-switch" role="group" aria-label="View">
        <button type="button" className="btn btn-seg" aria-pressed={mainView === 'chart'} onClick={() => actions().setMainView('chart')}>
          Chart
        </button>
        <button type="button" className="btn btn-seg" aria-pressed={mainView === 'table'} onClick={() => actions().setMainView('table')}>
          Table
        </button>
      </div>
    </nav>
  );
}
