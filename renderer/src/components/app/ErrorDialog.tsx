import { actions } from '../../store';
import { Dialog } from '../common/Dialog';

/** A file error; for a damaged file too damaged to open, the way to save what can still be read. */
export function ErrorDialog({ title, message, recoverPath }: { title: string; message: string; recoverPath?: string | undefined }) {
  const close = () => actions().closeDialog();
  return (
    <Dialog
      title={title}
      role="alertdialog"
      onClose={close}
      actions={
        <>
          {recoverPath && (
            <button type="button" className="btn" onClick={() => void actions().saveRecoveredCopy(recoverPath)}>
              Save a recovered copy
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={close} autoFocus>
            OK
          </button>
        </>
      }
    >
      <p>{message}</p>
    </Dialog>
  );
}
