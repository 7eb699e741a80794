// What a structure's chart shows of a comparison: statuses on cards, ghosts of deleted posts where
// they were, and the legend, read from a real renderer store.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/contract';
import { ghostPosts } from '../../shared/diff/ghosts';
import { costedDiff } from '../../shared/compare/compare';
import type { DocumentInfo, Post } from '../../shared/model/types';
import { ChangeLegend } from '../../renderer/src/components/compare/ChangeLegend';
import { selectCardStatus, selectGhostPosts } from '../../renderer/src/components/compare/chartStatus';
import { createAppStore } from '../../renderer/src/store';
import { copyOf, post, reference, structure } from '../helpers/model';

function base(): Post[] {
  return [
    post({ id: 'head', title: 'Head of Service', structureId: 'cur' }),
    post({ id: 'tl', title: 'Team Leader', managerId: 'head', structureId: 'cur' }),
    post({ id: 'o1', managerId: 'tl', structureId: 'cur' }),
    post({ id: 'o2', managerId: 'tl', structureId: 'cur' }),
    post({ id: 'o3', managerId: 'head', structureId: 'cur' }),
  ];
}

function store() {
  const { ctx: _ctx, ...ref } = reference();
  const before = base();
  // The team leader and one officer under it go; the other officer is redesignated; a new post arrives.
  const after = copyOf(before, 'prop')
    .filter((p) => p.id !== 'c:tl' && p.id !== 'c:o1')
    .map((p) => (p.id === 'c:o2' ? { ...p, managerId: 'c:head', title: 'Senior Officer' } : p));
  after.push(post({ id: 'n1', structureId: 'prop', managerId: 'c:head', title: 'Coordinator' }));
  const doc: DocumentInfo = {
    path: '/x.establish',
    fileName: 'x.establish',
    ...ref,
    structures: [structure('cur', { kind: 'current', name: 'Current' }), structure('prop', { name: 'Option A' })],
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoStep: null },
  };
  const s = createAppStore({} as ApiClient);
  const rec = (posts: Post[]) => Object.fromEntries(posts.map((p) => [p.id, p]));
  s.setState({ doc, structures: { cur: { posts: rec(before), version: 1 }, prop: { posts: rec(after), version: 1 } }, activeStructureId: 'prop' });
  return { s, before, after };
}

describe('change status on charts', () => {
  it('labels the proposal’s cards as the printed chart does, and leaves unchanged ones plain', () => {
    const { s } = store();
    const st = s.getState();
    expect(selectCardStatus(st, 'prop', ['n1'])).toEqual({ kind: 'new', label: 'NEW POST' });
    // Retitled and moved to another manager: both changes are named.
    expect(selectCardStatus(st, 'prop', ['c:o2'])).toEqual({ kind: 'redesignated', label: 'REDESIGNATED · MOVED' });
    expect(selectCardStatus(st, 'prop', ['c:o3'])).toBeNull();
    // A grouped card with posts of different statuses shows none.
    expect(selectCardStatus(st, 'prop', ['n1', 'c:o3'])).toBeNull();
    s.setState({ chartChanges: false });
    expect(selectCardStatus(s.getState(), 'prop', ['n1'])).toBeNull();
  });

  it('marks on Current the posts the proposal chosen in Compare deletes', () => {
    const { s } = store();
    s.setState({ compare: { ...s.getState().compare, fromId: 'cur', toId: 'prop' } });
    const st = s.getState();
    expect(selectCardStatus(st, 'cur', ['tl'])).toEqual({ kind: 'deleted', label: 'TO BE DELETED' });
    expect(selectCardStatus(st, 'cur', ['o3'])).toBeNull();
  });

  it('draws deleted posts as ghosts where they were: a deleted branch keeps its shape under the manager that survives', () => {
    const { s } = store();
    const ghosts = selectGhostPosts(s.getState(), 'prop');
    expect(ghosts.map((g) => [g.id, g.managerId, g.ghost])).toEqual([
      ['tl', 'c:head', true],
      ['o1', 'tl', true],
    ]);
    expect(selectCardStatus(s.getState(), 'prop', ['o1'])).toEqual({ kind: 'deleted', label: 'TO BE DELETED' });
    // The same answer while nothing changes, so the chart does not lay out again.
    expect(selectGhostPosts(s.getState(), 'prop')).toBe(ghosts);
    s.setState({ showGhosts: false });
    expect(selectGhostPosts(s.getState(), 'prop')).toEqual([]);
    expect(selectGhostPosts(s.getState(), 'cur')).toEqual([]);
  });

  it('hangs a ghost under its nearest surviving manager when its own manager went too and is not drawn', () => {
    const { ctx } = reference();
    const before = base();
    const after = copyOf(before, 'p').filter((p) => p.id !== 'c:tl' && p.id !== 'c:o1');
    const d = costedDiff({ structure: { id: 'a' }, posts: before }, { structure: { id: 'b' }, posts: after }, ctx);
    expect(d.changes.find((c) => c.lineageId === 'o1')!.ghostManagerId).toBe('c:head');
    expect(ghostPosts(d).find((g) => g.id === 'o1')!.managerId).toBe('tl');
  });

  it('has a legend naming every status with its printed label, vacancies and ghosts', () => {
    const html = renderToStaticMarkup(<ChangeLegend ghosts />);
    for (const label of ['NEW POST', 'TO BE DELETED', 'REDESIGNATED', 'REGRADED', 'MOVED', 'FTE CHANGED', 'VACANT']) expect(html).toContain(label);
    expect(html).toContain('a deleted post, shown where it was');
    expect(renderToStaticMarkup(<ChangeLegend ghosts={false} />)).not.toContain('shown where it was');
  });
});
