import { useApp } from '../../store';
import { DeletePostsDialog } from '../posts/DeletePostsDialog';
import { DeleteStructureDialog } from '../structures/DeleteStructureDialog';
import { RenameStructureDialog } from '../structures/RenameStructureDialog';
import { ImportDialog } from '../import/ImportDialog';
import { CheckDialog } from './CheckDialog';
import { ExportDialog } from '../export/ExportDialog';
import { ErrorDialog } from './ErrorDialog';
import { PathDialog } from './PathDialog';
import { TakeOverDialog } from './TakeOverDialog';
import { UpgradeDialog } from './UpgradeDialog';
import { SettingsDialog } from '../settings/SettingsDialog';

export function Dialogs() {
  const dialog = useApp((s) => s.dialog);
  switch (dialog.kind) {
    case 'none':
      return null;
    case 'path':
      return <PathDialog purpose={dialog.purpose} sample={dialog.sample ?? false} />;
    case 'delete-posts':
      return <DeletePostsDialog postIds={dialog.postIds} />;
    case 'error':
      return <ErrorDialog title={dialog.title} message={dialog.message} recoverPath={dialog.recoverPath} />;
    case 'upgrade':
      return <UpgradeDialog path={dialog.path} message={dialog.message} backup={dialog.backup} />;
    case 'take-over':
      return <TakeOverDialog path={dialog.path} message={dialog.message} />;
    case 'check':
      return <CheckDialog />;
    case 'rename-structure':
      return <RenameStructureDialog structureId={dialog.structureId} />;
    case 'delete-structure':
      return <DeleteStructureDialog structureId={dialog.structureId} />;
    case 'export':
      return <ExportDialog />;
    case 'settings':
      return <SettingsDialog />;
    case 'import':
      return <ImportDialog initialPath={dialog.path} />;
  }
}
