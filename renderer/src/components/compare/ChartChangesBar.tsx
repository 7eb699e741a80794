// Above a chart compared with another structure: whether to show change statuses and ghosts of
// deleted posts, and the key to the statuses: short (labels only) or in full, as the user chose,
// and left to itself in full only where the window is tall enough to spare the room.
import { actions, useApp } from '../../store';
import { TALL_WINDOW_PX, usePanelOpen, useWindowSize } from '../common/SidePanel';
import { ChangeLegend } from './ChangeLegend';
import { ChangesWorking } from './ChangesWorking';
import { selectChangesWorking, selectHasChanges, useChangeBaseline } from './chartStatus';
import './chartStatus.css';

export function ChartChangesBar() {
  const activeId = useApp((s) => s.activeStructureId);
  useChangeBaseline(activeId);
  const shows = useApp((s) => (s.activeStructureId ? selectHasChanges(s, s.activeStructureId) : false) || (s.splitView && s.splitProposalId !== null));
  const isProposal = useApp((s) => s.doc?.structures.find((x) => x.id === s.activeStructureId)?.kind === 'proposal' || s.splitView);
  const working = useApp((s) => (s.activeStructureId ? selectChangesWorking(s, s.activeStructureId) : false) || (s.splitView && s.splitProposalId !== null && selectChangesWorking(s, s.splitProposalId)));
  const chartChanges = useApp((s) => s.chartChanges);
  const showGhosts = useApp((s) => s.showGhosts);
  const { height } = useWindowSize();
  const full = usePanelOpen('key', height >= TALL_WINDOW_PX);
  if (!isProposal) return null;
  const keyShown = shows && chartChanges;
  return (
    <div className="chart-changes" role="group" aria-label="Changes on the chart">
      <label className="check" title="Mark each post's change from Current">
        <input type="checkbox" checked={chartChanges} onChange={(e) => actions().setChartChanges(e.target.checked)} /> Mark changes
      </label>
      <label className="check" title="Show deleted posts, faded, where they were">
        <input type="checkbox" checked={showGhosts} disabled={!chartChanges} onChange={(e) => actions().setShowGhosts(e.target.checked)} /> Show deleted posts
      </label>
      <ChangesWorking working={working} />
      {keyShown && <ChangeLegend ghosts={showGhosts} short={!full} />}
      {keyShown && (
        <button
          type="button"
          className="btn btn-quiet chart-key-toggle"
          aria-expanded={full}
          aria-label={full ? 'Show the key to the chart in short' : 'Show the key to the chart in full'}
          title={full ? 'Key in short: labels only' : 'Key in full: what each label means'}
          onClick={() => actions().setPanel('key', full ? 'closed' : 'open')}
        >
          {full ? 'Less' : 'More'}
        </button>
      )}
    </div>
  );
}
