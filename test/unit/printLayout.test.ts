// The printed chart's arrangement: whatever the width it is held to, every card is placed once and
// no two cards overlap, including cards drawn wider (and so lower) in a stack than on their own.
import { describe, expect, it } from 'vitest';
import { bestFit, solve } from '../../shared/chart/printLayout';
import { place } from '../../shared/chart/printPlace';
import type { PrintNode } from '../../shared/chart/printTree';
import { generateService, generateStructure, type GeneratedPost } from '../helpers/bigStructure';

function forest(posts: GeneratedPost[]): PrintNode[] {
  const nodes = new Map<string, PrintNode>();
  for (const p of posts) {
    // Sizes that vary from card to card; a card given 20 more than its width takes one line less.
    const w = 60 + ((p.title.length * 7) % 60);
    const h = 24 + (p.title.length % 3) * 9;
    nodes.set(p.id, { id: p.id, kind: 'card', members: [p.id], w, h, assistants: [], children: [], heightAt: (x) => (x >= w + 20 ? Math.max(24, h - 9) : h) });
  }
  const roots: PrintNode[] = [];
  for (const p of posts) (p.managerId ? nodes.get(p.managerId)!.children : roots).push(nodes.get(p.id)!);
  return roots;
}

describe('printed chart arrangement', () => {
  it.each([
    ['a service of 250 posts', generateService(250, 4, true)],
    ['a generated structure of 250 posts', generateStructure(250, 2)],
    ['a generated structure of 600 posts', generateStructure(600, 5)],
  ])('places every card of %s once, none overlapping, at every width', (_name, posts) => {
    for (const width of [400, 1478, 3000]) {
      const sol = solve(forest(posts), width);
      const { step, scale } = bestFit(sol, { w: 1130, h: 692 }, 1.5);
      expect(scale).toBeGreaterThan(0);
      const { cards } = place(sol, step);
      expect(new Set(cards.map((c) => c.node.id)).size).toBe(posts.length);
      expect(cards).toHaveLength(posts.length);
      const sorted = [...cards].sort((a, b) => a.x - b.x);
      for (let i = 0; i < sorted.length; i++) {
        const a = sorted[i]!;
        for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.width - 0.01; j++) {
          const b = sorted[j]!;
          const apart = a.y >= b.y + b.height - 0.01 || b.y >= a.y + a.height - 0.01;
          expect(apart, `${a.node.id} and ${b.node.id} at width ${width}`).toBe(true);
        }
      }
    }
  });
});
