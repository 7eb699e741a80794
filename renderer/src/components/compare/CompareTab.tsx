// The "Compare" tab beside the structure tabs: opens the comparison of the proposal in front of
// the user with Current.
import { actions, useApp } from '../../store';
import './compare.css';

export function CompareTab() {
  const view = useApp((s) => s.view);
  const canCompare = useApp((s) => (s.doc?.structures.length ?? 0) > 1);
  const selected = view === 'compare';
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      className={selected ? 'tab tab-active tab-compare' : 'tab tab-compare'}
      disabled={!canCompare}
      title={canCompare ? 'Compare two structures: what changes, what it costs, who is at risk' : 'Add a proposal to compare it with Current'}
      onClick={() => void actions().openCompare()}
    >
      Compare
    </button>
  );
}
