// The chart view: toolbar, palette, and one chart, or Current and a proposal side by side.
import { useApp } from '../store';
import { actions } from '../store';
import { ChartChangesBar } from '../components/compare/ChartChangesBar';
import { ChartPane } from './ChartPane';
import { ChartToolbar } from './ChartToolbar';
import { Palette } from './Palette';
import { SidePanel, usePanelOpen, useWindowSize, WIDE_WINDOW_PX } from '../components/common/SidePanel';
import './chart-workspace.css';
import { STATUS_LABEL } from '../../../shared/model/structureStatus';


function SplitPane({ structureId }: { structureId: string }) {
  const structure = useApp((s) => s.doc?.structures.find((x) => x.id === structureId));
  const active = useApp((s) => s.activeStructureId === structureId);
  if (!structure) return null;
  return (
    <section className={active ? 'chart-split-pane chart-split-active' : 'chart-split-pane'} aria-label={structure.name}>
      <header className="chart-split-head">
        <button type="button" className="link chart-split-name" onClick={() => actions().openStructure(structureId)} aria-pressed={active}>
          {structure.name}
        </button>
        <span className="muted small">{structure.kind === 'current' ? 'Current structure' : STATUS_LABEL[structure.status]}</span>
      </header>
      <div className="chart-pane">
        <ChartPane key={structureId} structureId={structureId} label={structure.name} />
      </div>
    </section>
  );
}

function PalettePanel() {
  const { width } = useWindowSize();
  const open = usePanelOpen('palette', width >= WIDE_WINDOW_PX);
  return (
    <SidePanel name="palette" side="left" title="Add a post" open={open}>
      <Palette />
    </SidePanel>
  );
}

export function ChartWorkspace() {
  const split = useApp((s) => s.splitView);
  const currentId = useApp((s) => s.doc?.structures.find((x) => x.kind === 'current')?.id ?? null);
  const proposalId = useApp((s) => s.splitProposalId);
  const activeId = useApp((s) => s.activeStructureId);
  const activeName = useApp((s) => s.doc?.structures.find((x) => x.id === s.activeStructureId)?.name ?? '');
  return (
    <div className="chart-workspace">
      <ChartToolbar />
      <ChartChangesBar />
      <div className="chart-body">
        <PalettePanel />
        {split && currentId && proposalId ? (
          <div className="chart-split-room">
            <div className="chart-split">
              <SplitPane structureId={currentId} />
              <SplitPane structureId={proposalId} />
            </div>
          </div>
        ) : activeId ? (
          <div className="chart-pane">
            <ChartPane key={activeId} structureId={activeId} label={activeName} />
          </div>
        ) : (
          <p className="chart-empty">No structure is open.</p>
        )}
      </div>
    </div>
  );
}
