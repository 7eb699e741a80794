import { formatPoundsPence, parsePounds, poundsForEditing } from '../../../../shared/model/money';
import { actions, useApp } from '../../store';
import { CheckField, SelectField, TextField } from '../common/fields';
import { PERCENT_ERROR, parsePercent, percentText } from './rates';

export function GeneralSettings() {
  const settings = useApp((s) => s.doc!.settings);
  const a = actions();
  return (
    <div>
      <TextField label="Document name" value={settings.name} validate={(t) => (t.trim() ? null : 'The document needs a name.')} onCommit={(t) => void a.updateSettings({ name: t.trim() })} />
      <TextField label="Pay year" value={settings.payYear} hint="The year the grade table's salaries belong to, such as 2025/26." onCommit={(t) => void a.updateSettings({ payYear: t.trim() })} />
      <SelectField
        label="Cost vacancies at"
        value={settings.vacancyCosting}
        options={[
          { value: 'bottom', label: 'The bottom of their grade' },
          { value: 'middle', label: 'The middle of their grade' },
          { value: 'top', label: 'The top of their grade' },
        ]}
        onChange={(v) => v && void a.updateSettings({ vacancyCosting: v })}
        hint="Used for vacant posts without a pay point. A filled post without one is costed at the top of its grade."
      />
      <h3 className="settings-heading">Employer National Insurance</h3>
      <div className="field-row">
        <TextField label="Rate (%)" value={percentText(settings.niRateBp)} inputMode="decimal" validate={(t) => (parsePercent(t) === null ? PERCENT_ERROR : null)} onCommit={(t) => void a.updateSettings({ niRateBp: parsePercent(t)! })} />
        <TextField
          label="Secondary threshold (£ a year, per person)"
          value={poundsForEditing(settings.niThresholdPence)}
          inputMode="decimal"
          validate={(t) => (parsePounds(t) === null ? 'Enter an amount in pounds, such as 5,000.' : null)}
          onCommit={(t) => void a.updateSettings({ niThresholdPence: parsePounds(t)! })}
        />
        <TextField
          label="Upper secondary threshold, under 21 and apprentices under 25 (£ a year, per person)"
          value={poundsForEditing(settings.niUpperThresholdPence)}
          inputMode="decimal"
          validate={(t) => (parsePounds(t) === null ? 'Enter an amount in pounds, such as 50,270.' : null)}
          onCommit={(t) => void a.updateSettings({ niUpperThresholdPence: parsePounds(t)! })}
        />
      </div>
      <p className="field-hint">
        2025/26: 15% above {formatPoundsPence(500_000)} a year. 2024/25: 13.8% above {formatPoundsPence(910_000)}. Employees under 21 and apprentices under 25: 0% up to{' '}
        {formatPoundsPence(5_027_000)} (both years), then the main rate.
      </p>
      <h3 className="settings-heading">Apprenticeship levy</h3>
      <CheckField label="Include the apprenticeship levy in costs" checked={settings.levyEnabled} onChange={(v) => void a.updateSettings({ levyEnabled: v })} />
      {settings.levyEnabled && (
        <TextField label="Levy rate (% of pay)" value={percentText(settings.levyRateBp)} inputMode="decimal" validate={(t) => (parsePercent(t) === null ? PERCENT_ERROR : null)} onCommit={(t) => void a.updateSettings({ levyRateBp: parsePercent(t)! })} />
      )}
    </div>
  );
}
