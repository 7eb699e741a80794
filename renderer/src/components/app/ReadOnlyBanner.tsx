import { actions, useApp } from '../../store';

/**
 * Says, above everything, that the document is open for reading only and why; a damaged one can be
 * saved as a recovered copy, and one in an earlier file format upgraded (after asking again).
 */
export function ReadOnlyBanner() {
  const readOnly = useApp((s) => s.doc?.access?.readOnly ?? null);
  const path = useApp((s) => s.doc?.path ?? null);
  if (!readOnly) return null;
  return (
    <div className={`readonly-banner readonly-${readOnly.reason}`} role="alert">
      <strong>Read only.</strong> <span>{readOnly.message}</span>
      {readOnly.reason === 'damaged' && (
        <button type="button" className="btn" onClick={() => void actions().saveRecoveredCopy()}>
          Save a recovered copy
        </button>
      )}
      {readOnly.reason === 'older-format' && path && (
        <button type="button" className="btn" onClick={() => void actions().reopenToUpgrade(path)}>
          Upgrade to edit…
        </button>
      )}
    </div>
  );
}
