// The equality profile of the change, for the equality impact assessment: per characteristic the
// document records, the people at risk against the whole workforce of the structure compared from,
// any group of fewer than 5 people shown as "fewer than 5" (and a second group withheld where the
// first could be worked out from the total).
import { useMemo } from 'react';
import type { ChangeSummary } from '../../../../shared/compare/compare';
import { equalityPeople } from '../../../../shared/equality/people';
import { equalityOf, equalityTable, formatEqualityCell, formatEqualityTotal } from '../../../../shared/equality/profile';
import { useApp } from '../../store';
import { postList } from '../../store/selectors';
import './equality.css';

export function EqualityProfile({ summary }: { summary: ChangeSummary }) {
  const settings = useApp((s) => s.doc!.settings);
  const before = useApp((s) => s.structures[summary.from.id]?.posts);
  const table = useMemo(() => {
    if (!before) return null;
    const p = equalityPeople(postList(before), summary.people);
    return equalityTable(equalityOf(settings), p.workforce, p.atRisk);
  }, [before, summary, settings]);
  if (!table) return null;
  return (
    <section aria-labelledby="people-equality" className="cs-section">
      <h3 id="people-equality">Equality profile</h3>
      <p className="muted small">
        People at risk ({formatEqualityTotal(table.atRisk)}) against everyone in {summary.from.name} ({formatEqualityTotal(table.workforce)}), from the equality profile entered for each
        postholder. Groups of fewer than 5 people are not shown; where one could be worked out from the total, the next smallest is withheld. Categories are set in Settings &gt;
        Equality profile. Exported only when you choose it.
      </p>
      <table className="cs-table equality-table">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="num">
              Whole workforce
            </th>
            <th scope="col" className="num">
              People at risk
            </th>
          </tr>
        </thead>
        {table.characteristics.map((c) => (
          <tbody key={c.id}>
            <tr>
              <th scope="colgroup" colSpan={3} className="equality-characteristic">
                {c.name}
              </th>
            </tr>
            {c.rows.map((r) => (
              <tr key={r.category}>
                <th scope="row">{r.category}</th>
                <td className="num">{formatEqualityCell(r.workforce)}</td>
                <td className="num">{formatEqualityCell(r.atRisk)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
