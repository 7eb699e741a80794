// The folding a large chart opens with is chosen from its top tiers only, and is exactly the
// folding worked out from every card of the structure: on generated council and deep structures
// of many sizes, under several budgets, and on small random ones with loops and odd shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCardForest } from '../../shared/layout/cardTree';
import { defaultCollapsed } from '../../shared/layout/collapse';
import { DEFAULT_LAYOUT_OPTIONS, geometry } from '../../shared/layout/geometry';
import type { LayoutOptions, LayoutPost } from '../../shared/layout/types';
import { generateCouncil, generateStructure } from '../helpers/bigStructure';

const options = (): LayoutOptions => ({ ...DEFAULT_LAYOUT_OPTIONS, collapsed: new Set(), expandedGroups: new Set(), groupIdentical: true });

/** The rule worked out from every card: the top tiers opened while they keep to `budget` cards. */
function fromEveryCard(posts: readonly LayoutPost[], o: LayoutOptions, budget: number): Set<string> {
  const forest = buildCardForest(posts, o, geometry(o));
  if (forest.order.length <= budget) return new Set();
  const perDepth: number[] = [];
  for (const n of forest.order) perDepth[n.card.depth] = (perDepth[n.card.depth] ?? 0) + 1;
  let open = 1;
  let shown = (perDepth[0] ?? 0) + (perDepth[1] ?? 0);
  while (open + 1 < perDepth.length && shown + perDepth[open + 1]! <= budget) {
    open++;
    shown += perDepth[open]!;
  }
  return new Set(forest.order.filter((n) => n.card.depth === open && n.card.childCount > 0).map((n) => n.card.id));
}

const asLayoutPosts = (g: { id: string; managerId: string | null; title: string; grade?: string | null }[]): LayoutPost[] =>
  g.map((p, i) => ({ id: p.id, managerId: p.managerId, title: p.title, gradeId: p.grade ?? null, sortOrder: i, isAssistant: false }) as LayoutPost);

describe('the folding a chart opens with', () => {
  it('is the folding every card gives, on council and deep structures of many sizes and budgets', () => {
    for (const count of [50, 400, 2_500, 10_000]) {
      for (const posts of [asLayoutPosts(generateCouncil(count, 3)), asLayoutPosts(generateStructure(count, 5))]) {
        for (const budget of [10, 60, 200, 1_000]) {
          expect([...defaultCollapsed(posts, options(), budget)].sort()).toEqual([...fromEveryCard(posts, options(), budget)].sort());
        }
      }
    }
  });

  it('is the folding every card gives on small random structures, loops and all', () => {
    const shape = fc.array(fc.record({ manager: fc.nat(40), title: fc.nat(3), assistant: fc.boolean() }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(shape, fc.integer({ min: 2, max: 30 }), (specs, budget) => {
        const posts = specs.map(
          (s, i) =>
            ({ id: `p${i}`, managerId: i === 0 ? null : `p${s.manager % (specs.length + 2)}`, title: `T${s.title}`, gradeId: null, sortOrder: i, isAssistant: s.assistant }) as LayoutPost,
        );
        expect([...defaultCollapsed(posts, options(), budget)].sort()).toEqual([...fromEveryCard(posts, options(), budget)].sort());
      }),
      { numRuns: 300 },
    );
  });
});
