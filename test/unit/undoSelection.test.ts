// Undo brings back the selection there was when the step undone was made; a step an edit joined
// keeps the selection of its first edit.
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/contract';
import type { DocumentInfo, EditResult, HistoryState, Post } from '../../shared/model/types';
import { createAppStore } from '../../renderer/src/store';
import { post, reference, structure } from '../helpers/model';

const history = (undoStep: number | null): HistoryState => ({ canUndo: undoStep !== null, canRedo: false, undoLabel: null, redoLabel: null, undoStep });
const result = (undoStep: number | null, posts: Post[] = []): EditResult => ({
  label: 'Edit',
  changes: { posts, deletedPostIds: [], touchedStructureIds: ['cur'], document: null },
  history: history(undoStep),
  createdIds: [],
});

function setup() {
  const { ctx: _ctx, ...ref } = reference();
  const doc: DocumentInfo = { path: '/d.establish', fileName: 'd.establish', ...ref, structures: [structure('cur', { kind: 'current' })], history: history(null) };
  const posts = ['a', 'b', 'c'].map((id) => post({ id, structureId: 'cur' }));
  const store = createAppStore({} as ApiClient);
  store.setState({ doc, activeStructureId: 'cur', structures: { cur: { posts: Object.fromEntries(posts.map((p) => [p.id, p])), version: 1 } } });
  return { s: () => store.getState(), posts };
}

describe('the selection on undo', () => {
  it('comes back as it was when the undone step was made', () => {
    const { s, posts } = setup();
    s().select(['a']);
    s().applyResult(result(1, [{ ...posts[0]!, title: 'Renamed' }]), 'updatePosts');
    s().select(['b', 'c']);
    s().applyResult(result(2, [{ ...posts[1]!, fte: 0.5 }]), 'updatePosts');
    s().select([]);
    s().applyResult(result(1), 'undo');
    expect(s().selection).toEqual(['b', 'c']);
    s().applyResult(result(null), 'undo');
    expect(s().selection).toEqual(['a']);
  });

  it('keeps the first selection of a step that later edits joined, and leaves the selection alone on redo', () => {
    const { s } = setup();
    s().select(['a']);
    s().applyResult(result(1), 'updatePosts');
    s().select(['c']);
    s().applyResult(result(1), 'updatePosts'); // joined step 1
    s().applyResult(result(null), 'undo');
    expect(s().selection).toEqual(['a']);
    s().select(['b']);
    s().applyResult(result(1), 'redo');
    expect(s().selection).toEqual(['b']);
  });

  it('is remembered only by methods that enter the history: a redo does not take the selection of its time', () => {
    const { s } = setup();
    s().select(['a']);
    s().applyResult(result(1), 'movePosts');
    s().applyResult(result(null), 'undo');
    s().select(['c']);
    s().applyResult(result(1), 'redo');
    s().select([]);
    s().applyResult(result(null), 'undo');
    expect(s().selection).toEqual(['a']);
  });
});
