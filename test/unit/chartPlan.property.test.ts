// The page planner over generated structures, for every paper size and orientation: it always
// finishes, prints every post once, never sets text below the minimum, and every "continued on
// page N" points at the page that starts that branch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD, cardHeight } from '../../shared/chart/card';
import { MIN_PRINT_TEXT, pageSize, type Orientation, type PaperSize } from '../../shared/chart/scene';
import { CARD_MIN_TEXT } from '../../shared/chart/card';
import { MIN_SCALE, planChart, type LayoutFn } from '../../shared/export/chartPlan';
import { DEFAULT_LAYOUT_OPTIONS } from '../../shared/layout/geometry';
import { layoutChart } from '../../shared/layout/layoutChart';
import type { Post } from '../../shared/model/types';

interface Shape {
  /** Reports under the one wide manager. */
  wide: number;
  /** Length of a chain of single reports. */
  chain: number;
  /** Posts hanging from the "Unplaced" holding card. */
  unplaced: number;
  /** Further top posts, each with a few reports. */
  extraTops: number;
  longTitles: boolean;
  /** How many of the wide manager's reports share a title (and so group into one card). */
  identical: number;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  wide: fc.integer({ min: 1, max: 300 }),
  chain: fc.integer({ min: 0, max: 40 }),
  unplaced: fc.integer({ min: 0, max: 6 }),
  extraTops: fc.integer({ min: 0, max: 3 }),
  longTitles: fc.boolean(),
  identical: fc.integer({ min: 0, max: 40 }),
});

const LONG = 'Senior Strategic Commissioning and Partnerships Development Officer for Adult Social Care';

function build(s: Shape): Post[] {
  const out: Post[] = [];
  const add = (id: string, managerId: string | null, title: string, extra: Partial<Post> = {}) =>
    out.push({ id, managerId, sortOrder: out.length, title, gradeId: 'g', isAssistant: false, dottedManagerIds: [], ...extra } as unknown as Post);
  add('top', null, 'Head of Service');
  for (let i = 0; i < s.wide; i++) {
    const title = i < s.identical ? 'Business Support Officer' : s.longTitles && i % 3 === 0 ? `${LONG} ${i}` : `Officer ${i}`;
    add(`w${i}`, 'top', title);
    // Every fifth report manages a small team, so the wide level is not all leaves.
    if (i % 5 === 4) for (let k = 0; k < 3; k++) add(`w${i}k${k}`, `w${i}`, `Assistant ${k}`);
  }
  let prev = 'w0';
  for (let d = 0; d < s.chain; d++) {
    add(`c${d}`, prev, s.longTitles ? `${LONG} level ${d}` : `Level ${d}`);
    prev = `c${d}`;
  }
  if (s.unplaced) {
    add('unplaced', null, 'Unplaced', { holding: true });
    for (let i = 0; i < s.unplaced; i++) add(`u${i}`, 'unplaced', `Imported post ${i}`);
  }
  for (let t = 0; t < s.extraTops; t++) {
    add(`t${t}`, null, `Other top ${t}`);
    for (let k = 0; k < 4; k++) add(`t${t}r${k}`, `t${t}`, `Report ${k}`);
  }
  return out;
}

const FORMATS: [PaperSize, Orientation][] = [
  ['A4', 'portrait'],
  ['A4', 'landscape'],
  ['A3', 'portrait'],
  ['A3', 'landscape'],
];

const base = { ...DEFAULT_LAYOUT_OPTIONS, cardWidth: CARD.width, cardHeight: cardHeight({ names: false, costs: false, marks: false }, 3) + 6, groupIdentical: true };

describe('planning printed pages', () => {
  it('ends, prints every post once, keeps text legible and links continuations, for any structure and paper', () => {
    fc.assert(
      fc.property(shapeArb, fc.constantFrom(...FORMATS), (shape, [paper, orientation]) => {
        const posts = build(shape);
        const size = pageSize(paper, orientation);
        const area = { w: size.width - 56, h: size.height - 150 };
        // A planner that loops lays the chart out without end: stop it and fail instead of hanging.
        let calls = 0;
        const counted: LayoutFn = (p, o) => {
          if (++calls > 40 * posts.length + 200) throw new Error(`planning did not finish (${posts.length} posts, ${paper} ${orientation})`);
          return layoutChart(p, o);
        };
        const plans = planChart(posts, counted, base, area);

        const printed = new Map<string, number>();
        plans.forEach((plan, index) => {
          // No text smaller than the minimum: the smallest card text times the page's scale.
          expect(plan.scale * CARD_MIN_TEXT).toBeGreaterThanOrEqual(MIN_PRINT_TEXT - 1e-9);
          expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE - 1e-9);
          const laterPart = plan.childIds !== null && plan.part !== null && plan.part.index > 1;
          for (const card of plan.layout.cards) {
            for (const id of card.postIds) {
              // A card cut off here is printed in full on the page its branch continues on; the top
              // card of a later part of a split team repeats the manager for context.
              if (plan.collapsed.has(id) && plan.continuesOn.has(id)) continue;
              if (laterPart && plan.rootIds.includes(id)) continue;
              printed.set(id, (printed.get(id) ?? 0) + 1);
            }
          }
          for (const id of plan.collapsed.keys()) {
            const target = plan.continuesOn.get(id);
            expect(target, `continuation of ${id} on page ${index + 1}`).toBeDefined();
            expect(target!).toBeGreaterThan(index);
            expect(plans[target!]!.rootIds).toContain(id);
            expect(plans[target!]!.fromIndex).toBe(index);
          }
        });
        for (const p of posts) expect(printed.get(p.id), `${p.id} printed`).toBe(1);
        expect(printed.size).toBe(posts.length);
      }),
      { numRuns: Number(process.env.PLAN_RUNS ?? 40) },
    );
  }, 120_000);

  it('ends for an "Unplaced" card beside a top post with many reports on every paper', () => {
    for (const [paper, orientation] of FORMATS) {
      for (const wide of [13, 14, 40, 41, 120]) {
        const posts = build({ wide, chain: 0, unplaced: 2, extraTops: 0, longTitles: false, identical: 0 });
        const size = pageSize(paper, orientation);
        let calls = 0;
        const counted: LayoutFn = (p, o) => {
          if (++calls > 40 * posts.length + 200) throw new Error('planning did not finish');
          return layoutChart(p, o);
        };
        const plans = planChart(posts, counted, base, { w: size.width - 56, h: size.height - 150 });
        expect(plans.some((p) => p.layout.cards.some((c) => c.postIds.includes('unplaced')))).toBe(true);
      }
    }
  });
});
