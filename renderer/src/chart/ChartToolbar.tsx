// The chart's toolbar: add and delete, search, how many levels to show, and how cards are drawn.
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useIdleValue } from '../components/common/useIdleValue';
import { formatFte, formatPounds } from '../../../shared/model/money';
import { actions, useApp } from '../store';
import { activePosts, costContext, postCost, postList } from '../store/selectors';
import { selectSearch } from './search';

const LEVELS = [2, 3, 4, 5, 6];

function focusTree(): void {
  const sid = actions().activeStructureId;
  if (sid) actions().panes.pane(sid).element?.focus();
}

export function ChartToolbar() {
  const sid = useApp((s) => s.activeStructureId);
  const selectionCount = useApp((s) => s.selection.length);
  const query = useApp((s) => s.search.query);
  const index = useApp((s) => s.search.index);
  const result = useApp((s) => (s.activeStructureId ? selectSearch(s, s.activeStructureId) : null));
  const groupIdentical = useApp((s) => s.groupIdentical);
  const showNames = useApp((s) => s.showNames);
  const splitView = useApp((s) => s.splitView);
  const splitLocked = useApp((s) => s.splitLocked);
  const markShape = useApp((s) => s.markShape);
  const canSplit = useApp((s) => (s.doc?.structures.some((x) => x.kind === 'proposal') ?? false) && s.doc!.structures.some((x) => x.kind === 'current'));
  const levels = useApp((s) => (s.activeStructureId ? (s.chartViews[s.activeStructureId]?.levels ?? null) : null));
  const searchRef = useRef<HTMLInputElement>(null);
  const a = actions();
  // Counting every post waits until the chart has been painted.
  const posts = useIdleValue(useApp(activePosts));
  const ctx = useApp(costContext);
  // Holding cards ("Unplaced") are not posts of the establishment and are left out of the totals.
  const totals = useMemo(() => {
    if (!posts || !ctx) return null;
    const real = postList(posts).filter((p) => !p.holding);
    const fte = real.reduce((t, p) => t + Math.round(p.fte * 10_000), 0) / 10_000;
    return { count: real.length, fte, cost: real.reduce((t, p) => t + postCost(p, ctx).totalPence, 0) };
  }, [posts, ctx]);

  // Ctrl+F finds in the chart rather than in the page.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f' && actions().dialog.kind === 'none') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const total = result?.matches.length ?? 0;
  const go = (step: 1 | -1) => {
    if (!sid || !result || total === 0) return;
    const next = index < 0 ? (step > 0 ? 0 : total - 1) : (index + step + total) % total;
    a.setSearchIndex(next);
    a.revealPost(sid, result.matches[next]!);
  };
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      go(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      a.setSearch('');
      focusTree();
    }
  };

  return (
    <div className="chart-toolbar" role="toolbar" aria-label="Chart">
      <button type="button" className="btn btn-primary" onClick={() => sid && void a.addOnChart(sid, selectionCount === 1 ? a.selection[0]! : null, { key: 'blank', title: 'Blank post', gradeCode: '', count: 0, examplePostId: null })}>
        {selectionCount === 1 ? 'Add post under selected' : 'Add post'}
      </button>
      <button type="button" className="btn btn-danger" disabled={selectionCount === 0} onClick={() => sid && a.deleteOnChart(sid, [...a.selection])}>
        Delete{selectionCount > 1 ? ` ${selectionCount} posts` : ''}
      </button>
      <span className="toolbar-sep" aria-hidden="true" />
      <div className="chart-search" role="search">
        <input
          ref={searchRef}
          type="search"
          className="input chart-search-input"
          placeholder="Search title, grade, team, name"
          aria-label="Search posts"
          aria-describedby="chart-search-status"
          value={query}
          onChange={(e) => a.setSearch(e.target.value)}
          onKeyDown={onSearchKey}
        />
        <span id="chart-search-status" className="chart-search-status" role="status">
          {query.trim() ? (total === 0 ? 'No matches' : index < 0 ? `${total} match${total === 1 ? '' : 'es'}` : `${Math.min(index + 1, total)} of ${total}`) : ''}
        </span>
        <button type="button" className="btn btn-quiet btn-icon" disabled={total === 0} onClick={() => go(-1)} aria-label="Previous match">
          ‹
        </button>
        <button type="button" className="btn btn-quiet btn-icon" disabled={total === 0} onClick={() => go(1)} aria-label="Next match">
          ›
        </button>
      </div>
      <span className="toolbar-sep" aria-hidden="true" />
      <label className="chart-levels">
        <span>Show</span>
        <select
          className="input input-compact"
          value={levels === null ? '' : String(levels)}
          onChange={(e) => {
            if (!sid) return;
            if (e.target.value === 'all') a.expandAll(sid);
            else a.showLevels(sid, Number(e.target.value));
          }}
          aria-label="Levels to show"
        >
          <option value="" disabled>
            Some levels
          </option>
          {LEVELS.map((n) => (
            <option key={n} value={n}>
              {n} levels
            </option>
          ))}
          <option value="all">Everything</option>
        </select>
      </label>
      <span className="toolbar-sep" aria-hidden="true" />
      <label className="check chart-toggle" title="Show identical posts under one manager as one card, Title × n">
        <input type="checkbox" checked={groupIdentical} onChange={(e) => a.setGroupIdentical(e.target.checked)} /> Group identical
      </label>
      <label className="check chart-toggle">
        <input type="checkbox" checked={showNames} onChange={(e) => a.setShowNames(e.target.checked)} /> Names
      </label>
      <label className="check chart-toggle" title="Marks managers whose span of control is outside the range in Settings > Design rules (by default under 3 or over 12), and posts breaking a design rule">
        <input type="checkbox" checked={markShape} onChange={(e) => a.setMarkShape(e.target.checked)} /> Mark spans &amp; rules
      </label>
      <label className="check chart-toggle" title={canSplit ? undefined : 'Create a proposal first'}>
        <input type="checkbox" checked={splitView} disabled={!canSplit} onChange={(e) => a.setSplitView(e.target.checked)} /> Side by side
      </label>
      {splitView && (
        <label className="check chart-toggle" title="Pan and zoom both sides together">
          <input type="checkbox" checked={splitLocked} onChange={(e) => a.setSplitLocked(e.target.checked)} /> Lock views
        </label>
      )}
      {totals && (
        <span className="chart-summary muted" role="status">
          {totals.count} post{totals.count === 1 ? '' : 's'} · {formatFte(totals.fte)} FTE · {formatPounds(totals.cost)} a year
        </span>
      )}
    </div>
  );
}
