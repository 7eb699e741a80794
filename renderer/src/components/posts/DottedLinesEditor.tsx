// Dotted-line reporting: posts this one also answers to, drawn dashed on the chart.
import { useId, useRef, useState } from 'react';
import type { Id, Post } from '../../../../shared/model/types';
import { actions } from '../../store';
import { describePost, PostSearch } from './PostSearch';
import { fieldLabel } from '../../../../shared/model/fieldLabels';

export function DottedLinesEditor({ post, posts }: { post: Post; posts: Record<Id, Post> }) {
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const stop = (refocus: boolean) => {
    setAdding(false);
    if (refocus) requestAnimationFrame(() => addRef.current?.focus());
  };
  const save = (dottedManagerIds: Id[]) => void actions().updatePosts([post.id], { dottedManagerIds });
  return (
    <fieldset className="fieldset" aria-labelledby={headingId}>
      <legend id={headingId} className="field-label">
        {fieldLabel('dottedManagerIds')}
      </legend>
      {post.dottedManagerIds.length === 0 && !adding && <p className="muted small">None.</p>}
      {post.dottedManagerIds.map((m) => {
        const name = posts[m] ? describePost(posts[m]) : 'A post no longer in this structure';
        return (
          <div key={m} className="funding-row">
            <span className="dotted-name">{name}</span>
            <button type="button" className="btn btn-quiet" aria-label={`Remove the dotted line to ${name}`} onClick={() => save(post.dottedManagerIds.filter((x) => x !== m))}>
              Remove
            </button>
          </div>
        );
      })}
      {adding ? (
        <PostSearch
          label="Add a dotted line to"
          posts={posts}
          exclude={[post.id, ...post.dottedManagerIds, ...(post.managerId ? [post.managerId] : [])]}
          onCancel={stop}
          onChoose={(m) => {
            stop(true);
            save([...post.dottedManagerIds, m]);
          }}
        />
      ) : (
        <button ref={addRef} type="button" className="btn btn-quiet" onClick={() => setAdding(true)}>
          + Add a dotted line
        </button>
      )}
    </fieldset>
  );
}
