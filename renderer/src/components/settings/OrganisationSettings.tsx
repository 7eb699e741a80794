import { useState } from 'react';
import { actions, useApp } from '../../store';
import { TextField } from '../common/fields';
import { PERCENT_ERROR, parsePercent, percentText } from './rates';

export function OrganisationSettings() {
  const organisations = useApp((s) => s.doc!.organisations);
  const defaultId = useApp((s) => s.doc!.settings.defaultOrganisationId);
  const [adding, setAdding] = useState(false);
  const a = actions();
  return (
    <div>
      <p className="field-hint">Each employer pays its own pension contribution rate (LGPS employers' rates differ). A post shared between councils names its employer.</p>
      <table className="settings-table">
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Employer pension (%)</th>
            <th scope="col">Default</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <td>
                <TextField hideLabel label={`Name of ${o.name}`} value={o.name} validate={(t) => (t.trim() ? null : 'An organisation needs a name.')} onCommit={(t) => void a.saveOrganisation({ id: o.id, name: t.trim(), pensionRateBp: o.pensionRateBp })} />
              </td>
              <td>
                <TextField hideLabel label={`Pension rate of ${o.name} (%)`} value={percentText(o.pensionRateBp)} inputMode="decimal" validate={(t) => (parsePercent(t) === null ? PERCENT_ERROR : null)} onCommit={(t) => void a.saveOrganisation({ id: o.id, name: o.name, pensionRateBp: parsePercent(t)! })} />
              </td>
              <td>
                <input type="radio" name="default-org" aria-label={`${o.name} is the default for new posts`} checked={o.id === defaultId} onChange={() => void a.updateSettings({ defaultOrganisationId: o.id })} />
              </td>
              <td>
                <button type="button" className="btn btn-quiet" aria-label={`Delete ${o.name}`} onClick={() => void a.deleteOrganisation(o.id)}>
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
        disabled={adding}
        onClick={async () => {
          setAdding(true);
          const taken = new Set(organisations.map((o) => o.name));
          let n = organisations.length + 1;
          while (taken.has(`Organisation ${n}`)) n++;
          await a.saveOrganisation({ name: `Organisation ${n}`, pensionRateBp: 1980 });
          setAdding(false);
        }}
      >
        + Add organisation
      </button>
    </div>
  );
}
