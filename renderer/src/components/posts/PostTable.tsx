// The posts of the active structure as a list in reporting order, indented by level.
import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { formatFte, formatPounds } from '../../../../shared/model/money';
import { childrenMap } from '../../../../shared/model/tree';
import type { Grade, Id, Post } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import { activePosts, costContext, postCost, postList } from '../../store/selectors';
import { MARK_STYLES, type MarkKind } from '../../../../shared/chart/status';
import { ChangeLegend } from '../compare/ChangeLegend';
import { selectMarks, useChangeBaseline } from '../compare/chartStatus';
import './holding.css';

interface Row {
  post: Post;
  level: number;
}

/** Depth-first order from the top; posts whose manager is missing (or looped) come last. */
export function treeRows(posts: Post[]): Row[] {
  const kids = childrenMap(posts);
  const byId = new Map(posts.map((p) => [p.id, p]));
  const rows: Row[] = [];
  const seen = new Set<Id>();
  const visit = (id: Id, level: number) => {
    const stack: [Id, number][] = [[id, level]];
    while (stack.length) {
      const [cur, lvl] = stack.pop()!;
      if (seen.has(cur)) continue;
      seen.add(cur);
      rows.push({ post: byId.get(cur)!, level: lvl });
      const c = kids.get(cur) ?? [];
      for (let i = c.length - 1; i >= 0; i--) stack.push([c[i]!, lvl + 1]);
    }
  };
  for (const top of kids.get(null) ?? []) visit(top, 0);
  for (const p of posts) if (!seen.has(p.id)) visit(p.id, 0);
  return rows;
}

