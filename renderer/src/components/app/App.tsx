import { useEffect } from 'react';
import { useApp } from '../../store';
import { Dialogs } from './Dialogs';
import { Notices } from './Notices';
import { StartScreen } from './StartScreen';
import { Workspace } from './Workspace';

export function App() {
  const hasDoc = useApp((s) => s.doc !== null);
  const busy = useApp((s) => s.busy);
  const fileName = useApp((s) => s.doc?.fileName ?? null);
  useEffect(() => {
    document.title = fileName ? `${fileName} - Establish` : 'Establish';
  }, [fileName]);
  return (
    <div className="app" aria-busy={busy !== null}>
      {hasDoc ? <Workspace /> : <StartScreen />}
      <Dialogs />
      <Notices />
      {busy && (
        <div className="busy" role="status">
          {busy}
        </div>
      )}
    </div>
  );
}
