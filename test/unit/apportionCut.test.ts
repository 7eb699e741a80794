// Shared costs cut by organisation or funding source are apportioned over the whole cut by the
// largest-remainder method: every row within a penny of its exact share, the rows adding up.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportionCut, splitByWeights } from '../../shared/costing/apportion';
import { breakdown } from '../../shared/costing/breakdown';
import { roundOverCut } from '../../shared/costing/cutRounding';
import { costPost } from '../../shared/costing/postCost';
import { costStructure } from '../../shared/costing/structureCost';
import { CORE, GRANT, GRANT2, ORG_A, ORG_B, post, reference } from '../helpers/model';

const { ctx, ...ref } = reference();
const halves = [
  { organisationId: ORG_A, shareBp: 5000 },
  { organisationId: ORG_B, shareBp: 5000 },
];

describe('largest-remainder apportionment over a whole cut', () => {
  it('gives each row its exact share rounded, the odd pennies to the largest remainders', () => {
    // 2.5p, 2.5p, 3.25p and 1.75p: 10p in all; 2 + 2 + 3 + 1 = 8, the two pennies left go to the
    // largest remainders (0.75 of the last row, then the first of the two halves).
    const rows = apportionCut(
      new Map([
        ['a', 25_000],
        ['b', 25_000],
        ['c', 32_500],
        ['d', 17_500],
      ]),
    );
    expect([...rows.values()]).toEqual([3, 2, 3, 2]);
  });

  it('splits two 50:50 posts with odd pennies equally between the organisations, not the odd penny twice to the first', () => {
    // £10,000.01 full time: NI 75,000.15p → 75,000p; pension at 19.8% 198,000.198p → 198,000p: 1,273,001p.
    // £10,000.05 full time: NI 75,000.75p → 75,001p; pension 198,000.99p → 198,001p: 1,273,007p.
    const a = post({ id: 'a', salaryOverridePence: 1_000_001, organisationShares: halves });
    const b = post({ id: 'b', salaryOverridePence: 1_000_005, organisationShares: halves });
    expect([costPost(a, ctx).totalPence, costPost(b, ctx).totalPence]).toEqual([1_273_001, 1_273_007]);
    const costing = costStructure([a, b], ctx);
    // Each post still adds up, and the two odd pennies go one to each organisation, not both to the first.
    const parts = costing.lines.map((l) => l.organisations.map((o) => o.pence));
    expect(parts.map((p) => p[0]! + p[1]!)).toEqual([1_273_001, 1_273_007]);
    expect(parts.map((p) => p[0]! - p[1]!).sort()).toEqual([-1, 1]);
    const rows = breakdown('organisation', costing, costing, ref);
    expect(rows.map((r) => [r.label, r.after.costPence])).toEqual([
      ['County Council', 1_273_004],
      ['City Council', 1_273_004],
    ]);
  });

  it('keeps every funding source within a penny of its exact share and the sources adding up to the total', () => {
    const thirds = [
      { sourceId: CORE, shareBp: 3333 },
      { sourceId: GRANT, shareBp: 3333 },
      { sourceId: GRANT2, shareBp: 3334 },
    ];
    const posts = [1_000_001, 1_000_005, 1_234_567, 2_345_679, 3_000_001].map((s, i) => post({ id: `p${i}`, salaryOverridePence: s, funding: thirds }));
    const costing = costStructure(posts, ctx);
    const rows = breakdown('source', costing, costing, ref);
    const exact = new Map<string, number>();
    for (const l of costing.lines) for (const f of thirds) exact.set(f.sourceId, (exact.get(f.sourceId) ?? 0) + (l.cost.totalPence * f.shareBp) / 10_000);
    for (const r of rows) expect(Math.abs(r.after.costPence - exact.get(r.key)!)).toBeLessThan(1);
    for (const l of costing.lines) expect(l.funding.reduce((s, f) => s + f.pence, 0)).toBe(l.cost.totalPence);
    expect(rows.reduce((s, r) => s + r.after.costPence, 0)).toBe(costing.totals.costPence);
    expect(rows.reduce((s, r) => s + r.after.fteUnits, 0)).toBe(costing.totals.fteUnits);
  });
});

describe('rounding shared posts over the whole structure', () => {
  it('keeps each post adding up while every row is within a penny of its exact share, with many odd pennies', () => {
    // Seven posts of 1p to 7p split 50:50, 33.33/33.33/33.34 and 25 × 4 between four rows.
    const keys = ['w', 'x', 'y', 'z'];
    const posts = [1, 2, 3, 4, 5, 6, 7].map((total, i) => ({
      total,
      shares: i % 3 === 0 ? [{ key: 'w', bp: 5000 }, { key: 'x', bp: 5000 }] : i % 3 === 1 ? [{ key: 'x', bp: 3333 }, { key: 'y', bp: 3333 }, { key: 'z', bp: 3334 }] : keys.map((key) => ({ key, bp: 2500 })),
    }));
    const parts = roundOverCut(posts);
    const exact = new Map<string, number>();
    const got = new Map<string, number>();
    posts.forEach((p, i) => {
      expect(parts[i]!.reduce((s, v) => s + v, 0)).toBe(p.total);
      p.shares.forEach((s, j) => {
        const part = parts[i]![j]!;
        const share = (p.total * s.bp) / 10_000;
        // Each part is its exact share rounded down or up.
        expect(part === Math.floor(share) || part === Math.ceil(share)).toBe(true);
        exact.set(s.key, (exact.get(s.key) ?? 0) + share);
        got.set(s.key, (got.get(s.key) ?? 0) + part);
      });
    });
    for (const k of keys) expect(Math.abs(got.get(k)! - exact.get(k)!)).toBeLessThan(1);
    expect([...got.values()].reduce((s, v) => s + v, 0)).toBe(28);
  });
});

describe('rounding over a cut, for any shares', () => {
  it('every post adds up, every part is its share rounded down or up, every row within a penny of its exact share', () => {
    const shareArb = fc
      .uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 2, maxLength: 5 })
      .chain((keys) => fc.array(fc.integer({ min: 1, max: 100 }), { minLength: keys.length, maxLength: keys.length }).map((w) => ({ keys, w })))
      .map(({ keys, w }) => {
        const bp = splitByWeights(10_000, w);
        return keys.map((key, i) => ({ key, bp: bp[i]! })).filter((s) => s.bp > 0);
      });
    fc.assert(
      fc.property(fc.array(fc.record({ total: fc.integer({ min: 0, max: 10_000_000 }), shares: shareArb }), { maxLength: 40 }), (posts) => {
        const parts = roundOverCut(posts);
        const exact = new Map<string, number>();
        const got = new Map<string, number>();
        posts.forEach((p, i) => {
          expect(parts[i]!.reduce((s, v) => s + v, 0)).toBe(p.total);
          p.shares.forEach((s, j) => {
            const n = p.total * s.bp;
            expect(parts[i]![j]! * 10_000 - n).toBeGreaterThan(-10_000);
            expect(parts[i]![j]! * 10_000 - n).toBeLessThan(10_000);
            exact.set(s.key, (exact.get(s.key) ?? 0) + n);
            got.set(s.key, (got.get(s.key) ?? 0) + parts[i]![j]!);
          });
        });
        for (const [k, n] of exact) expect(Math.abs(got.get(k)! * 10_000 - n)).toBeLessThan(10_000);
      }),
    );
  });
});