export function PostTable() {
  const posts = useApp(activePosts);
  const selection = useApp((s) => s.selection);
  const ctx = useApp(costContext);
  const grades = useApp((s) => s.doc!.grades);
  const structureName = useApp((s) => s.doc!.structures.find((x) => x.id === s.activeStructureId)?.name ?? '');
  const list = postList(posts);
  const rows = useMemo(() => treeRows(list), [list]);
  const gradeById = useMemo(() => new Map(grades.map((g) => [g.id, g])), [grades]);
  const tableRef = useRef<HTMLTableSectionElement>(null);
  const selected = new Set(selection);
  // A holding card ("Unplaced") is not a post of the establishment: it is left out of the totals.
  const real = list.filter((p) => !p.holding);
  const total = ctx ? real.reduce((t, p) => t + postCost(p, ctx).totalPence, 0) : 0;
  const fte = real.reduce((t, p) => t + Math.round(p.fte * 10_000), 0) / 10_000;
  const activeId = useApp((s) => s.activeStructureId);
  useChangeBaseline(activeId);
  const marks = useApp((s) => (s.activeStructureId ? selectMarks(s, s.activeStructureId) : null));
  const reveal = useApp((s) => s.reveal);
  const revealed = useRef(0);
  useEffect(() => {
    // A post chosen elsewhere (the compare views) is brought into sight and given focus, once,
    // as soon as its row is there.
    if (!reveal || revealed.current === reveal.seq) return;
    const row = tableRef.current?.querySelector<HTMLTableRowElement>(`tr[data-post-id="${CSS.escape(reveal.postId)}"]`);
    if (!row) return;
    revealed.current = reveal.seq;
    row.scrollIntoView({ block: 'center' });
    row.focus();
  }, [reveal, rows]);

  if (!posts) return <p className="empty" role="status">Loading…</p>;

  const focusRow = (index: number) => {
    const row = tableRef.current?.querySelectorAll<HTMLTableRowElement>('tr')[index];
    row?.focus();
  };

  const onKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, post: Post) => {
    const a = actions();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, index + (e.key === 'ArrowDown' ? 1 : -1)));
      a.select([rows[next]!.post.id]);
      focusRow(next);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      a.select([post.id]);
      document.getElementById('inspector-title')?.focus();
    } else if (e.key === 'Delete') {
      e.preventDefault();
      a.requestDelete(selection.length ? selection : [post.id]);
    } else if (e.key === ' ') {
      e.preventDefault();
      if (e.ctrlKey || e.metaKey) a.toggleSelect(post.id);
      else a.select([post.id]);
    } else if (e.key === 'Escape') {
      a.select([]);
    }
  };

  const primary = selection.length === 1 ? selection[0]! : null;
  return (
    <div className="post-table-wrap">
      <div className="post-actions" role="toolbar" aria-label="Posts">
        <button type="button" className="btn btn-primary" onClick={() => void actions().addPost(primary)}>
          {primary ? 'Add post under selected' : 'Add post'}
        </button>
        <button type="button" className="btn" disabled={!primary} onClick={() => primary && void actions().addPost(posts[primary]?.managerId ?? null, { title: posts[primary]!.title }, primary)}>
          Add another like this
        </button>
        <button type="button" className="btn btn-danger" disabled={selection.length === 0} onClick={() => actions().requestDelete(selection)}>
          Delete{selection.length > 1 ? ` ${selection.length} posts` : ''}
        </button>
        <span className="post-summary muted" role="status">
          {real.length} post{real.length === 1 ? '' : 's'} · {formatFte(fte)} FTE · {formatPounds(total)} a year
        </span>
      </div>
      {marks && marks.size > 0 && <ChangeLegend ghosts={false} />}
      {rows.length === 0 ? (
        <p className="empty">{structureName} has no posts yet. Use “Add post” to start at the top of the structure.</p>
      ) : (
        <table className="post-table" aria-label={`Posts in ${structureName}`}>
          <thead>
            <tr>
              <th scope="col">Post</th>
              <th scope="col">Ref</th>
              <th scope="col">Grade</th>
              <th scope="col" className="num">FTE</th>
              <th scope="col">Postholder</th>
              <th scope="col">Team</th>
              <th scope="col" className="num">Annual cost</th>
            </tr>
          </thead>
          <tbody ref={tableRef}>
            {rows.map((r, i) => (
              <PostRow
                key={r.post.id}
                post={r.post}
                level={r.level}
                grade={r.post.gradeId ? gradeById.get(r.post.gradeId) : undefined}
                cost={ctx ? postCost(r.post, ctx).totalPence : 0}
                selected={selected.has(r.post.id)}
                status={marks?.get(r.post.id)?.kind ?? null}
                onKeyDown={(e) => onKey(e, i, r.post)}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

interface RowProps {
  post: Post;
  level: number;
  grade: Grade | undefined;
  cost: number;
  selected: boolean;
  status: MarkKind | null;
  onKeyDown(e: KeyboardEvent<HTMLTableRowElement>): void;
}

const PostRow = memo(function PostRow({ post, level, grade, cost, selected, status, onKeyDown }: RowProps) {
  const holders = post.vacant ? '' : post.postholders.map((h) => h.name).filter(Boolean).join(', ');
  return (
    <tr
      tabIndex={0}
      aria-selected={selected}
      className={[selected ? 'row-selected' : '', post.holding ? 'row-holding' : ''].join(' ').trim() || undefined}
      data-post-id={post.id}
      onClick={(e) => (e.ctrlKey || e.metaKey ? actions().toggleSelect(post.id) : actions().select([post.id]))}
      onKeyDown={onKeyDown}
    >
      <td>
        <span className="post-title" style={{ paddingLeft: `${level * 1.1}rem` }}>
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
      <td>{grade?.code ?? '—'}</td>
      <td className="num">{post.holding ? '' : formatFte(post.fte)}</td>
      <td>{post.holding ? <span className="muted">Not a post</span> : post.vacant ? <span className="tag tag-vacant">Vacant</span> : holders || <span className="muted">Filled</span>}</td>
      <td>{post.team}</td>
      <td className="num" style={{ whiteSpace: 'nowrap' }}>{post.holding ? '' : `${formatPounds(cost)}${post.allInCostPence !== null ? ' all-in' : ''}`}</td>
    </tr>
  );
});
