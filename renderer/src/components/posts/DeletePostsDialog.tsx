// Deleting posts that have reports asks what happens to those reports.
import { useState } from 'react';
import type { Id } from '../../../../shared/model/types';
import { actions, useApp } from '../../store';
import { activePosts } from '../../store/selectors';
import { descendants, childrenMap } from '../../../../shared/model/tree';
import { postList } from '../../store/selectors';
import { Dialog } from '../common/Dialog';

export function DeletePostsDialog({ postIds }: { postIds: Id[] }) {
  const posts = useApp(activePosts);
  const [mode, setMode] = useState<'reassign' | 'delete-branch'>('reassign');
  const list = postList(posts);
  const kids = childrenMap(list);
  const ids = new Set(postIds);
  const below = new Set<Id>();
  for (const id of postIds) for (const d of descendants(kids, id)) if (!ids.has(d)) below.add(d);
  const first = posts?.[postIds[0]!];
  const what = postIds.length === 1 && first ? `“${first.title}”` : `${postIds.length} posts`;
  const close = () => actions().closeDialog();
  const confirm = async () => {
    close();
    await actions().deletePosts(postIds, mode);
  };
  return (
    <Dialog
      title={`Delete ${what}?`}
      onClose={close}
      actions={
        <>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="button" className="btn btn-danger" onClick={() => void confirm()} autoFocus>
            Delete
          </button>
        </>
      }
    >
      <p>
        {what} {postIds.length === 1 ? 'has' : 'have'} {below.size} post{below.size === 1 ? '' : 's'} reporting to {postIds.length === 1 ? 'it' : 'them'}. What should happen to{' '}
        {below.size === 1 ? 'it' : 'them'}?
      </p>
      <fieldset className="fieldset">
        <legend className="sr-only">What happens to the reports</legend>
        <label className="radio">
          <input type="radio" name="delete-mode" checked={mode === 'reassign'} onChange={() => setMode('reassign')} /> Move them up to report to the next manager
        </label>
        <label className="radio">
          <input type="radio" name="delete-mode" checked={mode === 'delete-branch'} onChange={() => setMode('delete-branch')} /> Delete them too (the whole branch, {below.size + postIds.length} posts)
        </label>
      </fieldset>
      <p className="muted small">You can undo this.</p>
    </Dialog>
  );
}
