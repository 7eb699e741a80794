import { Inspector } from '../posts/Inspector';
import { PostTable } from '../posts/PostTable';
import { StructureTabs } from './StructureTabs';
import { TopBar } from './TopBar';

export function Workspace() {
  return (
    <div className="workspace">
      <TopBar />
      <StructureTabs />
      <div className="workspace-body">
        <main className="workspace-main" aria-label="Posts">
          <PostTable />
        </main>
        <Inspector />
      </div>
    </div>
  );
}
