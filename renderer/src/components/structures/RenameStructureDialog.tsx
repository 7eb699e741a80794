// Renaming a structure. The document refuses a name another structure already has, and says so.
import { useId, useState } from 'react';
import type { Id } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import { Dialog } from '../common/Dialog';

export function RenameStructureDialog({ structureId }: { structureId: Id }) {
  const structure = useApp((s) => s.doc?.structures.find((x) => x.id === structureId));
  const [name, setName] = useState(structure?.name ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const close = () => actions().closeDialog();
  if (!structure) return null;
  const submit = async () => {
    const trimmed = name.trim();
    if (!trimmed) return setProblem('A structure needs a name.');
    if (trimmed.length > 120) return setProblem('A name can be at most 120 characters.');
    if (trimmed === structure.name) return close();
    if (await actions().renameStructure(structureId, trimmed)) close();
  };
  return (
    <Dialog
      title={`Rename “${structure.name}”`}
      onClose={close}
      actions={
        <>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" form={`${id}-form`} className="btn btn-primary">
            Rename
          </button>
        </>
      }
    >
      <form
        id={`${id}-form`}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={id} className="field-label">
          Name
        </label>
        <input
          id={id}
          className="input"
          value={name}
          maxLength={120}
          onChange={(e) => {
            setName(e.target.value);
            setProblem(null);
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          autoFocus
        />
        {problem && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </Dialog>
  );
}
