// People counted once: a person at risk who is named again in a retained vacancy or a new post is
// redeployed, not at risk; people slotting into replacing posts left vacant still count in the
// headcount after. In each case headcount before - people at risk = headcount after.
import { describe, expect, it } from 'vitest';
import { compareStructures } from '../../shared/compare/compare';
import { traceFigure } from '../../shared/compare/trace';
import type { Post } from '../../shared/model/types';
import { copyOf, post, reference, structure } from '../helpers/model';

const { ctx, ...ref } = reference();

const named = (id: string, ...names: string[]) => names.map((n, i) => ({ id: `${id}-h${i}`, name: n, fte: names.length > 1 ? 1 / names.length : null }));

function team(): Post[] {
  return [
    post({ id: 'head', title: 'Manager', gradeId: 'g3', payPointId: 'g3-p1', postholders: named('head', 'Hana Head') }),
    post({ id: 'o1', managerId: 'head', postholders: named('o1', 'Ann Able') }),
    post({ id: 'o2', managerId: 'head', postholders: named('o2', 'Ben Best') }),
    post({ id: 'v1', managerId: 'head', title: 'Data Officer', vacant: true, postholders: [] }),
  ];
}

function summaryOf(edit: (after: Post[]) => Post[], before = team()) {
  const after = edit(copyOf(before, 'prop'));
  return compareStructures(ref, { structure: structure('cur', { kind: 'current' }), posts: before }, { structure: structure('prop'), posts: after }, { costContext: ctx });
}
const effect = (edit: (after: Post[]) => Post[], before = team()) => summaryOf(edit, before).people;

const fill = (id: string, name: string) => (p: Post): Post => (p.id === `c:${id}` ? { ...p, vacant: false, postholders: [{ id: 'x', name, fte: null }] } : p);

describe('people counted once', () => {
  it('a person redeployed into a retained vacancy is not at risk', () => {
    // o1 (Ann Able) is deleted; the vacant Data Officer post is kept and Ann is named in it.
    const e = effect((a) => a.filter((p) => p.id !== 'c:o1').map(fill('v1', '  ann  ABLE ')));
    expect([e.affected, e.redeployed, e.slotIns, e.atRisk]).toEqual([1, 1, 0, 0]);
    expect(e.atRiskPosts.map((r) => [r.change.lineageId, r.outcome, r.redeployed])).toEqual([['o1', 'redeployed', 1]]);
    // 3 people before (Hana, Ann, Ben), 3 after (Hana, Ben, Ann in the Data Officer post).
    expect([e.headcountBefore, e.headcountAfter, e.vacanciesBefore, e.vacanciesAfter]).toEqual([3, 3, 1, 0]);
    expect(e.headcountBefore - e.atRisk).toBe(e.headcountAfter);
  });

  it('a person redeployed into a new post is not at risk; someone else in a deleted post still is', () => {
    const e = effect((a) => [
      ...a.filter((p) => p.id !== 'c:o1' && p.id !== 'c:o2'),
      post({ id: 'n1', structureId: 'prop', managerId: 'c:head', title: 'Forms Officer', postholders: [{ id: 'y', name: 'Ben Best', fte: null }] }),
    ]);
    expect([e.affected, e.redeployed, e.atRisk]).toEqual([2, 1, 1]);
    expect(e.atRiskPosts.map((r) => [r.change.lineageId, r.outcome])).toEqual([
      ['o1', 'at-risk'],
      ['o2', 'redeployed'],
    ]);
    // Before: Hana, Ann, Ben = 3. After: Hana, Ben (new post) = 2. Ann at risk: 3 - 1 = 2.
    expect([e.headcountBefore, e.headcountAfter]).toEqual([3, 2]);
    expect(e.headcountBefore - e.atRisk).toBe(e.headcountAfter);
  });

  it('a name is matched once: one place cannot take two people of the same name', () => {
    const before = [...team(), post({ id: 'o3', managerId: 'head', postholders: named('o3', 'Ann Able') })];
    const e = effect((a) => a.filter((p) => p.id !== 'c:o1' && p.id !== 'c:o3').map(fill('v1', 'Ann Able')), before);
    expect([e.affected, e.redeployed, e.atRisk]).toEqual([2, 1, 1]);
    expect(e.headcountBefore - e.atRisk).toBe(e.headcountAfter);
  });

  it('a person staying in their own redesignated post is still at risk: only vacancies and new posts redeploy', () => {
    const e = effect((a) => a.map((p) => (p.id === 'c:o1' ? { ...p, title: 'Senior Officer' } : p)));
    expect([e.affected, e.redeployed, e.atRisk]).toEqual([1, 0, 1]);
  });

  it('one of a job share redeployed: the other stays at risk', () => {
    const before = [...team(), post({ id: 'js', managerId: 'head', postholders: named('js', 'Cat Cole', 'Dev Dunn') })];
    const e = effect((a) => a.filter((p) => p.id !== 'c:js').map(fill('v1', 'Dev Dunn')), before);
    expect([e.affected, e.redeployed, e.atRisk]).toEqual([2, 1, 1]);
    expect(e.atRiskPosts[0]).toMatchObject({ outcome: 'at-risk', people: 2, redeployed: 1 });
    // Before: 3 + 2 = 5; after: 3 + Dev = 4.
    expect([e.headcountBefore, e.headcountAfter]).toEqual([5, 4]);
  });

  it('a redeployed ring-fence candidate leaves the pool', () => {
    const e = effect((a) => [
      ...a.filter((p) => p.id !== 'c:o1' && p.id !== 'c:o2').map(fill('v1', 'Ben Best')),
      post({ id: 'n1', structureId: 'prop', managerId: 'c:head', vacant: true, postholders: [], replacesLineageIds: ['o1', 'o2'], fte: 0.5 }),
    ]);
    expect([e.affected, e.ringFenced, e.redeployed, e.atRisk]).toEqual([2, 1, 1, 1]);
  });

  it('people slotting into replacing posts left vacant still count in the headcount after', () => {
    // o1 and o2 deleted; two new vacant posts replace them one to one: both slot in.
    const s = summaryOf((a) => [
      ...a.filter((p) => p.id !== 'c:o1' && p.id !== 'c:o2'),
      post({ id: 'n1', structureId: 'prop', managerId: 'c:head', vacant: true, postholders: [], replacesLineageIds: ['o1'] }),
      post({ id: 'n2', structureId: 'prop', managerId: 'c:head', vacant: true, postholders: [], replacesLineageIds: ['o2'] }),
    ]);
    const e = s.people;
    expect([e.affected, e.slotIns, e.atRisk]).toEqual([2, 2, 0]);
    // 3 before; after: Hana + the two slotted in = 3; the Data Officer vacancy is the only one left.
    expect([e.headcountBefore, e.headcountAfter, e.vacanciesAfter]).toEqual([3, 3, 1]);
    // Traced, the headcount after is Hana and one person in each new post; the change is none.
    const after = traceFigure(s, { scope: 'total', side: 'after', measure: 'headcount' });
    expect(after.total).toBe(3);
    expect(after.lines.filter((l) => l.value > 0).map((l) => [l.post.id, l.value])).toEqual([['c:head', 1], ['n1', 1], ['n2', 1]]);
    expect(traceFigure(s, { scope: 'total', side: 'saving', measure: 'headcount' }).total).toBe(0);
  });
});
