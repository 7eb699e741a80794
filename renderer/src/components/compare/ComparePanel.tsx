// The comparison of two structures: which two, when the change takes effect, and the changes
// table or the cost summary.
import { MAIN_ID } from '../app/SkipLink';
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Structure } from '../../../../shared/model/types';
import { formatDate, parseUkDate as parseDate, ukShortDate as ukDate } from '../../../../shared/model/dates';
import { actions, useApp } from '../../store';
import { comparison, comparisonWorking } from '../../store/compareSelectors';
import type { CompareTab } from '../../store/compareSlice';
import { TextField } from '../common/fields';
import { ChangesTable } from './ChangesTable';
import { CostSummary } from './CostSummary';
import { PeopleView } from './PeopleView';
import { OptionsView } from './OptionsView';
import { SuggestedMatches } from './SuggestedMatches';
import { TraceDialog } from './TraceDialog';
import './compare.css';
import { STATUS_LABEL } from '../../../../shared/model/structureStatus';

const TABS: { id: CompareTab; label: string }[] = [
  { id: 'changes', label: 'Changes' },
  { id: 'people', label: 'People' },
  { id: 'costs', label: 'Cost summary' },
  { id: 'options', label: 'Options' },
];

export function ComparePanel() {
  const structures = useApp((s) => s.doc!.structures);
  const state = useApp((s) => s.compare);
  const trace = useApp((s) => s.trace);
  const result = useApp(comparison);
  const working = useApp(comparisonWorking);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const valid = structures.some((s) => s.id === state.fromId) && structures.some((s) => s.id === state.toId);
  useEffect(() => {
    // A structure compared was deleted, or another document opened: choose again.
    if (!valid) void actions().openCompare();
  }, [valid]);
  const to = structures.find((s) => s.id === state.toId);

  const onTabKey = (e: KeyboardEvent, i: number) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const next = (i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    actions().setCompare({ tab: TABS[next]!.id });
    tabRefs.current[next]?.focus();
  };

  return (
    <main id={MAIN_ID} tabIndex={-1} className="compare" aria-label="Compare structures">
      <div className="compare-head">
        <div className="compare-pick" hidden={state.tab === 'options'}>
          <StructurePick label="Before" value={state.fromId} structures={structures} onPick={(id) => actions().setCompare({ fromId: id })} />
          <span aria-hidden="true" className="compare-arrow">
            →
          </span>
          <StructurePick label="After" value={state.toId} structures={structures} onPick={(id) => actions().setCompare({ toId: id })} />
          {to && (
            <div className="compare-date">
              <TextField
                label="Takes effect on"
                value={to.implementationDate ? ukDate(to.implementationDate) : ''}
                placeholder="DD/MM/YYYY"
                hint={to.implementationDate ? formatDate(to.implementationDate) : 'No date yet: needed for the effect by financial year.'}
                validate={(t) => (t.trim() === '' || parseDate(t) ? null : 'Enter a date such as 1/4/2026 or 1 April 2026.')}
                onCommit={(t) => void actions().setImplementationDate(to.id, t.trim() === '' ? null : parseDate(t))}
              />
            </div>
          )}
        </div>
        <div role="tablist" aria-label="Comparison views" className="compare-tabs">
          {TABS.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`compare-tab-${t.id}`}
              aria-selected={state.tab === t.id}
              aria-controls="compare-view"
              tabIndex={state.tab === t.id ? 0 : -1}
              className={state.tab === t.id ? 'tab tab-active' : 'tab'}
              onClick={() => actions().setCompare({ tab: t.id })}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      <div id="compare-view" role="tabpanel" aria-labelledby={`compare-tab-${state.tab}`} className="compare-body">
        {state.tab === 'options' ? (
          <OptionsView />
        ) : !result ? (
          <p className="empty" role="status">
            {working ? 'Working out the changes…' : 'Loading…'}
          </p>
        ) : state.fromId === state.toId ? (
          <p className="empty">Choose two different structures to compare.</p>
        ) : state.tab === 'changes' ? (
          <>
            <SuggestedMatches summary={result.summary} />
            <ChangesTable summary={result.summary} />
          </>
        ) : state.tab === 'people' ? (
          <PeopleView summary={result.summary} />
        ) : (
          <CostSummary summary={result.summary} />
        )}
      </div>
      {trace && result && <TraceDialog summary={result.summary} request={trace} />}
    </main>
  );
}


/** "For consultation, takes effect 1 October 2026": what a structure is and when, said under its picker. */
function standing(s: Structure): string {
  if (s.kind === 'current') return 'The structure as it is';
  return `${STATUS_LABEL[s.status]}, ${s.implementationDate ? `takes effect ${formatDate(s.implementationDate)}` : 'no date set'}`;
}

function StructurePick(props: { label: string; value: string | null; structures: readonly Structure[]; onPick(id: string): void }) {
  const picked = props.structures.find((s) => s.id === props.value);
  const id = useId();
  return (
    <label>
      <span className="field-label">{props.label}</span>
      <select className="input" value={props.value ?? ''} onChange={(e) => props.onPick(e.target.value)} aria-describedby={picked ? id : undefined}>
        {props.structures.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {picked && (
        <span id={id} className="compare-standing small muted">
          {standing(picked)}
        </span>
      )}
    </label>
  );
}
