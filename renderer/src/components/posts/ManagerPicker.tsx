// Choosing whom posts report to: a search over the structure's posts. A list of every post would
// be rebuilt and redrawn on every edit, which a structure of thousands of posts cannot afford.
import { useId, useRef, useState } from 'react';
import type { Id, Post } from '../../../../shared/model/types';
import { describePost, PostSearch } from './PostSearch';

const TOP = '';

interface Props {
  /** The shared manager, null for the top of the structure, undefined when the posts differ. */
  value: Id | null | undefined;
  posts: Record<Id, Post>;
  /** Posts that cannot be chosen (the ones being changed). */
  exclude: readonly Id[];
  onChange(managerId: Id | null): void;
}

export function ManagerPicker({ value, posts, exclude, onChange }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const current = value ? posts[value] : undefined;
  const label = value === undefined ? 'Several managers' : current ? describePost(current) : 'Nobody (top of the structure)';
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };

  if (open) {
    return (
      <PostSearch
        label="Reports to"
        posts={posts}
        exclude={exclude}
        extra={{ id: TOP, text: 'Nobody (top of the structure)' }}
        onCancel={(refocus) => (refocus ? close() : setOpen(false))}
        onChoose={(choice) => {
          close();
          const next = choice === TOP ? null : choice;
          if (next !== value) onChange(next);
        }}
      />
    );
  }
  return (
    <div className="field">
      <span className="field-label" id={`${id}-label`}>
        Reports to
      </span>
      <button ref={buttonRef} type="button" className="input picker-button" aria-labelledby={`${id}-label ${id}-value`} onClick={() => setOpen(true)}>
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
