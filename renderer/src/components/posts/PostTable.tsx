// The posts of the active structure as a table: reporting order (indented by level) unless a column
// is sorted, narrowed by a text filter. Only the rows in view are drawn (each the same height), so
// a structure of 10,000 posts opens, sorts and filters at once; aria-rowcount and aria-rowindex
// tell screen readers where each drawn row sits in the whole table.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatFte, formatPounds } from '../../../../shared/model/money';
import type { Grade, Id } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import { activePosts, costContext, postCost, postList } from '../../store/selectors';
import { ChangeLegend } from '../compare/ChangeLegend';
import { ChangesWorking } from '../compare/ChangesWorking';
import { selectChangesWorking, selectMarks, useChangeBaseline } from '../compare/chartStatus';
import { PostTableRow } from './PostTableRow';
import { filterRows, nextSort, rowWindow, sortRows, tableRows, type Sort, type SortColumn, type TableRow } from './tableRows';
import './holding.css';
import { SortHeader } from '../common/SortHeader';
import './PostTable.css';

/** Every row is this tall (see PostTable.css), which is what lets the table draw only those in view. */
export const ROW_HEIGHT = 32;

const COLUMNS: { key: SortColumn; label: string; num?: boolean }[] = [
  { key: 'title', label: 'Post' },
  { key: 'ref', label: 'Ref' },
  { key: 'grade', label: 'Grade' },
  { key: 'fte', label: 'FTE', num: true },
  { key: 'holders', label: 'Postholder' },
  { key: 'team', label: 'Team' },
  { key: 'cost', label: 'Annual cost', num: true },
];

