// Splitting a large structure into printed pages by branch: every post printed, every
// "continued on page" pointing at the page that carries the branch, every page legible, and small
// branches sharing a page instead of a page each.
import { describe, expect, it } from 'vitest';
import { CARD, cardHeight } from '../../shared/chart/card';
import { pageSize, type Orientation, type PaperSize } from '../../shared/chart/scene';
import { fitScale, MIN_SCALE, planChart } from '../../shared/export/chartPlan';
import { DEFAULT_LAYOUT_OPTIONS } from '../../shared/layout/geometry';
import { layoutChart } from '../../shared/layout/layoutChart';
import type { Post } from '../../shared/model/types';
import { generateStructure } from '../helpers/bigStructure';

function posts(count: number, seed: number): Post[] {
  return generateStructure(count, seed).map(
    (g, i) => ({ id: g.id, managerId: g.managerId, sortOrder: i, title: g.title, gradeId: g.grade, isAssistant: false, dottedManagerIds: [] }) as unknown as Post,
  );
}

function area(paper: PaperSize, orientation: Orientation) {
  const size = pageSize(paper, orientation);
  return { x: 28, y: 80, w: size.width - 56, h: size.height - 140 };
}

const base = { ...DEFAULT_LAYOUT_OPTIONS, cardWidth: CARD.width, cardHeight: cardHeight({ names: false, costs: false, marks: false }, 2) + 6, groupIdentical: true };

describe('printing a chart by branch', () => {
  for (const [paper, orientation, count, seed] of [
    ['A3', 'landscape', 1_000, 1],
    ['A4', 'portrait', 1_000, 4],
    ['A4', 'landscape', 300, 9],
  ] as const) {
    it(`${count} posts on ${paper} ${orientation}`, () => {
      const list = posts(count, seed);
      const a = area(paper, orientation);
      const plans = planChart(list, layoutChart, base, a);
      const printed = new Set<string>();
      plans.forEach((plan, index) => {
        const continued = plan.fromIndex !== null || (plan.part !== null && plan.part.index > 1);
        // Legible: the page fits at a scale that keeps every text at 6 pt or more.
        expect(fitScale(plan.layout, a, continued)).toBeGreaterThanOrEqual(MIN_SCALE - 1e-9);
        for (const card of plan.layout.cards) for (const id of card.postIds) printed.add(id);
        // Every branch cut off here continues on a later page that starts with it.
        for (const id of plan.collapsed.keys()) {
          const target = plan.continuesOn.get(id);
          expect(target, `continuation of ${id} on page ${index + 1}`).toBeDefined();
          expect(target!).toBeGreaterThan(index);
          expect(plans[target!]!.rootIds).toContain(id);
          expect(plans[target!]!.fromIndex).toBe(index);
        }
        // Every page after the first is reached from another page.
        if (index > 0) expect(plan.fromIndex !== null || plan.part !== null).toBe(true);
      });
      expect(printed.size).toBe(list.length);
      // Small branches share pages: on average well over a dozen posts a page.
      expect(list.length / plans.length).toBeGreaterThan(orientation === 'portrait' && paper === 'A4' ? 8 : 15);
    });
  }
});

describe('printing several top posts side by side', () => {
  it('prints three joint heads, each with a wide branch, on pages that end, every post once', () => {
    // Three tops, each with 14 reports who each manage 6: too wide for one page together.
    const list: Post[] = [];
    let n = 0;
    const add = (managerId: string | null) => {
      const id = `p${n++}`;
      list.push({ id, managerId, sortOrder: n, title: `Post ${n}`, gradeId: 'g', isAssistant: false, dottedManagerIds: [] } as unknown as Post);
      return id;
    };
    for (let t = 0; t < 3; t++) {
      const top = add(null);
      for (let r = 0; r < 14; r++) {
        const mid = add(top);
        for (let k = 0; k < 6; k++) add(mid);
      }
    }
    const a = area('A4', 'landscape');
    const plans = planChart(list, layoutChart, base, a);
    const printed = new Set<string>();
    for (const plan of plans) for (const card of plan.layout.cards) for (const id of card.postIds) printed.add(id);
    expect(printed.size).toBe(list.length);
    expect(plans.length).toBeLessThan(list.length);
    for (const plan of plans) expect(fitScale(plan.layout, a, plan.fromIndex !== null || (plan.part !== null && plan.part.index > 1))).toBeGreaterThanOrEqual(MIN_SCALE - 1e-9);
  });
});
