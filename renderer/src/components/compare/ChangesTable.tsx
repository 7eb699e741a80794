// Every post that changed between the two structures, filtered by kind and team, sortable by any
// column. Choosing a row shows the post in its structure.
import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import type { AtRiskPost } from '../../../../shared/compare/people';
import { postOf, type ChangeSummary } from '../../../../shared/compare/compare';
import { FIELD_LABEL, KIND_LABEL, KIND_ORDER } from '../../../../shared/diff/labels';
import type { ChangeKind, PostChange } from '../../../../shared/diff/types';
import { formatFte, formatPounds } from '../../../../shared/model/money';
import type { Grade, Id, Post } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import type { ChangeSortKey } from '../../store/compareSlice';
import { ChangeBadge } from './ChangeBadge';
import { signedPounds } from './format';
import { SortHeader } from '../common/SortHeader';
import './compare.css';

const PAGE = 200;

interface Row {
  change: PostChange;
  post: Post;
  risk: AtRiskPost | undefined;
}

const COLUMNS: { key: ChangeSortKey; label: string; num?: boolean }[] = [
  { key: 'kind', label: 'Change' },
  { key: 'title', label: 'Post' },
  { key: 'ref', label: 'Ref' },
  { key: 'grade', label: 'Grade' },
  { key: 'fte', label: 'FTE', num: true },
  { key: 'team', label: 'Team' },
  { key: 'costBefore', label: 'Cost before', num: true },
  { key: 'costAfter', label: 'Cost after', num: true },
  { key: 'costChange', label: 'Change in cost', num: true },
];

function sortValue(r: Row, key: ChangeSortKey, gradeCode: (id: Id | null) => string): string | number {
  const c = r.change;
  switch (key) {
    case 'kind':
      return KIND_ORDER.indexOf(c.kind) * 2 + (c.regraded ? 1 : 0);
    case 'title':
      return r.post.title.toLowerCase();
    case 'ref':
      return r.post.ref.toLowerCase();
    case 'grade':
      return gradeCode(r.post.gradeId);
    case 'fte':
      return r.post.fte;
    case 'team':
      return r.post.team.toLowerCase();
    case 'costBefore':
      return c.costBeforePence;
    case 'costAfter':
      return c.costAfterPence;
    case 'costChange':
      return c.costAfterPence - c.costBeforePence;
  }
}

