// A column header that sorts its table: a button inside the header cell, whose aria-sort says
// which way the table is sorted on it (none on the other columns).
import './sortHeader.css';

export type SortDirection = 'ascending' | 'descending';

export function SortHeader({ label, numeric, direction, onSort }: { label: string; numeric?: boolean | undefined; direction: SortDirection | null; onSort: () => void }) {
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={direction ?? undefined}>
      <button type="button" className="th-sort" onClick={onSort}>
        {label}
        <span className="th-sort-mark" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}
