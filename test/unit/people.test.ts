// The people effect: at risk, slot-ins, ring-fences, vacancies, consultation lines and funding ends.
import { describe, expect, it } from 'vitest';
import { consultationDuty } from '../../shared/compare/people';
import { compareStructures } from '../../shared/compare/compare';
import type { Post } from '../../shared/model/types';
import { copyOf, GRANT, GRANT2, post, reference, structure } from '../helpers/model';

const { ctx, ...ref } = reference();

function team(n: number, fields: Partial<Post> = {}): Post[] {
  const head = post({ id: 'head', title: 'Manager', gradeId: 'g3', payPointId: 'g3-p1' });
  return [head, ...Array.from({ length: n }, (_, i) => post({ id: `o${i + 1}`, managerId: 'head', ...fields }))];
}

function effect(before: Post[], edit: (after: Post[]) => Post[], implementationDate: string | null = '2025-10-01') {
  const after = edit(copyOf(before, 'prop'));
  return compareStructures(ref, { structure: structure('cur', { kind: 'current' }), posts: before }, { structure: structure('prop', { implementationDate }), posts: after }, { costContext: ctx }).people;
}

const without = (...ids: string[]) => (a: Post[]) => a.filter((p) => !ids.map((i) => `c:${i}`).includes(p.id));

describe('people effect', () => {
  it('puts postholders of deleted and redesignated posts at risk, but not vacancies', () => {
    const before = team(4);
    before[4] = { ...before[4]!, vacant: true, postholders: [] };
    const e = effect(before, (a) => without('o1', 'o4')(a).map((p) => (p.id === 'c:o2' ? { ...p, title: 'Senior Officer' } : p)));
    expect([e.affected, e.atRisk, e.vacanciesDeleted, e.postsDeleted, e.fteUnitsDeleted]).toEqual([2, 2, 1, 2, 20_000]);
    expect(e.atRiskPosts.map((r) => [r.change.kind, r.change.lineageId])).toEqual([
      ['redesignated', 'o2'],
      ['deleted', 'o1'],
    ]);
    expect([e.headcountBefore, e.headcountAfter, e.postsBefore, e.postsAfter]).toEqual([4, 3, 5, 3]);
  });

  it('slots a postholder straight into the one post replacing theirs, so they are not counted at risk', () => {
    const e = effect(team(2), (a) => [...without('o1')(a), post({ id: 'n1', managerId: 'c:head', title: 'Support Officer', replacesLineageIds: ['o1'] })]);
    expect([e.affected, e.slotIns, e.atRisk]).toEqual([1, 1, 0]);
    expect(e.replacements.map((r) => [r.group.kind, r.outcome])).toEqual([['one-to-one', 'slot-in']]);
    expect(e.atRiskPosts[0]!.outcome).toBe('slot-in');
  });

  it('slots a job share of two half-time postholders into one full-time post', () => {
    const before = team(1, { postholders: [{ id: 'a', name: 'A', fte: 0.5 }, { id: 'b', name: 'B', fte: 0.5 }] });
    const e = effect(before, (a) => [...without('o1')(a), post({ id: 'n1', managerId: 'c:head', replacesLineageIds: ['o1'] })]);
    expect([e.affected, e.slotIns, e.atRisk]).toEqual([2, 2, 0]);
  });

  it('ring-fences three postholders for two merged posts: all three stay at risk', () => {
    const e = effect(team(3), (a) => [
      ...without('o1', 'o2', 'o3')(a),
      post({ id: 'n1', managerId: 'c:head', replacesLineageIds: ['o1', 'o2', 'o3'] }),
      post({ id: 'n2', managerId: 'c:head', replacesLineageIds: ['o1', 'o2', 'o3'] }),
    ]);
    expect(e.replacements.map((r) => [r.group.kind, r.candidates, r.places, r.outcome])).toEqual([['many-to-many', 3, 2, 'ring-fence']]);
    expect([e.affected, e.ringFenced, e.slotIns, e.atRisk]).toEqual([3, 3, 0, 3]);
  });

  it('slots a redesignated post’s own postholder in when the post names itself as replaced', () => {
    const e = effect(team(1), (a) => a.map((p) => (p.id === 'c:o1' ? { ...p, title: 'Business Support Officer', replacesLineageIds: ['o1'] } : p)));
    expect([e.affected, e.slotIns, e.atRisk]).toEqual([1, 1, 0]);
  });

  it('notes people whose hours are cut, without counting them at risk', () => {
    const e = effect(team(2), (a) => a.map((p) => (p.id === 'c:o1' ? { ...p, fte: 0.8 } : p)));
    expect([e.hoursReduced, e.atRisk]).toEqual([1, 0]);
  });

  it('says when collective consultation applies: 30 days from 20 people at risk, 45 days from 100', () => {
    expect(consultationDuty(19)).toBeNull();
    expect(consultationDuty(20)).toMatchObject({ threshold: 20, minimumDays: 30 });
    expect(consultationDuty(99)).toMatchObject({ threshold: 20, minimumDays: 30 });
    expect(consultationDuty(100)).toMatchObject({ threshold: 100, minimumDays: 45 });
    expect(consultationDuty(100)!.message).toContain('at least 45 days before the first dismissal');
    expect(consultationDuty(20)!.message).toContain('HR1');
    const big = effect(team(120), (a) => a.filter((p) => p.id === 'c:head'));
    expect([big.atRisk, big.consultation?.minimumDays]).toEqual([120, 45]);
    const twenty = effect(team(25), (a) => a.filter((p) => !/^c:o([1-9]|1\d|20)$/.test(p.id)));
    expect([twenty.atRisk, twenty.consultation?.minimumDays]).toEqual([20, 30]);
  });

  it('flags posts whose funding ends before, or within 12 months after, the implementation date', () => {
    const before = [
      post({ id: 'a', funding: [{ sourceId: GRANT, shareBp: 10_000 }] }),
      post({ id: 'b', funding: [{ sourceId: GRANT2, shareBp: 10_000 }] }),
      post({ id: 'c' }),
    ];
    // Public Health grant ends 31 March 2026; Opportunity Area grant 31 August 2025.
    const e = effect(before, (a) => a, '2025-10-01');
    expect(e.fundingEnds.map((f) => [f.post.lineageId, f.source.name, f.when])).toEqual([
      ['a', 'Public Health grant', 'within-12-months'],
      ['b', 'Opportunity Area grant', 'before'],
    ]);
    expect(effect(before, (a) => a, '2024-01-01').fundingEnds).toEqual([]);
    expect(effect(before, (a) => a, null).fundingEnds).toEqual([]);
  });
});
