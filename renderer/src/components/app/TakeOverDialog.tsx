// A document another window of Establish holds, perhaps one closed without letting it go: the
// message says whether and when it frees by itself; "Take it over" opens it here now.
import { actions } from '../../store';
import { Dialog } from '../common/Dialog';

export function TakeOverDialog({ path, message }: { path: string; message: string }) {
  const a = actions();
  const close = () => a.closeDialog();
  return (
    <Dialog
      title="Document already open"
      onClose={close}
      actions={
        <>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            autoFocus
            onClick={() => {
              close();
              void a.openDocument(path, undefined, 'take-over');
            }}
          >
            Take it over
          </button>
        </>
      }
    >
      <p role="alert">{message}</p>
    </Dialog>
  );
}
