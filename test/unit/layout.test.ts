// The chart layout: what it draws, where, and that it never overlaps, loses or double-counts a post.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexPosts } from '../../shared/layout/cardTree';
import { collapseBelow, defaultCollapsed } from '../../shared/layout/collapse';
import { DEFAULT_LAYOUT_OPTIONS } from '../../shared/layout/geometry';
import { layoutChart, type ChartLayoutResult } from '../../shared/layout/layoutChart';
import type { LayoutCard, LayoutOptions, LayoutPost } from '../../shared/layout/types';
import { generateStructure } from '../helpers/bigStructure';

const W = DEFAULT_LAYOUT_OPTIONS.cardWidth;
const H = DEFAULT_LAYOUT_OPTIONS.cardHeight;

function post(id: string, managerId: string | null, title = id, extra: Partial<LayoutPost> = {}): LayoutPost {
  return { id, managerId, sortOrder: 0, title, gradeId: 'G', isAssistant: false, dottedManagerIds: [], ...extra };
}

function ordered(posts: LayoutPost[]): LayoutPost[] {
  return posts.map((p, i) => ({ ...p, sortOrder: i }));
}

function options(extra: Partial<LayoutOptions> = {}): LayoutOptions {
  return { ...DEFAULT_LAYOUT_OPTIONS, ...extra };
}

function card(layout: ChartLayoutResult, postId: string): LayoutCard {
  const c = layout.cards.find((x) => x.postIds.includes(postId));
  if (!c) throw new Error(`No card shows ${postId}`);
  return c;
}

function overlaps(a: LayoutCard, b: LayoutCard): boolean {
  return a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01;
}

/** Laid out with a narrow wrap, the chart holds its invariants and the assistant hangs above the report. */
function expectAssistantAboveReport(posts: LayoutPost[], assistant: string, report: string): void {
  const layout = layoutChart(posts, options({ groupIdentical: false, stackThreshold: 3, wrapWidth: 700 }));
  checkLayout(posts, layout);
  expect(card(layout, report).y).toBeGreaterThanOrEqual(card(layout, assistant).y + H);
}

/** Checks every invariant the chart and the exports rely on. */
function checkLayout(posts: LayoutPost[], layout: ChartLayoutResult): void {
  const byId = new Map(layout.cards.map((c) => [c.id, c]));
  expect(byId.size).toBe(layout.cards.length);

  // Every real post is drawn exactly once or counted once as hidden.
  const drawn = layout.cards.flatMap((c) => c.postIds);
  expect(new Set(drawn).size).toBe(drawn.length);
  const hidden = layout.cards.reduce((t, c) => t + c.hiddenCount, 0);
  const realDrawn = drawn.filter((id) => !posts.find((p) => p.id === id)?.ghost).length;
  expect(realDrawn + hidden).toBe(posts.filter((p) => !p.ghost).length);

  // Managers come first; each card sits below its manager; nothing overlaps; all inside the box.
  const seen = new Set<string>();
  for (const c of layout.cards) {
    if (c.parentId !== null) {
      expect(seen.has(c.parentId)).toBe(true);
      const parent = byId.get(c.parentId)!;
      expect(c.depth).toBe(parent.depth + 1);
      expect(c.y).toBeGreaterThan(parent.y);
    } else expect(c.depth).toBe(0);
    seen.add(c.id);
    expect(c.x).toBeGreaterThanOrEqual(-0.01);
    expect(c.y).toBeGreaterThanOrEqual(-0.01);
    expect(c.x + c.width).toBeLessThanOrEqual(layout.width + 0.01);
    expect(c.y + c.height).toBeLessThanOrEqual(layout.height + 0.01);
  }
  const sorted = [...layout.cards].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++) {
      if (overlaps(sorted[i]!, sorted[j]!)) throw new Error(`Cards ${sorted[i]!.id} and ${sorted[j]!.id} overlap`);
    }
  }

  // One solid line to every card below the top, orthogonal, from the manager's card to the report's.
  const lines = layout.edges.filter((e) => e.kind === 'line');
  expect(lines.length).toBe(layout.cards.filter((c) => c.parentId !== null).length);
  for (const e of layout.edges) {
    const from = byId.get(e.from)!;
    const to = byId.get(e.to)!;
    if (e.kind === 'line') expect(to.parentId).toBe(from.id);
    expect(e.points.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1]!;
      const b = e.points[i]!;
      expect(a.x === b.x || a.y === b.y).toBe(true);
    }
    const onEdge = (p: { x: number; y: number }, c: LayoutCard) =>
      p.x >= c.x - 0.01 && p.x <= c.x + c.width + 0.01 && p.y >= c.y - 0.01 && p.y <= c.y + c.height + 0.01 &&
      (Math.abs(p.x - c.x) < 0.01 || Math.abs(p.x - c.x - c.width) < 0.01 || Math.abs(p.y - c.y) < 0.01 || Math.abs(p.y - c.y - c.height) < 0.01);
    expect(onEdge(e.points[0]!, from)).toBe(true);
    expect(onEdge(e.points[e.points.length - 1]!, to)).toBe(true);
  }
}

