// The posts behind a figure: each post's part, adding up to the figure. Choosing a post shows it
// in its structure.
import { useMemo } from 'react';
import type { ChangeSummary } from '../../../../shared/compare/compare';
import { traceFigure, type Measure, type TraceLine } from '../../../../shared/compare/trace';
import { formatDate } from '../../../../shared/model/dates';
import { formatPounds } from '../../../../shared/model/money';
import { actions } from '../../store';
import type { TraceRequest } from '../../store/compareSlice';
import { Dialog } from '../common/Dialog';
import { ChangeBadge } from './ChangeBadge';
import { fte, signedNumber, signedPounds } from './format';
import './compare.css';

interface Line {
  key: string;
  line: Pick<TraceLine, 'change' | 'post'>;
  amount: string;
  note?: string;
}

function valueText(measure: Measure, v: number, signed: boolean): string {
  const show = (n: number) => (measure === 'cost' ? formatPounds(n) : measure === 'fte' ? fte(n) : String(n));
  if (signed) return measure === 'cost' ? signedPounds(v) : signedNumber(v, show);
  return v < 0 ? `−${show(-v)}` : show(v);
}

/** What the last column holds, named for what it counts. */
const MEASURE_COLUMN: Record<Measure, string> = { cost: 'Cost', fte: 'FTE', posts: 'Posts', headcount: 'People' };
const SIDE_COLUMN = { before: '', after: '', change: 'Change in ', saving: 'Saving in ' } as const;

interface Built {
  lines: Line[];
  total: string;
  column: string;
  money?: boolean;
}

function build(summary: ChangeSummary, req: TraceRequest): Built {
  const ref = req.ref;
  if (ref.scope === 'people') {
    const p = summary.people;
    if (ref.which === 'at-risk') {
      const lines = p.atRiskPosts
        .filter((r) => r.outcome !== 'slot-in' && r.outcome !== 'redeployed')
        .map((r, i) => ({ key: String(i), line: { change: r.change, post: r.change.before! }, amount: String(r.people - r.redeployed), note: r.outcome === 'ring-fence' ? 'ring-fenced' : undefined }));
      return { lines, total: String(p.atRisk), column: 'People' };
    }
    if (ref.which === 'vacancies-deleted') {
      const lines = summary.diff.changes
        .filter((c) => c.kind === 'deleted' && c.before!.vacant)
        .map((c, i) => ({ key: String(i), line: { change: c, post: c.before! }, amount: fte(Math.round(c.before!.fte * 10_000)) + ' FTE' }));
      return { lines, total: String(p.vacanciesDeleted), column: 'FTE' };
    }
    const changeOf = new Map(summary.diff.changes.filter((c) => c.after).map((c) => [c.after!.id, c]));
    const lines = p.fundingEnds.map((f, i) => ({
      key: String(i),
      line: { change: changeOf.get(f.post.id)!, post: f.post },
      amount: f.source.name,
      note: `${f.when === 'before' ? 'ended' : 'ends'} ${formatDate(f.source.endDate!)}`,
    }));
    return { lines, total: String(p.fundingEnds.length), column: 'Funding source' };
  }
  const t = traceFigure(summary, ref);
  const sorted = [...t.lines].sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.post.title.localeCompare(b.post.title, 'en-GB'));
  const signed = ref.side === 'change';
  const measureName = MEASURE_COLUMN[t.measure];
  const column = SIDE_COLUMN[ref.side] ? `${SIDE_COLUMN[ref.side]}${measureName.toLowerCase()}` : measureName;
  return {
    lines: sorted.map((l, i) => ({ key: String(i), line: l, amount: valueText(t.measure, l.value, signed) })),
    total: valueText(t.measure, t.total, signed),
    column: column.charAt(0).toUpperCase() + column.slice(1),
    money: t.measure === 'cost',
  };
}

export function TraceDialog({ summary, request }: { summary: ChangeSummary; request: TraceRequest }) {
  const { lines, total, column, money } = useMemo(() => build(summary, request), [summary, request]);
  const close = () => actions().traceFigure(null);
  const show = (l: Line['line']) => {
    const inAfter = l.change.after !== null && l.post === l.change.after;
    void actions().showInStructure(inAfter ? summary.to.id : summary.from.id, l.post.id);
  };
  return (
    <Dialog
      title={`${request.title}: ${total}`}
      onClose={close}
      wide
      actions={
        <button type="button" className="btn btn-primary" onClick={close}>
          Close
        </button>
      }
    >
      <p className="muted small">
        {lines.length} post{lines.length === 1 ? '' : 's'} make{lines.length === 1 ? 's' : ''} up this figure.{column === 'People' && ' People are counted in the posts they hold.'} Choose one to show it in its structure.
        {money && ' Amounts are shown to the pound; the total is worked out from the exact pence.'}
      </p>
      <div className="trace-scroll">
        <table className="trace-table" aria-label={`Posts making up ${request.title}`}>
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Post</th>
              <th scope="col">Ref</th>
              <th scope="col">Team</th>
              <th scope="col" className="num">
                {column}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.key}>
                <td>{l.line.change && <ChangeBadge change={l.line.change} />}</td>
                <td>
                  <button type="button" className="link" onClick={() => show(l.line)}>
                    {l.line.post.title}
                  </button>
                  {l.note && <span className="change-details">{l.note}</span>}
                </td>
                <td className="muted">{l.line.post.ref}</td>
                <td>{l.line.post.team}</td>
                <td className="num">{l.amount}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                Total
              </th>
              <td className="num">{total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </Dialog>
  );
}
