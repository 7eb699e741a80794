// The first page of a chart printed by branch is an overview: every branch it cannot show says on
// its tab how many posts it holds, their FTE and full-year cost, and the page it continues on, so
// the page can be read alone; the posts on the page and in its tabs add up to the whole structure.
import { describe, expect, it } from 'vitest';
import type { ChartContent } from '../../shared/chart/card';
import { costPost, structureTotals } from '../../shared/costing/postCost';
import { chartPages } from '../../shared/export/chartPages';
import { layoutChart } from '../../shared/layout/layoutChart';
import { formatFte, formatPounds } from '../../shared/model/money';
import type { Post } from '../../shared/model/types';
import { generateStructure } from '../helpers/bigStructure';
import { post, reference } from '../helpers/model';

const { ctx } = reference();

/** 600 posts of a realistic shape, on the test grades, some part-time and some vacant. */
function structurePosts(): Post[] {
  return generateStructure(600, 7).map((g, i) =>
    post({ id: g.id, managerId: g.managerId, sortOrder: i, title: g.title, fte: g.fte, vacant: g.vacant, gradeId: ['g1', 'g2', 'g3'][g.depth % 3]!, payPointId: null }),
  );
}

/** The structure printed by branch on A4 landscape, with or without the costs behind its tabs. */
function printed(posts: readonly Post[], withCosts: boolean) {
  return chartPages({
    posts,
    content: content(posts),
    title: { heading: 'Current structure', subtitle: 'Test', organisation: 'Test Council', status: 'CURRENT STRUCTURE', date: '' },
    paper: 'A4',
    orientation: 'landscape',
    layoutFn: layoutChart,
    ...(withCosts ? { ctx } : {}),
  });
}

function content(posts: readonly Post[]): ChartContent {
  return { posts: new Map(posts.map((p) => [p.id, p])), gradeCodes: new Map([['g1', 'G1'], ['g2', 'G2'], ['g3', 'G3']]), marks: null, costs: null, names: false, monochrome: false };
}

describe('the overview page of a chart printed by branch', () => {
  it('gives each branch it continues elsewhere its posts, FTE and cost, adding up with the page to the whole', () => {
    const posts = structurePosts();
    const pages = printed(posts, true);
    expect(pages.pageCount).toBeGreaterThan(2);
    const first = pages.plans[0]!;
    expect(first.collapsed.size).toBeGreaterThan(1);
    const texts = pages.render(0).shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));

    // Worked out here from the posts themselves: everything below each branch's head.
    const children = new Map<string, Post[]>();
    for (const p of posts) if (p.managerId) children.set(p.managerId, [...(children.get(p.managerId) ?? []), p]);
    const below = (id: string): Post[] => (children.get(id) ?? []).flatMap((c) => [c, ...below(c.id)]);
    let inTabs = 0;
    let tabCost = 0;
    for (const id of first.collapsed.keys()) {
      const branch = below(id);
      const fte = branch.reduce((sum, p) => sum + Math.round((p.fte ?? 0) * 10_000), 0) / 10_000;
      const cost = branch.reduce((sum, p) => sum + costPost(p, ctx).totalPence, 0);
      const line = `${branch.length.toLocaleString('en-GB')} post${branch.length === 1 ? '' : 's'} · ${formatFte(fte)} FTE · ${formatPounds(cost)}`;
      expect(texts, `tab of ${id}`).toContain(line);
      expect(texts).toContain(`below: continued on page ${first.continuesOn.get(id)! + 1}`);
      inTabs += branch.length;
      tabCost += cost;
    }
    // The posts drawn on the page and those in its tabs are the whole structure, once each.
    const onPage = new Set(first.layout.cards.flatMap((c) => c.postIds));
    expect(onPage.size + inTabs).toBe(posts.length);
    const pageCost = posts.filter((p) => onPage.has(p.id)).reduce((sum, p) => sum + costPost(p, ctx).totalPence, 0);
    expect(pageCost + tabCost).toBe(structureTotals(posts, ctx).costPence);
  });

  it('keeps the count alone where no costs are known', () => {
    const posts = structurePosts();
    const pages = printed(posts, false);
    const texts = pages.render(0).shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    expect(texts.some((t) => /^\d+ posts? below: continued on page \d+$/.test(t))).toBe(true);
  });
});
