// A structure is costed into columns, its lines made only when asked for: whichever way a figure
// is read (a line, a column, a post's parts), it is the same, and every total is the sum of its lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allBreakdowns } from '../../shared/costing/breakdown';
import { buildCostContext, costPost, headcountOf } from '../../shared/costing/postCost';
import { costStructure, lazyCosting, type SplitLine } from '../../shared/costing/structureCost';
import { fteUnits } from '../../shared/model/fte';
import { structureArb } from '../helpers/arbitraries';
import { reference } from '../helpers/model';

const ref = reference();
const ctx = buildCostContext(ref);

function partsOf(c: ReturnType<typeof costStructure>, i: number, cut: 'funding' | 'organisations'): SplitLine[] {
  const out: SplitLine[] = [];
  c.eachPart(i, cut, (key, pence, units) => out.push({ key, pence, fteUnits: units }));
  return out;
}

describe('a structure costed into columns', () => {
  it('gives each post the cost costPost gives it, the same from its line and its columns, its parts adding up to it', () => {
    fc.assert(
      fc.property(structureArb(40), (posts) => {
        const c = costStructure(posts, ctx);
        expect(c.size).toBe(posts.length);
        const sum = { cost: 0, units: 0, heads: 0, salary: 0 };
        for (let i = 0; i < c.size; i++) {
          const post = posts[i]!;
          const line = c.lines[i]!;
          expect(c.postAt(i)).toBe(post);
          expect(line.post).toBe(post);
          expect(line.cost).toEqual(costPost(post, ctx));
          expect(c.totalAt(i)).toBe(line.cost.totalPence);
          expect(c.fteUnitsAt(i)).toBe(fteUnits(post.fte));
          expect(c.headcountAt(i)).toBe(headcountOf(post));
          expect(line.headcount).toBe(headcountOf(post));
          expect(partsOf(c, i, 'funding')).toEqual(line.funding);
          expect(partsOf(c, i, 'organisations')).toEqual(line.organisations);
          for (const parts of [line.funding, line.organisations]) {
            expect(parts.reduce((s, p) => s + p.pence, 0)).toBe(line.cost.totalPence);
            expect(parts.reduce((s, p) => s + p.fteUnits, 0)).toBe(line.fteUnits);
          }
          // Funding parts name the post's sources in its order, or none when it has none.
          expect(line.funding.map((f) => f.key)).toEqual(post.funding.length ? post.funding.map((f) => f.sourceId) : [null]);
          expect(c.byId.get(post.id)).toBe(line);
          sum.cost += line.cost.totalPence;
          sum.units += line.fteUnits;
          sum.heads += line.headcount;
          sum.salary += line.cost.salaryPence;
        }
        expect(c.totals).toMatchObject({ posts: posts.length, costPence: sum.cost, fteUnits: sum.units, headcount: sum.heads, salaryPence: sum.salary });
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same figures whether its lines are made at once or later, and the same cuts', () => {
    fc.assert(
      fc.property(structureArb(30), structureArb(30), (a, b) => {
        const before = costStructure(a, ctx);
        const after = costStructure(b, ctx);
        // The cuts from the columns, before any line was made, then from a costing whose lines were.
        const cuts = allBreakdowns(before, after, ref);
        const made = [costStructure(a, ctx), costStructure(b, ctx)] as const;
        void made[0].lines;
        void made[1].lines;
        expect(allBreakdowns(made[0], made[1], ref)).toEqual(cuts);
        const lazy = lazyCosting(a, ctx, before.totals);
        expect(lazy.lines).toEqual(before.lines);
        for (let i = 0; i < lazy.size; i++) expect(partsOf(lazy, i, 'organisations')).toEqual(before.lines[i]!.organisations);
        // Every cut adds up to the structures' totals.
        for (const rows of Object.values(cuts)) {
          expect(rows.reduce((s, r) => s + r.before.costPence, 0)).toBe(before.totals.costPence);
          expect(rows.reduce((s, r) => s + r.after.fteUnits, 0)).toBe(after.totals.fteUnits);
        }
      }),
      { numRuns: 100 },
    );
  });
});
