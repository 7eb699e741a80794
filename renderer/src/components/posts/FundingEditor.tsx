// Who pays for the post: one or more funding sources with percentages adding up to 100.
import { useEffect, useId, useState } from 'react';
import type { FundingShare, FundingSource, Post } from '../../../../shared/model/types';

interface Props {
  posts: Post[];
  sources: FundingSource[];
  onCommit(funding: FundingShare[]): void;
}

interface Line {
  sourceId: string;
  percent: string;
}

function toLines(funding: FundingShare[]): Line[] {
  return funding.map((f) => ({ sourceId: f.sourceId, percent: String(f.shareBp / 100) }));
}

export function FundingEditor({ posts, sources, onCommit }: Props) {
  const headingId = useId();
  const key = JSON.stringify(posts[0]!.funding);
  const mixed = posts.some((p) => JSON.stringify(p.funding) !== key);
  const [lines, setLines] = useState<Line[]>(mixed ? [] : toLines(posts[0]!.funding));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setLines(mixed ? [] : toLines(posts[0]!.funding));
    setError(null);
  }, [key, mixed, posts]);

  const commit = (next: Line[]) => {
    setLines(next);
    const shares: FundingShare[] = [];
    for (const l of next) {
      const pct = Number(l.percent);
      if (!l.sourceId) return setError('Choose a funding source for each line.');
      if (l.percent.trim() === '' || Number.isNaN(pct) || pct <= 0 || pct > 100) return setError('Each share is a percentage between 0 and 100.');
      const bp = Math.round(pct * 100);
      if (Math.abs(bp - pct * 100) > 1e-6) return setError('Shares can have at most two decimal places.');
      shares.push({ sourceId: l.sourceId, shareBp: bp });
    }
    if (new Set(shares.map((s) => s.sourceId)).size !== shares.length) return setError('Each funding source can appear only once.');
    const total = shares.reduce((t, s) => t + s.shareBp, 0);
    if (shares.length > 0 && total !== 10_000) return setError(`The shares add up to ${total / 100}%; they must add up to 100%.`);
    setError(null);
    onCommit(shares);
  };

  const unused = sources.find((s) => !lines.some((l) => l.sourceId === s.id));
  return (
    <fieldset className="fieldset" aria-labelledby={headingId}>
      <legend id={headingId} className="field-label">
        Funding
      </legend>
      {mixed && <p className="muted small">The selected posts are funded differently. Setting funding here changes all of them.</p>}
      {lines.map((l, i) => (
        <div key={i} className="funding-row">
          <select
            className="input"
            aria-label={`Funding source ${i + 1}`}
            value={l.sourceId}
            onChange={(e) => commit(lines.map((x, j) => (j === i ? { ...x, sourceId: e.target.value } : x)))}
          >
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.endDate ? ` (ends ${s.endDate})` : ''}
              </option>
            ))}
          </select>
          <input
            className="input input-pct"
            aria-label={`Share of funding source ${i + 1}, percent`}
            inputMode="decimal"
            value={l.percent}
            onChange={(e) => setLines(lines.map((x, j) => (j === i ? { ...x, percent: e.target.value } : x)))}
            onBlur={() => commit(lines)}
            onKeyDown={(e) => e.key === 'Enter' && commit(lines)}
          />
          <span aria-hidden="true">%</span>
          <button type="button" className="btn btn-quiet" aria-label={`Remove funding source ${i + 1}`} onClick={() => commit(lines.filter((_, j) => j !== i))}>
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
            const next = [...lines, { sourceId: unused.id, percent: lines.length === 0 ? '100' : '0' }];
            if (lines.length === 0) commit(next);
            else setLines(next);
          }}
        >
          + Add funding source
        </button>
      )}
    </fieldset>
  );
}
