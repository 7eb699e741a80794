// Costing: exact splits, financial years, shared posts, funding sources and in-year effects.
import { describe, expect, it } from 'vitest';
import { apportion, roundDiv, splitByWeights } from '../../shared/costing/apportion';
import { addMonths, financialYearOf, shareOfYearFrom } from '../../shared/costing/financialYear';
import { financialYearEffects, inYearLines } from '../../shared/costing/inYear';
import { costPost } from '../../shared/costing/postCost';
import { costStructure } from '../../shared/costing/structureCost';
import { compareStructures } from '../../shared/compare/compare';
import { traceFigure } from '../../shared/compare/trace';
import { CORE, GRANT, GRANT2, ORG_A, ORG_B, copyOf, post, reference, structure } from '../helpers/model';

describe('apportioning pence', () => {
  it('splits a total so the parts add up exactly, the odd pennies going to the largest remainders', () => {
    expect(splitByWeights(100, [3333, 3333, 3334])).toEqual([33, 33, 34]);
    expect(splitByWeights(1001, [5000, 5000])).toEqual([501, 500]);
    expect(splitByWeights(-1001, [5000, 5000])).toEqual([-501, -500]);
    expect(splitByWeights(7, [1, 1, 1])).toEqual([3, 2, 2]);
  });

  it('rounds the total of unrounded parts half away from zero', () => {
    expect(roundDiv(5, 10)).toBe(1);
    expect(roundDiv(-5, 10)).toBe(-1);
    expect(roundDiv(4, 10)).toBe(0);
    // Three parts of 1.5: 4.5 in all, rounded to 5; the first two remainders win the pennies.
    expect(apportion([15, 15, 15], 10)).toEqual([2, 2, 1]);
    expect(apportion([15, 15, 15], 10).reduce((s, v) => s + v, 0)).toBe(5);
  });
});

