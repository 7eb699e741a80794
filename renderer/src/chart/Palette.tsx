// New posts to drag onto the chart: a blank post, or a copy of any post type already in the
// document (its grade, pay point, FTE and funding; vacant, under its new manager's team). Each item
// is also a button that adds under the selected post, for the keyboard. The items are one stop for
// the Tab key; the arrow keys move between them (a roving tab stop).
import { memo, useDeferredValue, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Id } from '../../../shared/model/types';
import { actions, useApp } from '../store';
import { useIdleValue } from '../components/common/useIdleValue';
import { BLANK_POST, PALETTE_MIME, postTypes, type PostType } from './paletteTypes';
import './palette.css';

function addUnderSelection(type: PostType): void {
  const s = actions();
  const sid = s.activeStructureId;
  if (!sid) return;
  const posts = s.structures[sid]?.posts ?? {};
  const empty = Object.keys(posts).length === 0;
  if (s.selection.length === 1) return void s.addOnChart(sid, s.selection[0]!, type);
  if (empty) return void s.addOnChart(sid, null, type);
  s.notify('info', s.selection.length > 1 ? 'Select one post to add the new post under it.' : 'Select the post the new one reports to, or drag the new post onto its card.');
}

interface ItemProps {
  type: PostType;
  target: string | null;
  tabbable: boolean;
  onFocusItem(key: string): void;
}

const PaletteItem = memo(function PaletteItem({ type, target, tabbable, onFocusItem }: ItemProps) {
  const onDragStart = (e: DragEvent<HTMLButtonElement>) => {
    e.dataTransfer.setData(PALETTE_MIME, JSON.stringify(type));
    e.dataTransfer.setData('text/plain', type.title);
    e.dataTransfer.effectAllowed = 'copy';
  };
  const name = type.examplePostId ? `${type.title}${type.gradeCode ? `, ${type.gradeCode}` : ''}` : 'Blank post';
  return (
    <button
      type="button"
      className={type.examplePostId ? 'palette-item' : 'palette-item palette-item-blank'}
      draggable
      tabIndex={tabbable ? 0 : -1}
      data-palette-key={type.key}
      onFocus={() => onFocusItem(type.key)}
      onDragStart={onDragStart}
      onClick={() => addUnderSelection(type)}
      aria-label={target ? `Add ${name} under ${target}` : `Add ${name}`}
      title={type.examplePostId ? `A vacant copy of “${type.title}”: drag onto the manager's card` : 'An empty vacant post: drag onto the manager’s card'}
    >
      <span className="palette-title">{type.examplePostId ? type.title : 'Blank post'}</span>
      {type.examplePostId && (
        <span className="palette-meta">
          {type.gradeCode || 'No grade'} · {type.count === 0 ? 'none in this structure' : `${type.count} in this structure`}
        </span>
      )}
    </button>
  );
});

export function Palette() {
  const structures = useApp((s) => s.structures);
  const grades = useApp((s) => s.doc!.grades);
  const target = useApp((s) => {
    const sid = s.activeStructureId;
    const id = s.selection.length === 1 ? s.selection[0] : undefined;
    return sid && id ? (s.structures[sid]?.posts[id as Id]?.title ?? null) : null;
  });
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter);
  // Counting post types goes through every post: the chart is painted first.
  const laterStructures = useIdleValue(structures);
  const activeId = useApp((s) => s.activeStructureId);
  const types = useMemo(
    () => postTypes(Object.values(laterStructures).map((s) => s.posts), grades, activeId ? (laterStructures[activeId]?.posts ?? null) : null),
    [laterStructures, grades, activeId],
  );
  const [current, setCurrent] = useState<string>(BLANK_POST.key);
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => {
    const words = deferred.toLowerCase().split(/\s+/).filter(Boolean);
    return words.length ? types.filter((t) => words.every((w) => `${t.title} ${t.gradeCode}`.toLowerCase().includes(w))) : types;
  }, [types, deferred]);

  // The tab stop stays on the item last focused, or goes back to the first when a filter hides it.
  const tabStop = current === BLANK_POST.key || shown.some((t) => t.key === current) ? current : BLANK_POST.key;
  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('.palette-item') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 }[e.key];
    if (to === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    items[Math.max(0, Math.min(items.length - 1, to))]?.focus();
  };
  const intoList = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'ArrowDown') return;
    e.preventDefault();
    list.current?.querySelector<HTMLButtonElement>('.palette-item[tabindex="0"]')?.focus();
  };

  return (
    <aside className="palette" aria-labelledby="palette-heading">
      <h2 id="palette-heading" className="palette-heading">
        Add a post
      </h2>
      <p className="palette-hint">Drag onto the card of the post it reports to{target ? `, or choose to add under “${target}”` : ''}.</p>
      <input className="input palette-filter" type="search" placeholder="Filter post types" aria-label="Filter post types" value={filter} onChange={(e) => setFilter(e.target.value)} onKeyDown={intoList} />
      <ul className="palette-list" ref={list} role="toolbar" aria-orientation="vertical" aria-label="Post types" onKeyDown={onListKey}>
        <li role="none">
          <PaletteItem type={BLANK_POST} target={target} tabbable={tabStop === BLANK_POST.key} onFocusItem={setCurrent} />
        </li>
        {shown.map((t) => (
          <li key={t.key} role="none">
            <PaletteItem type={t} target={target} tabbable={tabStop === t.key} onFocusItem={setCurrent} />
          </li>
        ))}
        {shown.length === 0 && types.length > 0 && (
          <li role="none" className="palette-none">
            No post type matches “{deferred}”.
          </li>
        )}
      </ul>
      <details className="palette-help">
        <summary>Mouse and keyboard</summary>
        <ul>
          <li>Drag a card onto another to change its manager; onto its left or right edge to place it beside that post.</li>
          <li>Shift-drag on the chart selects several cards; Ctrl-click adds one.</li>
          <li>Scroll to move around; Ctrl and scroll to zoom.</li>
          <li>In the chart: arrow keys move along the tree, Enter edits, Delete deletes, + and − show and hide reports.</li>
          <li>Ctrl+F searches, Escape clears, Ctrl+Z and Ctrl+Y undo and redo.</li>
        </ul>
      </details>
    </aside>
  );
}
