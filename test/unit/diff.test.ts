// The diff engine classifies each post once, by what changed, and links replaced posts.
import { describe, expect, it } from 'vitest';
import { costedDiff } from '../../shared/compare/compare';
import type { PostChange } from '../../shared/diff/types';
import type { Post } from '../../shared/model/types';
import { copyOf, GRANT, ORG_B, post, reference } from '../helpers/model';

const { ctx } = reference();

function base(): Post[] {
  const head = post({ id: 'head', title: 'Head of Service', gradeId: 'g3', payPointId: 'g3-p1' });
  const tl = post({ id: 'tl', title: 'Team Leader', gradeId: 'g2', payPointId: 'g2-p2', managerId: 'head' });
  const o1 = post({ id: 'o1', title: 'Officer', managerId: 'tl', ref: 'R1' });
  const o2 = post({ id: 'o2', title: 'Officer', managerId: 'tl', ref: 'R2' });
  const o3 = post({ id: 'o3', title: 'Officer', managerId: 'tl', ref: 'R3', vacant: true, postholders: [], payPointId: null });
  return [head, tl, o1, o2, o3];
}

function diffWith(edit: (after: Post[]) => Post[]) {
  const before = base();
  const after = edit(copyOf(before, 'after'));
  return costedDiff({ structure: { id: 'before' }, posts: before }, { structure: { id: 'after' }, posts: after }, ctx);
}

const byLineage = (changes: PostChange[], lineage: string) => changes.find((c) => c.lineageId === lineage)!;
const set = (posts: Post[], id: string, fields: Partial<Post>) => posts.map((p) => (p.id === `c:${id}` ? { ...p, ...fields } : p));