describe('chart layout', () => {
  it('places a manager centred over its reports, one tier per level', () => {
    const posts = ordered([post('head', null), post('a', 'head', 'A'), post('b', 'head', 'B'), post('a1', 'a', 'A1'), post('a2', 'a', 'A2 long')]);
    const layout = layoutChart(posts, options({ stackThreshold: 9 }));
    checkLayout(posts, layout);
    const [head, a, b] = ['head', 'a', 'b'].map((id) => card(layout, id));
    expect(a!.y).toBe(b!.y);
    expect(a!.y).toBe(H + DEFAULT_LAYOUT_OPTIONS.levelGap);
    expect(head!.x + W / 2).toBeCloseTo((a!.x + b!.x + W) / 2);
    expect(card(layout, 'a1').x + W / 2).toBeLessThan(card(layout, 'a2').x + W / 2);
    expect(a!.x + W / 2).toBeCloseTo((card(layout, 'a1').x + card(layout, 'a2').x + W) / 2);
  });

  it('shows identical leaf siblings as one card "Title × n", and separately once expanded', () => {
    const posts = ordered([
      post('tl', null, 'Team Leader'),
      ...[1, 2, 3, 4, 5].map((n) => post(`eso${n}`, 'tl', 'Executive Support Officer')),
      post('other', 'tl', 'Minute Taker'),
    ]);
    const grouped = layoutChart(posts, options());
    checkLayout(posts, grouped);
    const group = card(grouped, 'eso3');
    expect(group.kind).toBe('group');
    expect(group.postIds).toEqual(['eso1', 'eso2', 'eso3', 'eso4', 'eso5']);
    expect(card(grouped, 'tl').childCount).toBe(2);

    const expanded = layoutChart(posts, options({ expandedGroups: new Set([group.id]) }));
    checkLayout(posts, expanded);
    expect(card(expanded, 'eso3').kind).toBe('post');
    expect(card(expanded, 'eso3').groupId).toBe(group.id);

    const ungrouped = layoutChart(posts, options({ groupIdentical: false }));
    expect(ungrouped.cards).toHaveLength(7);
  });

  it('keeps a group’s id when one of its posts leaves it', () => {
    const posts = ordered([post('tl', null), ...[1, 2, 3].map((n) => post(`o${n}`, 'tl', 'Officer'))]);
    const before = card(layoutChart(posts, options()), 'o1').id;
    const after = card(layoutChart(posts.map((p) => (p.id === 'o3' ? { ...p, title: 'Senior Officer' } : p)), options()), 'o1').id;
    expect(after).toBe(before);
  });

  it('never groups posts that have reports, or posts with different grades', () => {
    const posts = ordered([
      post('m', null),
      post('a', 'm', 'Officer'),
      post('b', 'm', 'Officer'),
      post('b1', 'b', 'Assistant'),
      post('c', 'm', 'Officer', { gradeId: 'H' }),
    ]);
    const layout = layoutChart(posts, options());
    checkLayout(posts, layout);
    expect(layout.cards.every((c) => c.kind === 'post')).toBe(true);
  });

  it('stacks a wide team of leaf posts in compact columns under the manager', () => {
    const posts = ordered([post('m', null), ...Array.from({ length: 40 }, (_, i) => post(`p${i}`, 'm', `Post ${i}`))]);
    const layout = layoutChart(posts, options());
    checkLayout(posts, layout);
    const rows = new Set(layout.cards.filter((c) => c.depth === 1).map((c) => c.y));
    const columns = new Set(layout.cards.filter((c) => c.depth === 1).map((c) => c.x));
    expect(rows.size).toBeGreaterThan(4);
    expect(columns.size).toBeGreaterThan(1);
    expect(columns.size).toBeLessThan(10);
    expect(layout.width).toBeLessThan(10 * W);
    // Each stacked card hangs off a vertical spine by a short horizontal line.
    const line = layout.edges.find((e) => e.to === 'p5')!;
    const last = line.points[line.points.length - 1]!;
    const before = line.points[line.points.length - 2]!;
    expect(last.y).toBe(before.y);
    expect(last.y).toBeCloseTo(card(layout, 'p5').y + H / 2);
  });

  it('puts an assistant beside its manager’s stem, between the manager and its reports', () => {
    const posts = ordered([post('head', null), post('pa', 'head', 'PA', { isAssistant: true }), post('a', 'head', 'A'), post('a1', 'a', 'A1'), post('b', 'head', 'B'), post('b1', 'b', 'B1')]);
    const layout = layoutChart(posts, options());
    checkLayout(posts, layout);
    const head = card(layout, 'head');
    const pa = card(layout, 'pa');
    expect(pa.assistant).toBe(true);
    expect(pa.y).toBeGreaterThan(head.y + H);
    expect(pa.y + H).toBeLessThan(card(layout, 'a').y);
    const stem = head.x + W / 2;
    expect(pa.x > stem || pa.x + W < stem).toBe(true);
    const line = layout.edges.find((e) => e.to === 'pa')!;
    expect(line.points[0]!.x).toBe(stem);
    expect(line.points[line.points.length - 1]!.y).toBeCloseTo(pa.y + H / 2);
  });

  it('folds a collapsed branch into its card with a count of every post below', () => {
    const posts = ordered([post('top', null), post('m', 'top'), post('x', 'm'), post('y', 'm'), post('y1', 'y'), post('y2', 'y'), post('z', 'top')]);
    const layout = layoutChart(posts, options({ collapsed: new Set(['m']) }));
    checkLayout(posts, layout);
    expect(card(layout, 'm').hiddenCount).toBe(4);
    expect(card(layout, 'm').childCount).toBe(2);
    expect(layout.cards.map((c) => c.id)).toEqual(['top', 'm', 'z']);
  });

  it('never groups folded posts, even when the posts below them are left out (as printed pages do)', () => {
    const posts = ordered([post('top', null), post('h1', 'top', 'Head of Service'), post('h2', 'top', 'Head of Service'), post('h3', 'top', 'Head of Service')]);
    const layout = layoutChart(posts, options({ collapsed: new Set(['h1', 'h2', 'h3']) }));
    checkLayout(posts, layout);
    expect(layout.cards.map((c) => c.id)).toEqual(['top', 'h1', 'h2', 'h3']);
  });

  it('draws a reporting loop in the data instead of hanging, placing every post once', () => {
    const posts = ordered([post('a', 'c'), post('b', 'a'), post('c', 'b'), post('top', null), post('d', 'top'), post('self', 'self')]);
    const layout = layoutChart(posts, options());
    checkLayout(posts, layout);
    expect(layout.cards).toHaveLength(6);
  });

  it('draws ghost posts where they were, never grouped with real posts nor counted as hidden', () => {
    const posts = ordered([post('tl', null), post('o1', 'tl', 'Officer'), post('o2', 'tl', 'Officer'), post('gone', 'tl', 'Officer', { ghost: true }), post('gone2', 'tl', 'Officer', { ghost: true })]);
    const layout = layoutChart(posts, options());
    checkLayout(posts, layout);
    const ghost = card(layout, 'gone');
    expect(ghost.ghost).toBe(true);
    expect(ghost.postIds).toEqual(['gone', 'gone2']);
    expect(card(layout, 'o1').postIds).toEqual(['o1', 'o2']);
    expect(card(layout, 'o1').ghost).toBeUndefined();
    expect(layoutChart(posts, options({ collapsed: new Set(['tl']) })).cards[0]!.hiddenCount).toBe(2);
  });

  it('draws a dotted reporting line between the two cards', () => {
    const posts = ordered([post('top', null), post('a', 'top'), post('b', 'top'), post('b1', 'b', 'B1', { dottedManagerIds: ['a'] })]);
    const layout = layoutChart(posts, options());
    checkLayout(posts, layout);
    const dotted = layout.edges.filter((e) => e.kind === 'dotted');
    expect(dotted).toHaveLength(1);
    expect(dotted[0]!.from).toBe('a');
    expect(dotted[0]!.to).toBe('b1');
  });

  it('gives the same chart whatever order the posts arrive in', () => {
    const posts = ordered(generateStructure(300, 7).map((g) => post(g.id, g.managerId, g.title)));
    const a = layoutChart(posts, options());
    const b = layoutChart([...posts].reverse(), options());
    expect(b.cards).toEqual(a.cards);
    expect(b.edges).toEqual(a.edges);
  });

  it('holds its invariants for any structure, folding and grouping', () => {
    const structure = fc
      .array(fc.record({ manager: fc.nat(), title: fc.constantFrom('A', 'B', 'C', 'D'), assistant: fc.boolean(), loop: fc.boolean(), dotted: fc.nat() }), {
        minLength: 1,
        maxLength: 60,
      })
      .map((rows) =>
        rows.map((r, i): LayoutPost => {
          // Mostly a tree (managers earlier in the list); now and then a loop or a missing manager.
          const managerId = i === 0 ? null : r.loop && r.manager % 7 === 0 ? `p${r.manager % rows.length}` : `p${r.manager % i}`;
          return post(`p${i}`, managerId, r.title, { isAssistant: r.assistant && r.manager % 3 === 0, sortOrder: i, dottedManagerIds: r.dotted % 5 === 0 ? [`p${r.dotted % rows.length}`] : [] });
        }),
      );
    fc.assert(
      fc.property(structure, fc.array(fc.nat()), fc.boolean(), fc.nat({ max: 6 }), fc.constantFrom(0, 300, 700, 1500), (posts, folds, group, threshold, wrapWidth) => {
        const collapsed = new Set(folds.map((f) => `p${f % posts.length}`));
        const layout = layoutChart(posts, options({ collapsed, groupIdentical: group, stackThreshold: threshold + 2, wrapWidth }));
        checkLayout(posts, layout);
        // The list indexed once serves its layouts alike; an index of another list is not used.
        for (const index of [indexPosts(posts), indexPosts([...posts].reverse().map((p, i) => ({ ...p, managerId: i ? `p${i - 1}` : null })))]) {
          const again = layoutChart(posts, options({ collapsed, groupIdentical: group, stackThreshold: threshold + 2, wrapWidth, index }));
          expect([again.cards, again.edges]).toEqual([layout.cards, layout.edges]);
        }
        const expanded = new Set(layout.cards.filter((c) => c.kind === 'group').map((c) => c.id));
        checkLayout(posts, layoutChart(posts, options({ collapsed, groupIdentical: group, expandedGroups: expanded })));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an assistant clear of the reports of a manager moved down by a wrapped level', () => {
    // Found by the property above: p3 wraps into a later tier, whose depth has no room for assistants.
    const posts = ordered([
      post('p0', null, 'A'),
      post('p1', 'p0', 'A'),
      post('p2', 'p0', 'A'),
      post('p3', 'p0', 'A'),
      post('p4', 'p1', 'A'),
      post('p5', 'p0', 'A'),
      post('p6', 'p3', 'A', { isAssistant: true }),
      post('p7', 'p3', 'A'),
    ]);
    expectAssistantAboveReport(posts, 'p6', 'p7');
  });

  it('keeps an assistant clear of the reports of a manager moved below the deepest level of the chart', () => {
    // Found by the property above: p3 wraps into a tier deeper than any card's own depth.
    const posts = ordered([
      post('p0', null, 'A'),
      post('p1', 'p0', 'A'),
      post('p2', 'p0', 'A'),
      post('p3', 'p0', 'A'),
      post('p4', 'p0', 'A'),
      post('p5', 'p1', 'A'),
      post('p6', 'p3', 'A', { isAssistant: true }),
      post('p7', 'p1', 'A'),
      post('p8', 'p3', 'A'),
    ]);
    expectAssistantAboveReport(posts, 'p6', 'p8');
  });

  it('wraps a very wide level into rows fed by a trunk, keeping every line clear of the cards', () => {
    // A head of service with 40 team leaders, each with a deputy who manages two officers.
    const posts: LayoutPost[] = [post('head', null)];
    for (let i = 0; i < 40; i++) {
      posts.push(post(`tl${i}`, 'head', `Team Leader ${i}`), post(`dep${i}`, `tl${i}`, `Deputy ${i}`));
      posts.push(post(`o${i}a`, `dep${i}`, `Officer ${i}a`), post(`o${i}b`, `dep${i}`, `Officer ${i}b`));
    }
    const flat = layoutChart(ordered(posts), options());
    const wrapped = layoutChart(ordered(posts), options({ wrapWidth: 2000 }));
    checkLayout(ordered(posts), wrapped);
    // One long line of 40 branches becomes a block of rows about twice as wide as tall.
    expect(flat.width / flat.height).toBeGreaterThan(10);
    expect(wrapped.width / wrapped.height).toBeGreaterThan(1);
    expect(wrapped.width / wrapped.height).toBeLessThan(4);
    const rows = new Set(wrapped.cards.filter((c) => c.depth === 1).map((c) => c.y));
    expect(rows.size).toBeGreaterThan(2);
    // Each row is below the deepest card of the row above.
    const ys = [...rows].sort((a, b) => a - b);
    for (let r = 1; r < ys.length; r++) {
      const above = wrapped.cards.filter((c) => c.depth >= 1 && c.y >= ys[r - 1]! && c.y < ys[r]!);
      expect(Math.max(...above.map((c) => c.y + c.height))).toBeLessThan(ys[r]!);
    }
    // No line runs through a card it does not join.
    for (const e of wrapped.edges) {
      for (let i = 1; i < e.points.length; i++) {
        const a = e.points[i - 1]!;
        const b = e.points[i]!;
        const box = { x0: Math.min(a.x, b.x), x1: Math.max(a.x, b.x), y0: Math.min(a.y, b.y), y1: Math.max(a.y, b.y) };
        for (const c of wrapped.cards) {
          if (c.id === e.from || c.id === e.to) continue;
          const crosses = box.x1 > c.x + 0.5 && box.x0 < c.x + c.width - 0.5 && box.y1 > c.y + 0.5 && box.y0 < c.y + c.height - 0.5;
          expect(crosses, `line to ${e.to} crosses ${c.id}`).toBe(false);
        }
      }
    }
    // Depth is still the reporting level, for the keyboard and screen readers.
    expect(card(wrapped, 'tl39').depth).toBe(1);
    expect(card(wrapped, 'o39b').depth).toBe(3);
  });

  it('lays out a realistic 10,000-post structure without overlaps', () => {
    const posts = ordered(generateStructure(10_000, 3).map((g) => post(g.id, g.managerId, g.title, { gradeId: g.grade })));
    const layout = layoutChart(posts, options());
    checkLayout(posts, layout);
    expect(layout.cards.length).toBeLessThan(posts.length);
  });
});

describe('branches folded when a chart opens', () => {
  it('folds nothing in a structure that fits', () => {
    const posts = ordered(generateStructure(150, 2).map((g) => post(g.id, g.managerId, g.title)));
    expect(defaultCollapsed(posts, options()).size).toBe(0);
  });

  it('opens the top tiers of a large structure, as far as keeps it to about 200 cards', () => {
    const posts = ordered(generateStructure(10_000, 1).map((g) => post(g.id, g.managerId, g.title, { gradeId: g.grade })));
    const collapsed = defaultCollapsed(posts, options());
    const layout = layoutChart(posts, options({ collapsed }));
    expect(collapsed.size).toBeGreaterThan(0);
    expect(layout.cards.length).toBeLessThanOrEqual(200);
    expect(layout.cards.filter((c) => c.depth <= 1).every((c) => c.hiddenCount === 0)).toBe(true);
    expect(layout.cards.reduce((t, c) => t + c.hiddenCount, 0) + layout.cards.reduce((t, c) => t + c.postIds.length, 0)).toBe(10_000);
  });

  it('shows a chosen number of levels', () => {
    const posts = ordered(generateStructure(2_000, 4).map((g) => post(g.id, g.managerId, g.title)));
    const layout = layoutChart(posts, options({ collapsed: collapseBelow(posts, options(), 3) }));
    expect(Math.max(...layout.cards.map((c) => c.depth))).toBe(2);
  });
});
