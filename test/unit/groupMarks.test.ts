// A card never hides a difference between the posts it stands for, and names every change a post
// has: identical posts with different FTE or changes are separate cards on screen and on paper.
import { describe, expect, it } from 'vitest';
import { postGroupKey } from '../../shared/chart/grouping';
import { marksForSide } from '../../shared/chart/status';
import { costedDiff } from '../../shared/compare/compare';
import { chartContent } from '../../shared/export/content';
import { singleTree } from '../../shared/export/chartTree';
import { printForest } from '../../shared/export/chartFit';
import { DEFAULT_LAYOUT_OPTIONS } from '../../shared/layout/geometry';
import { layoutChart } from '../../shared/layout/layoutChart';
import type { Post } from '../../shared/model/types';
import { copyOf, post, reference } from '../helpers/model';

const { ctx, ...ref } = reference();
const doc = { ...ref, organisations: ref.organisations ?? [], settings: ref.settings } as unknown as Parameters<typeof chartContent>[0];

function team(): Post[] {
  const out = [post({ id: 'head', title: 'Head of Payments' })];
  for (let i = 1; i <= 3; i++) out.push(post({ id: `po${i}`, managerId: 'head', title: 'Payments Officer' }));
  return out;
}

describe('groups and marks', () => {
  it('splits a group whose members differ in FTE, on the screen layout and the printed chart', () => {
    const posts = team().map((p) => (p.id === 'po3' ? { ...p, fte: 0.5 } : p));
    const byId = new Map(posts.map((p) => [p.id, p]));
    const screen = layoutChart(posts, { ...DEFAULT_LAYOUT_OPTIONS, groupIdentical: true, groupKey: (id) => postGroupKey(byId.get(id)!, null, ctx) });
    const groups = screen.cards.filter((c) => c.kind === 'group');
    expect(groups.map((g) => g.postIds)).toEqual([['po1', 'po2']]);
    expect(screen.cards.some((c) => c.kind === 'post' && c.postIds[0] === 'po3')).toBe(true);

    const forest = printForest(singleTree(posts, ctx), [{ side: 'after', content: chartContent(doc, posts, null, { names: false, costs: false, monochrome: false }), ghosts: false }], true);
    const faces = [...forest.faces.get('after')!.values()].map((f) => f.title);
    expect(faces).toContain('Payments Officer × 2');
    expect(faces).toContain('Payments Officer');
  });

  it('keeps a deleted member out of its colleagues\' card, and names every change of a regraded post whose FTE was cut', () => {
    const before = team();
    const after = copyOf(before, 'after')
      .filter((p) => p.id !== 'c:po3')
      .map((p) => (p.id === 'c:po1' ? { ...p, gradeId: 'g2', payPointId: null, fte: 0.6 } : p));
    const diff = costedDiff({ structure: { id: 'a' }, posts: before }, { structure: { id: 'b' }, posts: after }, ctx);
    const onBefore = marksForSide(diff, 'before');
    expect(onBefore.get('po3')?.kinds).toEqual(['deleted']);
    const keys = new Set(['po1', 'po2', 'po3'].map((id) => postGroupKey(before.find((p) => p.id === id)!, onBefore.get(id), ctx)));
    // po1 and po2 are unchanged on the current side and share a card; po3, deleted, has its own.
    expect(keys.size).toBe(2);
    const onAfter = marksForSide(diff, 'after');
    expect(onAfter.get('c:po1')?.kinds).toEqual(['regraded', 'fte-changed']);

    const content = chartContent(doc, before, onBefore, { names: false, costs: false, monochrome: false });
    const forest = printForest(singleTree(before, ctx, onBefore), [{ side: 'after', content, ghosts: false }], true);
    const faces = [...forest.faces.get('after')!.values()];
    const deleted = faces.filter((f) => f.band === 'TO BE DELETED');
    expect(deleted.map((f) => f.title)).toEqual(['Payments Officer']);
    expect(faces.find((f) => f.title === 'Payments Officer × 2')?.band).toBe('');

    const afterFaces = [...printForest(singleTree(after, ctx, onAfter), [{ side: 'after', content: chartContent(doc, after, onAfter, { names: false, costs: false, monochrome: false }), ghosts: false }], true).faces.get('after')!.values()];
    expect(afterFaces.find((f) => f.kinds.includes('regraded'))?.band).toBe('REGRADED · FTE CHANGED');
  });
});
