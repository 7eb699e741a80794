import { isIsoDate } from '../../../../shared/model/dates';
import { actions, useApp } from '../../store';
import { TextField } from '../common/fields';

export function FundingSettings() {
  const sources = useApp((s) => s.doc!.fundingSources);
  const defaultId = useApp((s) => s.doc!.settings.defaultFundingSourceId);
  const a = actions();
  return (
    <div>
      <p className="field-hint">Who pays for posts: the core budget, grants (give their end date, so posts relying on them are flagged), reserves or partners.</p>
      <table className="settings-table">
        <thead>
          <tr>
            <th scope="col">Funding source</th>
            <th scope="col">Ends on (YYYY-MM-DD)</th>
            <th scope="col">Default</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((f) => (
            <tr key={f.id}>
              <td>
                <TextField hideLabel label={`Name of ${f.name}`} value={f.name} validate={(t) => (t.trim() ? null : 'A funding source needs a name.')} onCommit={(t) => void a.saveFundingSource({ id: f.id, name: t.trim(), endDate: f.endDate })} />
              </td>
              <td>
                <TextField
                  hideLabel
                  label={`End date of ${f.name}`}
                  value={f.endDate ?? ''}
                  placeholder="Recurring"
                  validate={(t) => (t.trim() === '' || isIsoDate(t.trim()) ? null : 'Enter a date as YYYY-MM-DD, or leave it empty.')}
                  onCommit={(t) => void a.saveFundingSource({ id: f.id, name: f.name, endDate: t.trim() === '' ? null : t.trim() })}
                />
              </td>
              <td>
                <input type="radio" name="default-funding" aria-label={`${f.name} is the default for new posts`} checked={f.id === defaultId} onChange={() => void a.updateSettings({ defaultFundingSourceId: f.id })} />
              </td>
              <td>
                <button type="button" className="btn btn-quiet" aria-label={`Delete ${f.name}`} onClick={() => void a.deleteFundingSource(f.id)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="btn"
        onClick={() => {
          const taken = new Set(sources.map((s) => s.name));
          let n = sources.length + 1;
          while (taken.has(`Funding source ${n}`)) n++;
          void a.saveFundingSource({ name: `Funding source ${n}`, endDate: null });
        }}
      >
        + Add funding source
      </button>
    </div>
  );
}
