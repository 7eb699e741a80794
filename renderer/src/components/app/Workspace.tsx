import { useApp } from '../../store';
import { ComparePanel } from '../compare/ComparePanel';
import { Inspector } from '../posts/Inspector';
import { PostTable } from '../posts/PostTable';
import { StructureTabs } from './StructureTabs';
import { TopBar } from './TopBar';

export function Workspace() {
  const view = useApp((s) => s.view);
  return (
    <div className="workspace">
      <TopBar />
      <StructureTabs />
      <div className="workspace-body">
        {view === 'compare' ? (
          <ComparePanel />
        ) : (
          <>
            <main className="workspace-main" aria-label="Posts">
              <PostTable />
            </main>
            <Inspector />
          </>
        )}
      </div>
    </div>
  );
}
