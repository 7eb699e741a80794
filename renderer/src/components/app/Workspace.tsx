import { ChartWorkspace } from '../../chart/ChartWorkspace';
import { useApp } from '../../store';
import { ComparePanel } from '../compare/ComparePanel';
import { Inspector } from '../posts/Inspector';
import { PostTable } from '../posts/PostTable';
import { SidePanel, usePanelOpen, useWindowSize, WIDE_WINDOW_PX } from '../common/SidePanel';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { MAIN_ID, SkipLink } from './SkipLink';
import { StructureTabs } from './StructureTabs';
import { TopBar } from './TopBar';

/** The post details, folded to a rail when nothing is selected on a window too narrow to spare it. */
function InspectorPanel() {
  const selected = useApp((s) => s.selection.length);
  const editing = useApp((s) => s.focusRequest?.target === 'inspector-title');
  const { width } = useWindowSize();
  const open = usePanelOpen('inspector', selected > 0 || width >= WIDE_WINDOW_PX);
  // Asking to edit a post (Enter on its card) opens the details even where the user folded them.
  const shown = open || editing;
  return (
    <SidePanel name="inspector" side="right" title="Post details" open={shown} badge={selected > 0 ? `${selected} selected` : undefined}>
      <Inspector />
    </SidePanel>
  );
}

export function Workspace() {
  const view = useApp((s) => s.view);
  const mainView = useApp((s) => s.mainView);
  return (
    <div className="workspace">
      <SkipLink />
      <ReadOnlyBanner />
      <TopBar />
      <StructureTabs />
      <div className="workspace-body">
        {view === 'compare' ? (
          <ComparePanel />
        ) : (
          <>
            <main id={MAIN_ID} tabIndex={-1} className={mainView === 'chart' ? 'workspace-main workspace-main-chart' : 'workspace-main'} aria-label="Posts">
              {mainView === 'chart' ? <ChartWorkspace /> : <PostTable />}
            </main>
            <InspectorPanel />
          </>
        )}
      </div>
    </div>
  );
}
