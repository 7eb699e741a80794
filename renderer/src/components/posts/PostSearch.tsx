// A search box over a structure's posts with a short list of matches, for choosing a post from
// thousands: arrow keys move, Enter chooses, Escape cancels.
import { useId, useMemo, useRef, useState, useEffect, type KeyboardEvent } from 'react';
import type { Id, Post } from '../../../../shared/model/types';
import './PostSearch.css';

const MAX_SHOWN = 12;

export interface SearchOption {
  id: string;
  text: string;
}

interface Props {
  label: string;
  posts: Record<Id, Post>;
  /** Posts that cannot be chosen. */
  exclude: readonly Id[];
  /** Offered before the matches, whatever is typed (e.g. "Nobody"). */
  extra?: SearchOption;
  onChoose(id: string): void;
  /** Escape (`refocus`: put focus back where it came from) or leaving the box. */
  onCancel(refocus: boolean): void;
}

export function describePost(p: Post): string {
  return p.ref ? `${p.title} (${p.ref})` : p.title;
}

export function PostSearch({ label, posts, exclude, extra, onChoose, onCancel }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const options = useMemo(() => {
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
    const matches = found.slice(0, MAX_SHOWN).map((p) => ({ id: p.id, text: describePost(p) }));
    return extra ? [extra, ...matches] : matches;
  }, [query, posts, exclude, extra]);

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, Math.min(options.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const o = options[active];
      if (o) onChoose(o.id);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel(true);
    }
  };

  const none = options.length === (extra ? 1 : 0) && query.trim();
  return (
    <div className="field picker">
      <label htmlFor={id} className="field-label">
        {label}
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
        onBlur={() => onCancel(false)}
      />
      <ul id={`${id}-list`} role="listbox" className="picker-list" aria-label={label}>
        {options.map((o, i) => (
          <li
            key={o.id || 'extra'}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'picker-option picker-option-active' : 'picker-option'}
            // Chosen on mouse down, before the search box loses focus and closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              onChoose(o.id);
            }}
          >
            {o.text}
          </li>
        ))}
      </ul>
      {none && <p className="field-hint">No post matches “{query.trim()}”.</p>}
    </div>
  );
}
