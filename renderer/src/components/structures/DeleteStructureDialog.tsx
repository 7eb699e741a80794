// Deleting a proposal, after saying what goes with it. It can be undone.
import type { Id } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import { Dialog } from '../common/Dialog';

export function DeleteStructureDialog({ structureId }: { structureId: Id }) {
  const structure = useApp((s) => s.doc?.structures.find((x) => x.id === structureId));
  const count = useApp((s) => {
    const posts = s.structures[structureId]?.posts;
    return posts ? Object.keys(posts).length : null;
  });
  const close = () => actions().closeDialog();
  if (!structure) return null;
  const confirm = async () => {
    close();
    await actions().deleteStructure(structureId);
  };
  return (
    <Dialog
      title={`Delete “${structure.name}”?`}
      onClose={close}
      actions={
        <>
          <button type="button" className="btn" onClick={close} autoFocus>
            Cancel
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void confirm()}>
            Delete proposal
          </button>
        </>
      }
    >
      <p>
        The proposal{count !== null ? ` and its ${count} post${count === 1 ? '' : 's'}` : ''} will be removed from the document. Current and the other proposals
        are not affected.
      </p>
      <p className="muted small">You can undo this.</p>
    </Dialog>
  );
}