export function ChangesTable({ summary }: { summary: ChangeSummary }) {
  const state = useApp((s) => s.compare);
  const grades = useApp((s) => s.doc!.grades);
  const [shown, setShown] = useState(PAGE);
  const gradeById = useMemo(() => new Map<Id, Grade>(grades.map((g) => [g.id, g])), [grades]);
  const gradeCode = (id: Id | null) => (id ? (gradeById.get(id)?.code ?? '?') : '—');
  const risks = useMemo(() => new Map(summary.people.atRiskPosts.map((r) => [r.change, r])), [summary]);

  const all = useMemo<Row[]>(() => summary.diff.changes.map((c) => ({ change: c, post: (c.after ?? c.before)!, risk: risks.get(c) })), [summary, risks]);
  const teams = useMemo(() => [...new Set(all.map((r) => r.post.team.trim()))].sort((a, b) => a.localeCompare(b, 'en-GB')), [all]);
  const counts = summary.diff.counts;
  const countOf: Record<ChangeKind, number> = {
    deleted: counts.deleted,
    new: counts.new,
    redesignated: counts.redesignated,
    'fte-changed': counts.fteChanged,
    moved: counts.moved,
    unchanged: counts.unchanged,
  };
  const kinds = state.kinds ?? KIND_ORDER.filter((k) => k !== 'unchanged');

  const rows = useMemo(() => {
    const wanted = new Set(kinds);
    const team = state.team;
    const list = all.filter((r) => wanted.has(r.change.kind) && (team === '' || r.post.team.trim() === team || (r.change.before?.team.trim() ?? '') === team));
    const { key, dir } = state.sort;
    const sign = dir === 'asc' ? 1 : -1;
    return list
      .map((r) => ({ r, v: sortValue(r, key, gradeCode) }))
      .sort((a, b) => (a.v < b.v ? -sign : a.v > b.v ? sign : a.r.post.title.localeCompare(b.r.post.title, 'en-GB')))
      .map((x) => x.r);
    // gradeCode reads gradeById, which is a dependency.
  }, [all, kinds.join(','), state.team, state.sort, gradeById]);

  const toggleKind = (k: ChangeKind, on: boolean) => {
    const next = new Set(kinds);
    if (on) next.add(k);
    else next.delete(k);
    actions().setCompare({ kinds: KIND_ORDER.filter((x) => next.has(x)) });
    setShown(PAGE);
  };
  const sortBy = (key: ChangeSortKey) => {
    const cur = state.sort;
    actions().setCompare({ sort: { key, dir: cur.key === key && cur.dir === 'asc' ? 'desc' : 'asc' } });
  };
  const total = rows.reduce(
    (t, r) => ({ before: t.before + r.change.costBeforePence, after: t.after + r.change.costAfterPence }),
    { before: 0, after: 0 },
  );

  return (
    <div className="changes">
      <div className="changes-filters" role="group" aria-label="Filter the changes">
        <fieldset className="kind-filter">
          <legend className="sr-only">Kinds of change to show</legend>
          {KIND_ORDER.map((k) => (
            <label key={k} className={`kind-chip change-${k}`}>
              <input type="checkbox" checked={kinds.includes(k)} onChange={(e) => toggleKind(k, e.target.checked)} />
              <span>
                {KIND_LABEL[k]} <span className="kind-count">{countOf[k]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="team-filter">
          Team{' '}
          <select className="input" value={state.team} onChange={(e) => actions().setCompare({ team: e.target.value })}>
            <option value="">All teams</option>
            {teams.map((t) => (
              <option key={t} value={t}>
                {t || 'No team'}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small" role="status">
          {rows.length} post{rows.length === 1 ? '' : 's'} shown
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="empty">No posts match. {summary.diff.changes.length > 0 && 'Tick more kinds of change, or choose all teams.'}</p>
      ) : (
        <table className="changes-table" aria-label={`Changes from ${summary.from.name} to ${summary.to.name}`}>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <SortHeader key={c.key} label={c.label} numeric={c.num} direction={state.sort.key === c.key ? (state.sort.dir === 'asc' ? 'ascending' : 'descending') : null} onSort={() => sortBy(c.key)} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((r) => (
              <ChangeRow key={r.change.lineageId + (r.change.after?.id ?? r.change.before!.id)} row={r} summary={summary} gradeCode={gradeCode} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={6}>
                Total of the {rows.length} posts shown
              </th>
              <td className="num">{formatPounds(total.before)}</td>
              <td className="num">{formatPounds(total.after)}</td>
              <td className="num">{signedPounds(total.after - total.before)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {rows.length > shown && (
        <button type="button" className="btn" onClick={() => setShown(rows.length)}>
          Show all {rows.length} posts
        </button>
      )}
    </div>
  );
}

function describe(c: PostChange, risk: AtRiskPost | undefined, managerTitle: (side: 'before' | 'after', id: Id | null) => string): string {
  const parts: string[] = [];
  if (c.kind !== 'new' && c.kind !== 'deleted' && c.fields.length) {
    parts.push(
      c.fields
        .map((f) =>
          f === 'manager' ? `reports to ${managerTitle('after', c.after!.managerId)} (was ${managerTitle('before', c.before!.managerId)})` : FIELD_LABEL[f],
        )
        .join(', '),
    );
  }
  const replaces = c.replacesBeforeIds?.length ?? 0;
  if (replaces) parts.push(`replaces ${replaces} post${replaces === 1 ? '' : 's'}`);
  const by = c.replacedByAfterIds?.length ?? 0;
  if (by && c.kind === 'deleted') parts.push(`replaced by ${by} post${by === 1 ? '' : 's'}`);
  if (risk) parts.push(riskNote(risk));
  else if (c.kind === 'deleted' && c.before?.vacant) parts.push('vacant');
  return parts.join('; ');
}

const ChangeRow = memo(function ChangeRow({ row, summary, gradeCode }: { row: Row; summary: ChangeSummary; gradeCode: (id: Id | null) => string }) {
  const { change: c, post } = row;
  const b = c.before;
  const a = c.after;
  const reveal = () => {
    if (a) void actions().showInStructure(summary.to.id, a.id);
    else void actions().showInStructure(summary.from.id, b!.id);
  };
  const onKey = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      reveal();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
      (next as HTMLElement | null)?.focus();
    }
  };
  const both = <T,>(get: (p: Post) => T, show: (v: T) => string) => {
    if (b && a && get(b) !== get(a)) return `${show(get(b))} → ${show(get(a))}`;
    return show(get(post));
  };
  const managerTitle = (side: 'before' | 'after', id: Id | null) => (id ? (postOf(summary, side, id)?.title ?? 'a post not in the structure') : 'nobody');
  const details = describe(c, row.risk, managerTitle);
  return (
    <tr tabIndex={0} className={`change-row change-row-${c.kind}`} onClick={reveal} onKeyDown={onKey} title={`Show this post in ${a ? summary.to.name : summary.from.name}`}>
      <td>
        <ChangeBadge change={c} />
      </td>
      <td>
        <span className={c.kind === 'deleted' ? 'deleted-title' : undefined}>{both((p) => p.title, (t) => t)}</span>
        {details && <span className="change-details">{details}</span>}
      </td>
      <td className="muted">{post.ref}</td>
      <td>{both((p) => p.gradeId, gradeCode)}</td>
      <td className="num">{both((p) => p.fte, formatFte)}</td>
      <td>{both((p) => p.team.trim(), (t) => t || '—')}</td>
      <td className="num">{b ? formatPounds(c.costBeforePence) : '—'}</td>
      <td className="num">{a ? formatPounds(c.costAfterPence) : '—'}</td>
      <td className="num">{signedPounds(c.costAfterPence - c.costBeforePence)}</td>
    </tr>
  );
});

function riskNote(risk: AtRiskPost): string {
  if (risk.outcome === 'slot-in') return 'postholder slots in';
  if (risk.outcome === 'redeployed') return risk.people === 1 ? 'postholder redeployed' : 'postholders redeployed';
  const moved = risk.redeployed ? `${risk.redeployed} redeployed, ` : '';
  return risk.outcome === 'ring-fence' ? `${moved}ring-fenced, at risk` : `${moved}${risk.people - risk.redeployed} at risk`;
}
