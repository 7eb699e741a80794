// Above a chart compared with another structure: whether to show change statuses and ghosts of
// deleted posts, and the key to the statuses.
import { actions, useApp } from '../../store';
import { ChangeLegend } from './ChangeLegend';
import { selectHasChanges, useChangeBaseline } from './chartStatus';
import './chartStatus.css';

export function ChartChangesBar() {
  const activeId = useApp((s) => s.activeStructureId);
  useChangeBaseline(activeId);
  const shows = useApp((s) => (s.activeStructureId ? selectHasChanges(s, s.activeStructureId) : false) || (s.splitView && s.splitProposalId !== null));
  const isProposal = useApp((s) => s.doc?.structures.find((x) => x.id === s.activeStructureId)?.kind === 'proposal' || s.splitView);
  const chartChanges = useApp((s) => s.chartChanges);
  const showGhosts = useApp((s) => s.showGhosts);
  if (!isProposal) return null;
  return (
    <div className="chart-changes" role="group" aria-label="Changes on the chart">
      <label className="check">
        <input type="checkbox" checked={chartChanges} onChange={(e) => actions().setChartChanges(e.target.checked)} /> Show changes from Current
      </label>
      <label className="check">
        <input type="checkbox" checked={showGhosts} disabled={!chartChanges} onChange={(e) => actions().setShowGhosts(e.target.checked)} /> Show deleted posts where they were
      </label>
      {shows && chartChanges && <ChangeLegend ghosts={showGhosts} />}
    </div>
  );
}
