// A postholder's details for one-off costs if their post is at risk: age, years of continuous
// service and week's pay (for a redundancy estimate), or an amount, and the pension strain cost.
// Personal data: kept in this file, never exported unless the user asks for personal data.
import { useEffect, useRef } from 'react';
import type { PersonDetails } from '../../../../shared/model/types';
import { parsePounds, poundsForEditing } from '../../../../shared/model/money';
import { TextField } from '../common/fields';

const NONE: PersonDetails = { age: null, serviceYears: null, weeklyPayPence: null, redundancyPence: null, pensionStrainPence: null };

const yearsError = (max: number) => (t: string) => (t.trim() === '' || (/^\d+$/.test(t.trim()) && Number(t.trim()) <= max) ? null : `Enter whole years from 0 to ${max}, or leave it blank.`);
const poundsError = (t: string) => (t.trim() === '' || parsePounds(t) !== null ? null : 'Enter an amount in pounds, such as 650.00, or leave it blank.');
const years = (t: string) => (t.trim() === '' ? null : Number(t.trim()));
const pounds = (t: string) => (t.trim() === '' ? null : parsePounds(t));
const poundsText = (p: number | null) => (p === null ? '' : poundsForEditing(p));

export function PersonDetailsFields({ n, details, onChange }: { n: number; details: PersonDetails | undefined; onChange: (next: PersonDetails) => void }) {
  const d = details ?? NONE;
  // Fields committed one after another, before the first change comes back, all keep their values.
  const latest = useRef(d);
  useEffect(() => {
    latest.current = details ?? NONE;
  }, [details]);
  const set = (patch: Partial<PersonDetails>) => {
    latest.current = { ...latest.current, ...patch };
    onChange(latest.current);
  };
  const who = `Postholder ${n}`;
  return (
    <details className="person-details" open={details !== undefined}>
      <summary>Details for one-off costs (personal data)</summary>
      <div className="field-row">
        <TextField label={`${who} age`} value={d.age === null ? '' : String(d.age)} inputMode="decimal" validate={yearsError(100)} onCommit={(t) => set({ age: years(t) })} />
        <TextField
          label={`${who} years of continuous service`}
          value={d.serviceYears === null ? '' : String(d.serviceYears)}
          inputMode="decimal"
          validate={(t) => yearsError(80)(t) ?? (d.age !== null && years(t) !== null && years(t)! > d.age ? 'Years of service cannot be more than the age.' : null)}
          onCommit={(t) => set({ serviceYears: years(t) })}
        />
        <TextField label={`${who} week’s pay (£, gross)`} value={poundsText(d.weeklyPayPence)} inputMode="decimal" validate={poundsError} onCommit={(t) => set({ weeklyPayPence: pounds(t) })} />
      </div>
      <div className="field-row">
        <TextField
          label={`${who} redundancy pay (£, instead of the estimate)`}
          value={poundsText(d.redundancyPence)}
          inputMode="decimal"
          validate={poundsError}
          onCommit={(t) => set({ redundancyPence: pounds(t) })}
        />
        <TextField label={`${who} pension strain (£, from the pension fund)`} value={poundsText(d.pensionStrainPence)} inputMode="decimal" validate={poundsError} onCommit={(t) => set({ pensionStrainPence: pounds(t) })} />
      </div>
      <p className="muted small">Used only if the post is at risk. Never exported unless you ask for personal data.</p>
    </details>
  );
}
