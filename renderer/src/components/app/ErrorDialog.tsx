import { actions } from '../../store';
import { Dialog } from '../common/Dialog';

export function ErrorDialog({ title, message }: { title: string; message: string }) {
  const close = () => actions().closeDialog();
  return (
    <Dialog
      title={title}
      role="alertdialog"
      onClose={close}
      actions={
        <button type="button" className="btn btn-primary" onClick={close} autoFocus>
          OK
        </button>
      }
    >
      <p>{message}</p>
    </Dialog>
  );
}
