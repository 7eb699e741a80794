// How redundancy pay is estimated for the people at risk: the statutory limit on a week's pay for
// the pay year, and the council's own discretionary multiplier and week's pay basis.
import { formatPoundsPence, parsePounds, poundsForEditing } from '../../../../shared/model/money';
import { actions, useApp } from '../../store';
import { SelectField, TextField } from '../common/fields';
import { MULTIPLIER_ERROR, parseMultiplier } from './rates';

export function RedundancySettings() {
  const settings = useApp((s) => s.doc!.settings);
  const a = actions();
  return (
    <div>
      <h3 className="settings-heading">Redundancy</h3>
      <TextField
        label="Statutory limit on a week’s pay (£)"
        value={poundsForEditing(settings.redundancyWeekCapPence)}
        inputMode="decimal"
        validate={(t) => (parsePounds(t) === null ? 'Enter an amount in pounds, such as 719.' : null)}
        onCommit={(t) => void a.updateSettings({ redundancyWeekCapPence: parsePounds(t)! })}
        hint={`For the pay year's dismissals: ${formatPoundsPence(71_900)} from 6 April 2025, ${formatPoundsPence(70_000)} from 6 April 2024.`}
      />
      <TextField
        label="Discretionary multiplier of statutory weeks"
        value={String(settings.redundancyMultiplierBp / 10_000)}
        inputMode="decimal"
        validate={(t) => (parseMultiplier(t) === null ? MULTIPLIER_ERROR : null)}
        onCommit={(t) => void a.updateSettings({ redundancyMultiplierBp: parseMultiplier(t)! })}
        hint="1 for statutory redundancy pay; a council paying more under its discretionary compensation policy enters its multiplier."
      />
      <SelectField
        label="Week’s pay used"
        value={settings.redundancyWeekPay}
        options={[
          { value: 'capped', label: 'Statutory: capped at the limit above' },
          { value: 'actual', label: 'Actual week’s pay, not capped' },
        ]}
        onChange={(v) => v && void a.updateSettings({ redundancyWeekPay: v })}
        hint="Estimate per person at risk: half a week per year of service aged under 22, a week aged 22 to 40, a week and a half from 41; at most 20 years; 2 years to qualify."
      />
    </div>
  );
}
