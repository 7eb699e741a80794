// The preview of an import before it is written: what will be created, the validation report line
// by line, and the structure as it will stand.
import { formatFte } from '../../../../shared/model/money';
import type { ImportPreview } from '../../../../shared/import/api';
import { reportHeading, sourceLabel } from '../../../../shared/import/report';

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

function ReportList({ items, organogram, label }: { items: ImportPreview['report']; organogram: boolean; label: string }) {
  return (
    <ul className="import-report" aria-label={label}>
      {items.map((r, i) => (
        <li key={i} className={`import-report-item import-${r.severity}`}>
          <span className="import-severity">{SEVERITY[r.severity]}</span>
          {sourceLabel(r.role, organogram) && <span className="import-role">{sourceLabel(r.role, organogram)}</span>}
          <span>{r.message}</span>
        </li>
      ))}
    </ul>
  );
}

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const s = preview.summary;
  const organogram = s.format === 'organogram';
  // Columns left out are listed on their own, so none is missed among the rows' lines.
  const columns = preview.report.filter((r) => r.code === 'column-not-imported');
  const rows = preview.report.filter((r) => r.code !== 'column-not-imported');
  return (
    <div className="import-preview">
      <section aria-labelledby="import-summary-heading">
        <h3 id="import-summary-heading" className="import-heading">
          What will be imported into “{preview.targetName}”
        </h3>
        <ul className="import-summary" role="status">
          <li>
            <strong>{s.posts}</strong> post{s.posts === 1 ? '' : 's'}
            {s.groupedPosts > 0 ? ` (${s.groupedPosts} grouped post${s.groupedPosts === 1 ? '' : 's'}, each standing for a number of posts)` : ''}, <strong>{formatFte(s.fteE4 / 10_000)}</strong> FTE,{' '}
            {s.vacant} vacant
            {s.postholders > 0 ? `, ${s.postholders} postholders` : ''}
          </li>
          {s.tops > 1 && <li>{s.tops} posts at the top of the structure, side by side</li>}
          {preview.replaces > 0 && <li>Replaces the {preview.replaces} posts now in “{preview.targetName}”</li>}
          {s.unplaced > 0 && (
            <li className="import-warn">
              {s.unplaced} post{s.unplaced === 1 ? '' : 's'} could not be placed and will sit under the “Unplaced” card
            </li>
          )}
          {s.rowsNotImported > 0 && <li>{s.rowsNotImported} rows will not become posts (see the report)</li>}
          {s.newGrades.length > 0 && <li>Grades to add: {s.newGrades.join(', ')}</li>}
          {s.newFundingSources.length > 0 && <li>Funding sources to add: {s.newFundingSources.join(', ')}</li>}
          {s.newOrganisations.length > 0 && <li>Organisations to add: {s.newOrganisations.join(', ')}</li>}
          {columns.length > 0 && (
            <li>
              {columns.length} column{columns.length === 1 ? ' is' : 's are'} not imported (listed below, with how to import {columns.length === 1 ? 'it' : 'them'})
            </li>
          )}
          {preview.matched.currentPosts > 0 && (
            <li>
              Matched with Current: {preview.matched.byRef} by post reference
              {preview.matched.byGroup > 0 ? `, ${preview.matched.byGroup} grouped posts by senior post, grade and title` : ''}
            </li>
          )}
          {s.posts === 0 && <li className="import-error">Nothing in the file can be imported.</li>}
        </ul>
      </section>

      {columns.length > 0 && (
        <section aria-labelledby="import-columns-heading">
          <h3 id="import-columns-heading" className="import-heading">
            Columns not imported
          </h3>
          <ReportList items={columns} organogram={organogram} label="Columns not imported" />
        </section>
      )}

      <section aria-labelledby="import-report-heading">
        <h3 id="import-report-heading" className="import-heading">
          {reportHeading(rows)}
        </h3>
        {rows.length === 0 ? <p>Every row was read without a problem.</p> : <ReportList items={rows} organogram={organogram} label="Validation report" />}
      </section>

      <section aria-labelledby="import-tree-heading">
        <h3 id="import-tree-heading" className="import-heading">
          The structure{preview.posts.length < s.posts + (s.unplaced > 0 ? 1 : 0) ? ` (the first ${preview.posts.length} posts)` : ''}
        </h3>
        <table className="import-tree" aria-labelledby="import-tree-heading">
          <thead>
            <tr>
              <th scope="col">Post</th>
              <th scope="col">Ref</th>
              <th scope="col">Grade</th>
              <th scope="col" className="num">
                FTE
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.posts.map((p, i) => (
              <tr key={i} className={p.kind === 'holding' ? 'import-holding' : undefined}>
                <td>
                  <span style={{ paddingLeft: `${p.level * 1.1}rem` }}>
                    {p.title}
                    {p.kind === 'group' && <span className="tag">Group</span>}
                    {p.kind === 'holding' && <span className="tag">Holding card</span>}
                    {p.vacant && p.kind !== 'holding' && <span className="tag tag-vacant">Vacant</span>}
                  </span>
                </td>
                <td className="muted">{p.ref}</td>
                <td>{p.grade}</td>
                <td className="num">{p.kind === 'holding' ? '' : formatFte(p.fte)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
