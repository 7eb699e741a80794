// Before an older document is upgraded: what upgrading does, the copy of the file as it is now that
// it keeps (and where), and the choice of opening it for reading only, which changes nothing.
import { actions } from '../../store';
import { Dialog } from '../common/Dialog';

export function UpgradeDialog({ path, message, backup }: { path: string; message: string; backup: string }) {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  const a = actions();
  const close = () => a.closeDialog();
  const open = (how: 'upgrade' | 'read-only') => {
    close();
    void a.openDocument(path, undefined, how);
  };
  const copyName = backup.split(/[\\/]/).pop() ?? backup;
  return (
    <Dialog
      title="Upgrade this document?"
      onClose={close}
      actions={
        <>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="button" className="btn" onClick={() => open('read-only')}>
            Open for reading only
          </button>
          <button type="button" className="btn btn-primary" onClick={() => open('upgrade')} autoFocus>
            Upgrade and open
          </button>
        </>
      }
    >
      {backup ? (
        <>
          <p>
            <strong>{fileName}</strong> was saved by an earlier version of Establish. To edit it, Establish upgrades it to this version’s file
            format, first keeping a copy of it as it is now in the same folder:
          </p>
          <p>
            <code>{copyName}</code>
          </p>
          <p className="small muted">Earlier versions of Establish cannot open the upgraded file. Opening it for reading only changes nothing.</p>
        </>
      ) : (
        <p>{message}</p>
      )}
    </Dialog>
  );
}
