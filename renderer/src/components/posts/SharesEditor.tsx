// Parts of a whole in percent, one line per choice, adding up to 100: how a post's cost is split
// between funding sources, or a shared post's between organisations.
import { useEffect, useId, useState } from 'react';
import { parseSharePercent, sharesProblem } from '../../../../shared/edits/shares';

export interface Share {
  id: string;
  shareBp: number;
}

interface Props {
  legend: string;
  /** Said when there are no lines. */
  emptyText: string;
  addLabel: string;
  /** What each line chooses between. */
  options: { id: string; label: string }[];
  /** The choice a first split starts with (the employing organisation, say). */
  startWith?: string | undefined;
  /** The first line added takes the whole (100%) rather than splitting 50:50 with a second. */
  startWhole?: boolean;
  /** Undefined when the selected posts differ. */
  shares: Share[] | undefined;
  onCommit(shares: Share[]): void;
}

interface Line {
  id: string;
  percent: string;
}

export function SharesEditor({ legend, emptyText, addLabel, options, shares, onCommit, startWith, startWhole = false }: Props) {
  const headingId = useId();
  const key = JSON.stringify(shares ?? null);
  const toLines = () => (shares ?? []).map((s) => ({ id: s.id, percent: String(s.shareBp / 100) }));
  const [lines, setLines] = useState<Line[]>(toLines);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setLines(toLines());
    setError(null);
    // `key` stands for `shares`.
  }, [key]);

  const commit = (next: Line[]) => {
    setLines(next);
    const out: Share[] = [];
    for (const l of next) {
      const parsed = parseSharePercent(l.percent);
      if ('error' in parsed) return setError(parsed.error);
      out.push({ id: l.id, shareBp: parsed.bp });
    }
    const problem = sharesProblem(out);
    if (problem) return setError(problem);
    setError(null);
    onCommit(out);
  };
  const unused = options.find((o) => !lines.some((l) => l.id === o.id));
  const nameOf = (id: string) => options.find((o) => o.id === id)?.label ?? 'Not in the document';

  return (
    <fieldset className="fieldset" aria-labelledby={headingId}>
      <legend id={headingId} className="field-label">
        {legend}
      </legend>
      {shares === undefined && <p className="muted small">The selected posts differ. Setting this changes all of them.</p>}
      {lines.length === 0 && shares !== undefined && <p className="muted small">{emptyText}</p>}
      {lines.map((l, i) => (
        <div key={i} className="funding-row">
          <select className="input" aria-label={`${legend}: part ${i + 1}`} value={l.id} onChange={(e) => commit(lines.map((x, j) => (j === i ? { ...x, id: e.target.value } : x)))}>
            {!options.some((o) => o.id === l.id) && <option value={l.id}>{nameOf(l.id)}</option>}
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          <input
            className="input input-pct"
            aria-label={`Share of ${nameOf(l.id)}, percent`}
            inputMode="decimal"
            value={l.percent}
            onChange={(e) => setLines(lines.map((x, j) => (j === i ? { ...x, percent: e.target.value } : x)))}
            onBlur={() => commit(lines)}
            onKeyDown={(e) => e.key === 'Enter' && commit(lines)}
          />
          <span aria-hidden="true">%</span>
          <button type="button" className="btn btn-quiet" aria-label={`Remove ${nameOf(l.id)}`} onClick={() => commit(lines.filter((_, j) => j !== i))}>
            Remove
          </button>
        </div>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {unused && (
        <button
          type="button"
          className="btn btn-quiet"
          onClick={() => {
            if (lines.length === 0 && startWhole) commit([{ id: (options.find((o) => o.id === startWith) ?? unused).id, percent: '100' }]);
            // A first split starts at 50:50 between the employer and a partner.
            else if (lines.length === 0 && options.length > 1) {
              const first = options.find((o) => o.id === startWith) ?? options[0]!;
              const second = options.find((o) => o.id !== first.id)!;
              commit([
                { id: first.id, percent: '50' },
                { id: second.id, percent: '50' },
              ]);
            } else setLines([...lines, { id: unused.id, percent: '0' }]);
          }}
        >
          {addLabel}
        </button>
      )}
    </fieldset>
  );
}
