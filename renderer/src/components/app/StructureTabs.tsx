import { useState } from 'react';
import { actions, useApp } from '../../store';
import { CompareTab } from '../compare/CompareTab';

const STATUS_LABEL = { draft: 'Draft', consultation: 'For consultation', implementation: 'For implementation' } as const;

export function StructureTabs() {
  const structures = useApp((s) => s.doc!.structures);
  const activeId = useApp((s) => (s.view === 'structure' ? s.activeStructureId : null));
  const setActive = useApp((s) => s.setActiveStructure);
  const createProposal = useApp((s) => s.createProposal);
  const [creating, setCreating] = useState(false);
  const current = structures.find((s) => s.kind === 'current');

  const newProposal = async () => {
    if (!current || creating) return;
    setCreating(true);
    const taken = new Set(structures.map((s) => s.name.toLowerCase()));
    let n = structures.filter((s) => s.kind === 'proposal').length + 1;
    while (taken.has(`proposal ${n}`)) n++;
    await createProposal(`Proposal ${n}`, current.id);
    setCreating(false);
  };

  return (
    <nav className="structure-tabs" aria-label="Structures">
      <div role="tablist" aria-label="Structures" className="tabs">
        {structures.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === activeId}
            className={s.id === activeId ? 'tab tab-active' : 'tab'}
            onClick={() => {
              actions().closeCompare();
              void setActive(s.id);
            }}
          >
            <span>{s.name}</span>
            {s.kind === 'proposal' && <span className="tab-status">{STATUS_LABEL[s.status]}</span>}
          </button>
        ))}
        <CompareTab />
      </div>
      <button type="button" className="btn btn-quiet" onClick={() => void newProposal()} disabled={creating || !current}>
        + New proposal from Current
      </button>
    </nav>
  );
}