export function PostTable() {
  const posts = useApp(activePosts);
  const selection = useApp((s) => s.selection);
  const ctx = useApp(costContext);
  const grades = useApp((s) => s.doc!.grades);
  const structureName = useApp((s) => s.doc!.structures.find((x) => x.id === s.activeStructureId)?.name ?? '');
  const list = postList(posts);
  const gradeById = useMemo(() => new Map<Id, Grade>(grades.map((g) => [g.id, g])), [grades]);
  const rows = useMemo(() => tableRows(list, gradeById, (p) => (ctx ? postCost(p, ctx).totalPence : 0)), [list, gradeById, ctx]);
  const [sort, setSort] = useState<Sort | null>(null);
  const [filter, setFilter] = useState('');
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const selected = useMemo(() => new Set(selection), [selection]);
  // A holding card ("Unplaced") is not a post of the establishment: it is left out of the totals.
  let total = 0;
  let fteUnits = 0;
  let count = 0;
  for (const r of rows) {
    if (r.post.holding) continue;
    count++;
    total += r.costPence;
    fteUnits += Math.round(r.post.fte * 10_000);
  }
  const activeId = useApp((s) => s.activeStructureId);
  useChangeBaseline(activeId);
  const marks = useApp((s) => (s.activeStructureId ? selectMarks(s, s.activeStructureId) : null));
  const marksWorking = useApp((s) => (s.activeStructureId ? selectChangesWorking(s, s.activeStructureId) : false));
  const reveal = useApp((s) => s.reveal);

  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const [active, setActive] = useState(0);
  const focusPending = useRef<number | null>(null);
  const revealed = useRef(0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [rows.length === 0]);

  const headHeight = () => head.current?.offsetHeight ?? ROW_HEIGHT;

  /** Scrolls row `index` (of those shown) into view and gives it focus once it is drawn. */
  const goTo = useCallback((index: number, block: 'nearest' | 'center' = 'nearest') => {
    const el = scroller.current;
    if (!el) return;
    setActive(index);
    focusPending.current = index;
    const top = index * ROW_HEIGHT;
    const room = el.clientHeight - headHeight();
    if (block === 'center') el.scrollTop = Math.max(0, top - room / 2);
    else if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + room) el.scrollTop = top + ROW_HEIGHT - room;
    setView({ top: el.scrollTop, height: el.clientHeight });
  }, []);

  useLayoutEffect(() => {
    const index = focusPending.current;
    if (index === null) return;
    const row = scroller.current?.querySelector<HTMLTableRowElement>(`tbody tr[aria-rowindex="${index + 2}"]`);
    if (row) {
      focusPending.current = null;
      row.focus({ preventScroll: true });
    }
  });

  useEffect(() => {
    // A post chosen elsewhere (the compare views) is brought into sight and given focus, once.
    if (!reveal || revealed.current === reveal.seq) return;
    const index = shown.findIndex((r) => r.post.id === reveal.postId);
    if (index < 0 && filter && sorted.some((r) => r.post.id === reveal.postId)) {
      setFilter('');
      return;
    }
    if (index < 0) return;
    revealed.current = reveal.seq;
    goTo(index, 'center');
  }, [reveal, shown, sorted, filter, goTo]);

  // A post selected elsewhere (just added, or picked in the inspector) is scrolled into view, once.
  const shownSelection = useRef<Id | null>(null);
  useEffect(() => {
    const id = selection.length === 1 ? selection[0]! : null;
    if (id === shownSelection.current) return;
    shownSelection.current = id;
    const el = scroller.current;
    const index = id ? shown.findIndex((r) => r.post.id === id) : -1;
    if (!el || index < 0) return;
    const top = index * ROW_HEIGHT;
    const room = el.clientHeight - headHeight();
    if (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + room) {
      el.scrollTop = Math.max(0, top - room / 2);
      setActive(index);
      setView({ top: el.scrollTop, height: el.clientHeight });
    }
  }, [selection, shown]);

  // The row that keeps the table's one tab stop must stay within the rows there are.
  const current = Math.min(active, Math.max(0, shown.length - 1));
  const { start, end } = rowWindow(shown.length, view.top - headHeight(), view.height, ROW_HEIGHT);
  const tabStop = current >= start && current < end ? current : start;

  const onKey = useCallback(
    (e: KeyboardEvent<HTMLTableRowElement>, row: TableRow) => {
      const a = actions();
      const index = shown.indexOf(row);
      const page = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? 600) - headHeight()) / ROW_HEIGHT) - 1);
      const move = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity }[e.key];
      if (move !== undefined && !e.altKey) {
        e.preventDefault();
        const next = Math.max(0, Math.min(shown.length - 1, index + move));
        a.select([shown[next]!.post.id]);
        goTo(next);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        a.select([row.post.id]);
        document.getElementById('inspector-title')?.focus();
      } else if (e.key === 'Delete') {
        e.preventDefault();
        a.requestDelete(selection.length ? selection : [row.post.id]);
      } else if (e.key === ' ') {
        e.preventDefault();
        if (e.ctrlKey || e.metaKey) a.toggleSelect(row.post.id);
        else a.select([row.post.id]);
      } else if (e.key === 'Escape') {
        a.select([]);
      }
    },
    [shown, selection, goTo],
  );
  const onActivate = useCallback((row: TableRow) => setActive(shown.indexOf(row)), [shown]);

  if (!posts) return <p className="empty" role="status">Loading…</p>;

  const primary = selection.length === 1 ? selection[0]! : null;
  const indent = sort === null;
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
          {count} post{count === 1 ? '' : 's'} · {formatFte(fteUnits / 10_000)} FTE · {formatPounds(total)} a year
        </span>
      </div>
      {rows.length > 0 && (
        <div className="post-filter">
          <input
            type="search"
            className="input"
            aria-label="Filter posts"
            placeholder="Filter by title, ref, grade, postholder or team"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setActive(0);
              if (scroller.current) scroller.current.scrollTop = 0;
            }}
          />
          {filter && (
            <span className="muted" role="status">
              {shown.length === 0 ? 'No posts match' : `${shown.length} of ${rows.length} rows match`}
            </span>
          )}
        </div>
      )}
      {marks && marks.size > 0 && <ChangeLegend ghosts={false} />}
      <ChangesWorking working={marksWorking} />
      {rows.length === 0 ? (
        <p className="empty">{structureName} has no posts yet. Use “Add post” to start at the top of the structure.</p>
      ) : (
        <div className="post-table-scroll" ref={scroller} onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}>
          <table className="post-table post-table-virtual" aria-label={`Posts in ${structureName}`} aria-rowcount={shown.length + 1}>
            <colgroup>
              <col className="col-title" />
              <col className="col-ref" />
              <col className="col-grade" />
              <col className="col-fte" />
              <col className="col-holders" />
              <col className="col-team" />
              <col className="col-cost" />
            </colgroup>
            <thead ref={head}>
              <tr aria-rowindex={1}>
                {COLUMNS.map((c) => (
                  <SortHeader key={c.key} label={c.label} numeric={c.num} direction={sort?.column === c.key ? sort.direction : null} onSort={() => setSort((s) => nextSort(s, c.key))} />
                ))}
              </tr>
            </thead>
            <tbody>
              {start > 0 && (
                <tr className="row-spacer" aria-hidden="true" style={{ height: start * ROW_HEIGHT }}>
                  <td colSpan={COLUMNS.length} />
                </tr>
              )}
              {shown.slice(start, end).map((r, k) => (
                <PostTableRow
                  key={r.post.id}
                  row={r}
                  rowIndex={start + k + 2}
                  indent={indent}
                  selected={selected.has(r.post.id)}
                  tabbable={start + k === tabStop}
                  status={marks?.get(r.post.id)?.kind ?? null}
                  onKeyDown={onKey}
                  onActivate={onActivate}
                />
              ))}
              {end < shown.length && (
                <tr className="row-spacer" aria-hidden="true" style={{ height: (shown.length - end) * ROW_HEIGHT }}>
                  <td colSpan={COLUMNS.length} />
                </tr>
              )}
            </tbody>
          </table>
          {shown.length === 0 && <p className="empty">No posts match “{filter}”.</p>}
        </div>
      )}
    </div>
  );
}
