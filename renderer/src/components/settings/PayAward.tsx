import { useId, useState } from 'react';
import { actions, useApp } from '../../store';

/** A pay award raises every point of every grade by the same percentage, in one undoable step. */
export function PayAward() {
  const payYear = useApp((s) => s.doc!.settings.payYear);
  const [uplift, setUplift] = useState('');
  const [year, setYear] = useState('');
  const [rounding, setRounding] = useState<'pound' | 'penny'>('pound');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const apply = async () => {
    const t = uplift.trim().replace(/%$/, '');
    if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return setError('Enter the award as a percentage, such as 3.2.');
    const bp = Math.round(Number(t) * 100);
    if (bp < -5_000 || bp > 5_000) return setError('An award is between -50% and 50%.');
    setError(null);
    const ok = await actions().applyPayAward({ upliftBp: bp, rounding, ...(year.trim() ? { payYear: year.trim() } : {}) });
    if (ok) {
      setUplift('');
      setYear('');
      actions().notify('success', `Applied a ${bp / 100}% pay award to every pay point.`);
    }
  };
  return (
    <fieldset className="fieldset pay-award">
      <legend className="field-label">Apply a pay award (grades are {payYear})</legend>
      <div className="pay-award-row">
        <label htmlFor={`${id}-uplift`}>Award (%)</label>
        <input id={`${id}-uplift`} className="input input-pct" inputMode="decimal" value={uplift} onChange={(e) => setUplift(e.target.value)} aria-invalid={error ? true : undefined} />
        <label htmlFor={`${id}-year`}>New pay year</label>
        <input id={`${id}-year`} className="input pay-award-year" value={year} placeholder="e.g. 2026/27" onChange={(e) => setYear(e.target.value)} />
        <label htmlFor={`${id}-round`}>Round to</label>
        <select id={`${id}-round`} className="input pay-award-round" value={rounding} onChange={(e) => setRounding(e.target.value as 'pound' | 'penny')}>
          <option value="pound">whole pounds</option>
          <option value="penny">the penny</option>
        </select>
        <button type="button" className="btn" onClick={() => void apply()} disabled={!uplift.trim()}>
          Apply award
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="field-hint">The NJC 2025/26 award was 3.2% on every point, rounded to whole pounds.</p>
    </fieldset>
  );
}