describe('financial years', () => {
  it('runs from 1 April to 31 March', () => {
    expect(financialYearOf('2022-03-28')).toMatchObject({ label: '2021/22', start: '2021-04-01', end: '2022-03-31' });
    expect(financialYearOf('2022-04-01').label).toBe('2022/23');
    expect(financialYearOf('1999-12-31').label).toBe('1999/00');
  });

  it('counts a change from 1 October as exactly half the year, 1 April as all of it, and a part month by its days', () => {
    const fy = financialYearOf('2025-10-01');
    expect(shareOfYearFrom(fy, '2025-10-01')).toEqual({ numerator: 1, denominator: 2 });
    expect(shareOfYearFrom(fy, '2025-04-01')).toEqual({ numerator: 1, denominator: 1 });
    expect(shareOfYearFrom(fy, '2026-03-31')).toEqual({ numerator: 1, denominator: 372 });
    // 28 March 2022: 4 of March's 31 days, in a year of twelve months: 4/372.
    expect(shareOfYearFrom(financialYearOf('2022-03-28'), '2022-03-28')).toEqual({ numerator: 1, denominator: 93 });
    expect(shareOfYearFrom(fy, '2024-05-01')).toEqual({ numerator: 1, denominator: 1 });
    expect(shareOfYearFrom(fy, '2027-05-01')).toEqual({ numerator: 0, denominator: 1 });
  });

  it('adds months keeping the day where the month has it', () => {
    expect(addMonths('2022-03-28', 12)).toBe('2023-03-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
  });

  it('gives the in-year saving of each year and what each year adds, totals from the unrounded figure', () => {
    const years = financialYearEffects(10_000_001, 0, '2025-10-01');
    expect(years.map((y) => [y.year.label, y.savingPence, y.incrementalSavingPence])).toEqual([
      ['2025/26', 5_000_001, 5_000_001],
      ['2026/27', 10_000_001, 5_000_000],
      ['2027/28', 10_000_001, 0],
    ]);
    expect(years[0]!.afterPence).toBe(10_000_001 - 5_000_001);
    expect(financialYearEffects(100, 0, null)).toEqual([]);
    // Three lines of 1p each, half a year: 1.5p rounds to 2p, and the lines add up to it.
    const lines = inYearLines([1, 1, 1], { numerator: 1, denominator: 2 });
    expect(lines.reduce((s, v) => s + v, 0)).toBe(2);
  });
});

describe('costing structures', () => {
  const { ctx, ...ref } = reference();

  it('costs a vacancy at the bottom, middle or top of its grade as the document says', () => {
    const v = post({ vacant: true, postholders: [], payPointId: null, gradeId: 'g1' });
    const at = (vacancyCosting: 'bottom' | 'middle' | 'top') => costPost(v, reference({ vacancyCosting }).ctx).fullTimeSalaryPence;
    expect([at('bottom'), at('middle'), at('top')]).toEqual([2_400_000, 2_500_000, 2_600_000]);
  });

  it('charges employer NI per person above the threshold: a job share costs less NI than one person', () => {
    const one = costPost(post({ postholders: [{ id: 'a', name: '', fte: null }] }), ctx);
    const two = costPost(post({ postholders: [{ id: 'a', name: 'A', fte: 0.5 }, { id: 'b', name: 'B', fte: 0.5 }] }), ctx);
    expect(one.niPence).toBe(Math.round((2_600_000 - 500_000) * 0.15));
    expect(two.niPence).toBe(2 * Math.round((1_300_000 - 500_000) * 0.15));
    expect(two.salaryPence).toBe(one.salaryPence);
  });

  it('adds the apprenticeship levy when the document says so', () => {
    const p = post({});
    expect(costPost(p, reference({ levyEnabled: true, levyRateBp: 50 }).ctx).levyPence).toBe(13_000);
    expect(costPost(p, ctx).levyPence).toBe(0);
  });

  it('splits a post funded by three sources so the parts add up to its cost exactly', () => {
    const p = post({ salaryOverridePence: 3_000_001, funding: [{ sourceId: CORE, shareBp: 3333 }, { sourceId: GRANT, shareBp: 3333 }, { sourceId: GRANT2, shareBp: 3334 }] });
    const c = costStructure([p], ctx);
    const line = c.lines[0]!;
    expect(line.funding.reduce((s, f) => s + f.pence, 0)).toBe(line.cost.totalPence);
    expect(line.funding.reduce((s, f) => s + f.fteUnits, 0)).toBe(10_000);
  });

  it('splits a shared post 50:50 between two councils, pension at the employer’s rate', () => {
    const shared = post({ id: 'dir', title: 'Shared Service Director', gradeId: 'g3', payPointId: 'g3-p1', organisationId: ORG_B, organisationShares: [{ organisationId: ORG_A, shareBp: 5000 }, { organisationId: ORG_B, shareBp: 5000 }] });
    const own = post({ id: 'own' });
    const s = compareStructures(ref, { structure: structure('cur', { kind: 'current' }), posts: [own] }, { structure: structure('prop'), posts: [own, shared] }, { costContext: ctx });
    const cost = costPost(shared, ctx);
    expect(cost.pensionPence).toBe(Math.round(4_700_000 * 0.215));
    const byOrg = Object.fromEntries(s.breakdowns.organisation.map((r) => [r.label, r.after.costPence]));
    expect(byOrg['City Council']).toBe(Math.floor(cost.totalPence / 2));
    expect(byOrg['County Council']).toBe(costPost(own, ctx).totalPence + Math.ceil(cost.totalPence / 2));
    expect(s.breakdowns.organisation.map((r) => r.after.fteUnits)).toEqual([15_000, 5_000]);
  });

  it('cuts totals by team, grade, funding source and organisation, every cut adding up to the total', () => {
    const before = [post({ id: 'a', team: 'X' }), post({ id: 'b', team: 'Y', gradeId: 'g2', payPointId: 'g2-p0', funding: [{ sourceId: CORE, shareBp: 2500 }, { sourceId: GRANT, shareBp: 7500 }] })];
    const after = copyOf(before, 'prop').slice(1);
    const s = compareStructures(ref, { structure: structure('cur'), posts: before }, { structure: structure('prop', { implementationDate: '2025-10-01' }), posts: after }, { costContext: ctx });
    for (const rows of Object.values(s.breakdowns)) {
      expect(rows.reduce((t, r) => t + r.before.costPence, 0)).toBe(s.cost.beforePence);
      expect(rows.reduce((t, r) => t + r.after.costPence, 0)).toBe(s.cost.afterPence);
      expect(rows.reduce((t, r) => t + r.savingPence, 0)).toBe(s.cost.savingPence);
    }
    expect(s.breakdowns.team.map((r) => [r.label, r.savingPence])).toEqual([
      ['X', costPost(before[0]!, ctx).totalPence],
      ['Y', 0],
    ]);
    expect(s.breakdowns.grade.map((r) => r.label)).toEqual(['G1', 'G2']);
    expect(s.breakdowns.source.map((r) => r.label)).toEqual(['Core budget', 'Public Health grant']);
    // Half a year's saving in 2025/26, traced to the one deleted post.
    const y = s.byFinancialYear[0]!;
    expect(y.savingPence * 2 - s.cost.savingPence).toBeLessThanOrEqual(1);
    const t = traceFigure(s, { scope: 'year', startYear: 2025, side: 'saving' });
    expect(t.total).toBe(y.savingPence);
    expect(t.lines.map((l) => l.post.id)).toEqual(['a']);
    const after2025 = traceFigure(s, { scope: 'year', startYear: 2025, side: 'after' });
    expect(after2025.total).toBe(y.afterPence);
    const grant = traceFigure(s, { scope: 'row', dimension: 'source', key: GRANT, side: 'before', measure: 'cost' });
    expect(grant.total).toBe(s.breakdowns.source[1]!.before.costPence);
  });
});
