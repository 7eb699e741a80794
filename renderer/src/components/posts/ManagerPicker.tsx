// Choosing whom posts report to: a search over the structure's posts. A list of every post would
// be rebuilt and redrawn on every edit, which a structure of thousands of posts cannot afford; a
// search shows a dozen at a time and works the same from the keyboard.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Id, Post } from '../../../../shared/model/types';
import './ManagerPicker.css';

const MAX_SHOWN = 12;
const TOP = '';

interface Props {
  /** The shared manager, null for the top of the structure, undefined when the posts differ. */
  value: Id | null | undefined;
  posts: Record<Id, Post>;
  /** Posts that cannot be chosen (the ones being changed). */
  exclude: readonly Id[];
  onChange(managerId: Id | null): void;
}

function describe(p: Post): string {
  return p.ref ? `${p.title} (${p.ref})` : p.title;
}

export function ManagerPicker({ value, posts, exclude, onChange }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const current = value ? posts[value] : undefined;
  const label = value === undefined ? 'Several managers' : current ? describe(current) : 'Nobody (top of the structure)';

  const options = useMemo(() => {
    if (!open) return [];
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const skip = new Set(exclude);
    const found: Post[] = [];
    for (const p of Object.values(posts)) {
      if (skip.has(p.id)) continue;
      const text = `${p.title} ${p.ref} ${p.team} ${p.postholders.map((h) => h.name).join(' ')}`.toLowerCase();
      if (words.every((w) => text.includes(w))) found.push(p);
      if (found.length >= 200) break;
    }
    found.sort((a, b) => a.title.localeCompare(b.title, 'en-GB') || a.ref.localeCompare(b.ref, 'en-GB'));
    return [{ id: TOP, text: 'Nobody (top of the structure)' }, ...found.slice(0, MAX_SHOWN).map((p) => ({ id: p.id, text: describe(p) }))];
  }, [open, query, posts, exclude]);

  const start = () => {
    setOpen(true);
    setQuery('');
    setActive(0);
    requestAnimationFrame(() => inputRef.current?.focus());
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const choose = (optionId: string) => {
    close(true);
    const next = optionId === TOP ? null : optionId;
    if (next !== value) onChange(next);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, Math.min(options.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const o = options[active];
      if (o) choose(o.id);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    }
  };

  if (!open) {
    return (
      <div className="field">
        <span className="field-label" id={`${id}-label`}>
          Reports to
        </span>
        <button ref={buttonRef} type="button" className="input picker-button" aria-labelledby={`${id}-label ${id}-value`} onClick={start}>
          <span id={`${id}-value`} className={value === undefined ? 'muted' : undefined}>
            {label}
          </span>
          <span className="picker-change" aria-hidden="true">
            Change…
          </span>
        </button>
      </div>
    );
  }
  return (
    <div className="field picker">
      <label htmlFor={id} className="field-label">
        Reports to
      </label>
      <input
        ref={inputRef}
        id={id}
        className="input"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={options[active] ? `${id}-o${active}` : undefined}
        placeholder="Search by title, reference, team or name"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        onBlur={() => close(false)}
      />
      <ul id={`${id}-list`} role="listbox" className="picker-list" aria-label="Managers">
        {options.map((o, i) => (
          <li
            key={o.id || 'top'}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'picker-option picker-option-active' : 'picker-option'}
            // Chosen on mouse down, before the search box loses focus and closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o.id);
            }}
          >
            {o.text}
          </li>
        ))}
      </ul>
      {options.length === 1 && query.trim() && <p className="field-hint">No post matches “{query.trim()}”.</p>}
    </div>
  );
}
