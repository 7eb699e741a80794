// The people affected by the change, one row per person: their post now and what happens to them
// (slotted in, ring-fenced with the posts they are pooled for, at risk, or post kept with a change),
// and the selection pools. Names show only while the chart shows names; otherwise each person is
// listed by the post they hold.
import { useMemo } from 'react';
import type { ChangeSummary } from '../../../../shared/compare/compare';
import { OUTCOME_LABEL, peopleSchedule, personFte, sortedPeople } from '../../../../shared/compare/peopleSchedule';
import { personLabel } from '../../../../shared/export/schedules/people';
import { formatFte } from '../../../../shared/model/money';
import { actions, useApp } from '../../store';
import { EqualityProfile } from './EqualityProfile';
import { fte } from './format';
import './compare.css';
import './peopleView.css';

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
const posts = (n: number) => `${n} post${n === 1 ? '' : 's'}`;

export function PeopleView({ summary }: { summary: ChangeSummary }) {
  const names = useApp((s) => s.showNames);
  const grades = useApp((s) => s.doc!.grades);
  const schedule = useMemo(() => peopleSchedule(summary.diff.changes, summary.people), [summary]);
  const rows = useMemo(() => sortedPeople(schedule.rows), [schedule]);
  const gradeOf = (id: string | null) => grades.find((g) => g.id === id)?.code ?? '';
  const c = schedule.counts;
  const exportSchedule = () => {
    actions().openExport();
    actions().setExportOptions({ what: 'people', structureId: summary.to.id });
  };
  return (
    <div className="people-view">
      <div className="people-head">
        <p className="people-counts" role="status">
          <strong>{people(rows.length)} affected</strong>: {c['at-risk'] + c['ring-fenced']} at risk ({c['ring-fenced']} of them ring-fenced in selection
          pools), {c['slotted-in']} slotted in, {c.redeployed ? `${c.redeployed} redeployed, ` : ''}
          {c['post-retained']} keeping their post with a change.
        </p>
        <div className="people-actions">
          <label className="check">
            <input type="checkbox" checked={names} onChange={(e) => actions().setShowNames(e.target.checked)} /> Show names
          </label>
          <button type="button" className="btn" onClick={exportSchedule}>
            Export people schedule…
          </button>
        </div>
      </div>
      {!names && <p className="muted small">Names are hidden: each person is listed by the post they hold.</p>}
      {rows.length === 0 ? (
        <p className="empty">No one is affected: no filled post is deleted, redesignated, moved or changed in hours.</p>
      ) : (
        <div className="table-wrap">
          <table className="changes-table people-table" aria-label="People affected">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Post now</th>
                <th scope="col">Ref</th>
                <th scope="col">Grade</th>
                <th scope="col" className="num">
                  FTE
                </th>
                <th scope="col">Team</th>
                <th scope="col">What happens</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{personLabel(r, names)}</th>
                  <td>
                    <button type="button" className="link" onClick={() => void actions().showInStructure(summary.from.id, r.post.id)}>
                      {r.post.title}
                    </button>
                  </td>
                  <td className="muted">{r.post.ref}</td>
                  <td>{gradeOf(r.post.gradeId)}</td>
                  <td className="num">{formatFte(personFte(r))}</td>
                  <td>{r.post.team}</td>
                  <td>
                    <span className={`person-outcome person-outcome-${r.outcome}`}>{OUTCOME_LABEL[r.outcome]}</span>
                    {r.pool && <span className="person-pool"> Pool {r.pool}</span>}
                    <span className="change-details">{r.detail}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {schedule.pools.length > 0 && (
        <section aria-labelledby="people-pools" className="cs-section">
          <h3 id="people-pools">Selection pools</h3>
          <ul className="people-pools">
            {schedule.pools.map((pool) => (
              <li key={pool.number}>
                <strong>
                  Pool {pool.number}: {people(pool.people)} for {posts(pool.posts)}
                </strong>{' '}
                <span className="muted small">
                  ({fte(pool.peopleFteUnits)} FTE for {fte(pool.postFteUnits)} FTE; fewer places than people, so selection is needed)
                </span>
                <div className="small">From: {pool.from.map((p) => (p.ref ? `${p.title} (${p.ref})` : p.title)).join('; ')}</div>
                <div className="small">For: {pool.to.map((p) => (p.ref ? `${p.title} (${p.ref})` : p.title)).join('; ')}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EqualityProfile summary={summary} />
    </div>
  );
}
