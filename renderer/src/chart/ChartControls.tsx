// Zoom controls over the chart. They sit beside the tree, not in it, so the tree holds only posts.
import { useStore, type ReactFlowState } from '@xyflow/react';
import type { Id } from '../../../shared/model/types';
import { actions, useApp } from '../store';

const zoomPercent = (s: ReactFlowState) => Math.round(s.transform[2] * 100);

export function ChartControls({ structureId }: { structureId: Id }) {
  const zoom = useStore(zoomPercent);
  const showMinimap = useApp((s) => s.showMinimap);
  const a = actions();
  return (
    <div className="chart-controls" role="toolbar" aria-label="Zoom">
      <button type="button" className="chart-control" onClick={() => a.zoomChart(structureId, 1.2)} aria-label="Zoom in" title="Zoom in (Ctrl + scroll)">
        +
      </button>
      <span className="chart-zoom" aria-live="off" title="Zoom">
        {zoom}%
      </span>
      <button type="button" className="chart-control" onClick={() => a.zoomChart(structureId, 1 / 1.2)} aria-label="Zoom out" title="Zoom out (Ctrl + scroll)">
        −
      </button>
      <button type="button" className="chart-control chart-control-wide" onClick={() => a.fitChart(structureId)} title="Show the whole chart">
        Fit
      </button>
      <button type="button" className="chart-control chart-control-wide" onClick={() => a.zoomToBranch(structureId)} title="Zoom to the selected post and everything below it">
        Zoom to branch
      </button>
      <button type="button" className="chart-control chart-control-wide" aria-pressed={showMinimap} onClick={() => a.setShowMinimap(!showMinimap)} title="Show or hide the overview">
        Overview
      </button>
    </div>
  );
}
