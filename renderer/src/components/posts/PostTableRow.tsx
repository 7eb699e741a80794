// One row of the posts table. Rows are drawn only while in view, so each is cheap and memoised.
import { memo, type KeyboardEvent } from 'react';
import { formatFte, formatPounds } from '../../../../shared/model/money';
import { MARK_STYLES, type MarkKind } from '../../../../shared/chart/status';
import { actions } from '../../store';
import type { TableRow } from './tableRows';

interface RowProps {
  row: TableRow;
  /** Position among the table's rows (the header row is 1). */
  rowIndex: number;
  /** Indented by level only in reporting order: a sorted list has no hierarchy to show. */
  indent: boolean;
  selected: boolean;
  tabbable: boolean;
  status: MarkKind | null;
  onKeyDown(e: KeyboardEvent<HTMLTableRowElement>, row: TableRow): void;
  onActivate(row: TableRow): void;
}

export const PostTableRow = memo(function PostTableRow({ row, rowIndex, indent, selected, tabbable, status, onKeyDown, onActivate }: RowProps) {
  const { post, level, gradeCode, holders, costPence } = row;
  return (
    <tr
      tabIndex={tabbable ? 0 : -1}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      className={[selected ? 'row-selected' : '', post.holding ? 'row-holding' : ''].join(' ').trim() || undefined}
      data-post-id={post.id}
      onClick={(e) => {
        onActivate(row);
        if (e.ctrlKey || e.metaKey) actions().toggleSelect(post.id);
        else actions().select([post.id]);
      }}
      onKeyDown={(e) => onKeyDown(e, row)}
    >
      <td title={post.title}>
        <span className="post-title" style={indent ? { paddingLeft: `${level * 1.1}rem` } : undefined}>
          {post.title}
          {post.isAssistant && <span className="tag">Staff</span>}
          {status && (
            <span className="status-chip row-status" data-status={status}>
              <span className="card-status">{MARK_STYLES[status].label}</span>
            </span>
          )}
          {post.holding && <span className="tag">Holding card</span>}
        </span>
      </td>
      <td className="muted">{post.ref}</td>
      <td>{gradeCode || '—'}</td>
      <td className="num">{post.holding ? '' : formatFte(post.fte)}</td>
      <td title={holders || undefined}>
        {post.holding ? <span className="muted">Not a post</span> : post.vacant ? <span className="tag tag-vacant">Vacant</span> : holders || <span className="muted">Filled</span>}
      </td>
      <td title={post.team || undefined}>{post.team}</td>
      <td className="num">{post.holding ? '' : `${formatPounds(costPence)}${post.allInCostPence !== null ? ' all-in' : ''}`}</td>
    </tr>
  );
});