describe('diffStructures', () => {
  it('finds nothing changed between a structure and its copy', () => {
    const d = diffWith((a) => a);
    expect(d.counts).toEqual({ unchanged: 5, moved: 0, redesignated: 0, regraded: 0, fteChanged: 0, deleted: 0, new: 0 });
    expect(d.changes.every((c) => c.fields.length === 0 && c.costChangePence === 0 && c.matchedBy === 'lineage')).toBe(true);
  });

  it('a post whose grade changed is redesignated and flagged regraded, not deleted and re-created', () => {
    const d = diffWith((a) => set(a, 'o1', { gradeId: 'g2', payPointId: 'g2-p0' }));
    const c = byLineage(d.changes, 'o1');
    expect(c.kind).toBe('redesignated');
    expect(c.regraded).toBe(true);
    expect(c.fields).toEqual(['grade', 'payPoint']);
    expect(c.costAfterPence).toBeGreaterThan(c.costBeforePence);
    expect(d.counts.deleted + d.counts.new).toBe(0);
    expect(d.counts.redesignated).toBe(1);
    expect(d.counts.regraded).toBe(1);
  });

  it('a new title or new duties make a post redesignated without being regraded', () => {
    const title = byLineage(diffWith((a) => set(a, 'o2', { title: 'Business Support Officer' })).changes, 'o2');
    expect([title.kind, title.regraded, title.fields]).toEqual(['redesignated', false, ['title']]);
    const duties = byLineage(diffWith((a) => set(a, 'o2', { duties: 'JD BS-04 v2' })).changes, 'o2');
    expect([duties.kind, duties.fields]).toEqual(['redesignated', ['duties']]);
  });

  it('a change of FTE alone is fte-changed, and outranks a move', () => {
    const c = byLineage(diffWith((a) => set(a, 'o1', { fte: 0.6, managerId: 'c:head' })).changes, 'o1');
    expect(c.kind).toBe('fte-changed');
    expect(c.fields).toEqual(['fte', 'manager']);
    expect(byLineage(diffWith((a) => set(a, 'o1', { fte: 0.6, team: 'Other team' })).changes, 'o1').kind).toBe('fte-changed');
  });

  it('a post with a new manager or team only is moved', () => {
    expect(byLineage(diffWith((a) => set(a, 'o1', { managerId: 'c:head' })).changes, 'o1').kind).toBe('moved');
    expect(byLineage(diffWith((a) => set(a, 'o1', { team: 'Other team' })).changes, 'o1').kind).toBe('moved');
  });

  it('reports funding and employing organisation changes without changing the class', () => {
    const d = diffWith((a) => set(set(a, 'o1', { funding: [{ sourceId: GRANT, shareBp: 10_000 }] }), 'o2', { organisationId: ORG_B }));
    const funded = byLineage(d.changes, 'o1');
    expect([funded.kind, funded.fields, funded.costChangePence]).toEqual(['unchanged', ['funding'], 0]);
    const employer = byLineage(d.changes, 'o2');
    expect([employer.kind, employer.fields]).toEqual(['unchanged', ['organisation']]);
    // The other employer's pension rate is higher.
    expect(employer.costChangePence).toBeGreaterThan(0);
  });

  it('lists deleted posts after the rest, each hanging under its nearest surviving manager as a ghost', () => {
    const d = diffWith((a) => a.filter((p) => p.id !== 'c:tl' && p.id !== 'c:o1').map((p) => (p.managerId === 'c:tl' ? { ...p, managerId: 'c:head' } : p)));
    expect(d.changes.slice(-2).map((c) => [c.kind, c.lineageId, c.ghostManagerId])).toEqual([
      ['deleted', 'tl', 'c:head'],
      ['deleted', 'o1', 'c:head'],
    ]);
    expect(d.counts.deleted).toBe(2);
    expect(byLineage(d.changes, 'o2').kind).toBe('moved');
  });

  it('matches posts imported separately by post reference, pairing repeated references by title', () => {
    const before = base();
    const imported = before.map((p, i) => ({ ...p, id: `i${i}`, lineageId: `L${i}`, managerId: p.managerId && `i${before.findIndex((q) => q.id === p.managerId)}`, ref: p.ref.toLowerCase() }));
    imported[3] = { ...imported[3]!, ref: ' r1 ', title: 'Officer' };
    const d = costedDiff({ structure: { id: 'a' }, posts: before }, { structure: { id: 'b' }, posts: imported }, ctx);
    // R1 now appears twice on the imported side: o1 pairs with the first, and the second is new.
    expect(d.changes.filter((c) => c.matchedBy === 'ref').map((c) => [c.before!.id, c.after!.id])).toEqual([
      ['o1', 'i2'],
      ['o3', 'i4'],
    ]);
    // head and tl have no reference, and R2 is gone: deleted, and head, tl and the second R1 new.
    expect(d.counts.deleted).toBe(3);
    expect(d.counts.new).toBe(3);
  });

  it('links a new post to the deleted posts it replaces: one to one, merge, split and many to many', () => {
    const d = diffWith((a) => {
      const kept = a.filter((p) => !['c:o1', 'c:o2', 'c:o3'].includes(p.id));
      return [
        ...kept,
        post({ id: 'n1', title: 'Support Officer', managerId: 'c:tl', replacesLineageIds: ['o1'] }),
        post({ id: 'n2', title: 'Senior Officer', managerId: 'c:tl', replacesLineageIds: ['o2', 'o3'] }),
      ];
    });
    expect(d.replacementGroups!.map((g) => [g.kind, g.beforeIds, g.afterIds])).toEqual([
      ['one-to-one', ['o1'], ['n1']],
      ['merge', ['o2', 'o3'], ['n2']],
    ]);
    expect(byLineage(d.changes, 'n2').replacesBeforeIds).toEqual(['o2', 'o3']);
    expect(byLineage(d.changes, 'o3').replacedByAfterIds).toEqual(['n2']);
    expect(byLineage(d.changes, 'o3').replacement).toBe('merge');

    const split = diffWith((a) => [
      ...a.filter((p) => p.id !== 'c:o1'),
      post({ id: 'n1', managerId: 'c:tl', replacesLineageIds: ['o1'] }),
      post({ id: 'n2', managerId: 'c:tl', replacesLineageIds: ['o1'] }),
    ]);
    expect(split.replacementGroups!.map((g) => g.kind)).toEqual(['split']);
    const pool = diffWith((a) => [
      ...a.filter((p) => p.id !== 'c:o1' && p.id !== 'c:o2'),
      post({ id: 'n1', managerId: 'c:tl', replacesLineageIds: ['o1', 'o2'] }),
      post({ id: 'n2', managerId: 'c:tl', replacesLineageIds: ['o2'] }),
    ]);
    expect(pool.replacementGroups!.map((g) => g.kind)).toEqual(['many-to-many']);
  });

  it('ignores a replacement link to a post that is still there, unless it is the post’s own redesignated self', () => {
    const stillThere = diffWith((a) => [...a, post({ id: 'n1', managerId: 'c:tl', replacesLineageIds: ['o1'] })]);
    expect(stillThere.replacementGroups).toEqual([]);
    const self = diffWith((a) => set(a, 'o1', { title: 'Business Support Officer', replacesLineageIds: ['o1'] }));
    expect(self.replacementGroups!.map((g) => [g.kind, g.beforeIds, g.afterIds])).toEqual([['one-to-one', ['o1'], ['c:o1']]]);
    const notRedesignated = diffWith((a) => set(a, 'o1', { replacesLineageIds: ['o1'] }));
    expect(notRedesignated.replacementGroups).toEqual([]);
  });
});
