// Who holds the post. Names are personal data: kept in this file only, left out of exports unless asked.
import { useId } from 'react';
import type { EqualityProfile } from '../../../../shared/equality/profile';
import type { PersonDetails, Post } from '../../../../shared/model/types';
import { EqualityFields } from './EqualityFields';
import { PersonDetailsFields } from './PersonDetailsFields';
import { actions } from '../../store';
import { TextField } from '../common/fields';
import { fieldLabel } from '../../../../shared/model/fieldLabels';

export function PostholdersEditor({ post }: { post: Post }) {
  const headingId = useId();
  const holders = post.postholders.length ? post.postholders : [];
  const save = (next: { id?: string; name: string; fte: number | null; details?: PersonDetails; equality?: EqualityProfile }[]) => void actions().updatePosts([post.id], { postholders: next });
  const current = holders.map((h) => ({ id: h.id, name: h.name, fte: h.fte, ...(h.details ? { details: h.details } : {}), ...(h.equality ? { equality: h.equality } : {}) }));
  return (
    <fieldset className="fieldset" aria-labelledby={headingId}>
      <legend id={headingId} className="field-label">
        {fieldLabel('postholders')}
      </legend>
      {holders.length === 0 && <p className="muted small">Filled; no name recorded.</p>}
      {holders.map((h, i) => (
        <div key={h.id}>
          <div className="holder-row">
            <TextField label={`Postholder ${i + 1} name`} value={h.name} onCommit={(name) => save(current.map((x, j) => (j === i ? { ...x, name: name.trim() } : x)))} />
            <button type="button" className="btn btn-quiet" aria-label={`Remove postholder ${i + 1}`} onClick={() => save(current.filter((_, j) => j !== i))}>
              Remove
            </button>
          </div>
          <PersonDetailsFields n={i + 1} details={h.details} onChange={(details) => save(current.map((x, j) => (j === i ? { ...x, details } : x)))} />
          <EqualityFields
            n={i + 1}
            profile={h.equality}
            onChange={(equality) =>
              save(
                current.map((x, j) => {
                  if (j !== i) return x;
                  const { equality: _old, ...rest } = x;
                  return equality ? { ...rest, equality } : rest;
                }),
              )
            }
          />
        </div>
      ))}
      <button type="button" className="btn btn-quiet" onClick={() => save([...current, { name: '', fte: null }])}>
        + Add postholder{holders.length > 0 ? ' (job share)' : ''}
      </button>
      <p className="muted small">Names and details stay in this file and are left out of exports unless you ask for them.</p>
    </fieldset>
  );
}
