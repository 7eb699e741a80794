import { ChartWorkspace } from '../../chart/ChartWorkspace';
import { useApp } from '../../store';
import { ComparePanel } from '../compare/ComparePanel';
import { Inspector } from '../posts/Inspector';
import { PostTable } from '../posts/PostTable';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { MAIN_ID, SkipLink } from './SkipLink';
import { StructureTabs } from './StructureTabs';
import { TopBar } from './TopBar';

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
            <Inspector />
          </>
        )}
      </div>
    </div>
  );
}
