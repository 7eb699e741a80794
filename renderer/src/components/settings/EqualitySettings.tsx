// The characteristics the equality profile records about each postholder, and their categories:
// the document's own, editable (the defaults are age band, sex, ethnicity, disability and working
// pattern). Each change is stored (and undoable) as soon as it is made.
import { equalityOf, NOT_RECORDED, type EqualityCharacteristic } from '../../../../shared/equality/profile';
import { actions, useApp } from '../../store';
import { TextField } from '../common/fields';

const lines = (t: string) =>
  t
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

function categoriesError(t: string): string | null {
  const c = lines(t);
  if (c.length === 0) return 'Enter at least one category, one a line.';
  if (c.length > 30) return 'Enter at most 30 categories.';
  if (new Set(c.map((x) => x.toLowerCase())).size !== c.length) return 'A category appears twice.';
  if (c.some((x) => x.toLowerCase() === NOT_RECORDED.toLowerCase())) return `"${NOT_RECORDED}" is kept for people with no answer; leave it out.`;
  if (c.some((x) => x.length > 80)) return 'A category is at most 80 characters.';
  return null;
}

export function EqualitySettings() {
  const settings = useApp((s) => s.doc!.settings);
  const list = equalityOf(settings);
  const save = (next: EqualityCharacteristic[]) => void actions().updateSettings({ equality: next });
  const change = (i: number, patch: Partial<EqualityCharacteristic>) => save(list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div className="equality-settings">
      <p className="field-hint">
        What the equality profile records about each postholder (in the inspector), for the equality impact assessment. Compare &gt; People sets the people at risk against the whole
        workforce; groups of fewer than 5 people are never shown, and the profile is exported only when you choose it.
      </p>
      {list.map((c, i) => (
        <fieldset key={c.id} className="fieldset" aria-label={`Characteristic ${i + 1}`}>
          <div className="field-row">
            <TextField
              label={`Characteristic ${i + 1} name`}
              value={c.name}
              validate={(t) => (!t.trim() ? 'Enter a name.' : list.some((x, j) => j !== i && x.name.toLowerCase() === t.trim().toLowerCase()) ? 'Another characteristic has that name.' : t.trim().length > 60 ? 'At most 60 characters.' : null)}
              onCommit={(t) => change(i, { name: t.trim() })}
            />
            <button type="button" className="btn btn-quiet" aria-label={`Remove characteristic ${c.name}`} onClick={() => save(list.filter((_, j) => j !== i))}>
              Remove
            </button>
          </div>
          <TextField label={`Categories of ${c.name}, one a line`} multiline value={c.categories.join('\n')} validate={categoriesError} onCommit={(t) => change(i, { categories: lines(t) })} />
        </fieldset>
      ))}
      <button
        type="button"
        className="btn btn-quiet"
        disabled={list.length >= 20}
        onClick={() => {
          let n = list.length + 1;
          while (list.some((c) => c.id === `c${n}` || c.name.toLowerCase() === `characteristic ${n}`)) n++;
          save([...list, { id: `c${n}`, name: `Characteristic ${n}`, categories: ['Yes', 'No'] }]);
        }}
      >
        + Add characteristic
      </button>
    </div>
  );
}
