// Shared costs cut by organisation or funding source are apportioned over the whole cut by the
// largest-remainder method: every row within a penny of its exact share, the rows adding up.
import { describe, expect, it } from 'vitest';
import { apportionCut } from '../../shared/costing/apportion';
import { breakdown } from '../../shared/costing/breakdown';
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
    // Post by post, the odd penny of each went to the first organisation.
    expect(costing.lines.map((l) => l.organisations.map((o) => o.pence))).toEqual([
      [636_501, 636_500],
      [636_504, 636_503],
    ]);
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
    expect(rows.reduce((s, r) => s + r.after.costPence, 0)).toBe(costing.totals.costPence);
    expect(rows.reduce((s, r) => s + r.after.fteUnits, 0)).toBe(costing.totals.fteUnits);
  });
});
