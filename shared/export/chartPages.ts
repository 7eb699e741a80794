// A structure chart as printed pages: the plan of pages by branch, each page framed with the
// title block, legend and page number, and joined to the others by "continued" markers.
import { CARD, cardHeight, titleLinesNeeded, type ChartContent } from '../chart/card';
import { drawChart, MARKER_ABOVE, TAB_ROOM, type Continuation } from '../chart/drawChart';
import { structureTotals, type CostContext } from '../costing/postCost';
import { pageSize, type Orientation, type Page, type PaperSize } from '../chart/scene';
import { MARK_ORDER } from '../chart/status';
import type { LayoutOptions } from '../layout/types';
import type { Post } from '../model/types';
import { postsBelow, reportsByManager } from './branch';
import { drawLegend, drawTitleBlock, MARGIN, type LegendOptions, type TitleBlock } from './frame';
import { layoutBounds, planChart, type LayoutFn, type PagePlan } from './chartPlan';

export interface ChartPagesInput {
  posts: readonly Post[];
  content: ChartContent;
  title: TitleBlock;
  paper: PaperSize;
  orientation: Orientation;
  layoutFn: LayoutFn;
  /** Page numbers printed start here (a chart inside a longer document). */
  firstPageNumber?: number;
  /** Total pages of the whole document, for "Page x of y"; defaults to the chart's own. */
  totalPages?: number;
  /** Draw every page at no more than this scale (to match another chart it is read beside). */
  scale?: number;
  /** No page is drawn so small that card text falls below this scale's size (see planChart). */
  minScale?: number;
  /** What identical posts must also share to be one card (FTE, salary, changes). */
  groupKey?: (id: string) => string;
  /** With it, each "continued" tab also gives the branch's posts, FTE and full-year cost. */
  ctx?: CostContext;
}

export interface ChartPages {
  plans: PagePlan[];
  pageCount: number;
  /** The one scale every page is drawn at, so cards are the same size throughout. */
  scale: number;
  /** Draws page `index` (zero-based within the chart). */
  render(index: number, numbering?: { first: number; total: number }): Page;
  /** A short description of each page, for a contents list. */
  describe(index: number): string;
}

export function layoutOptionsFor(content: ChartContent): LayoutOptions {
  const marks = content.marks !== null && content.marks.size > 0;
  return {
    cardWidth: CARD.width,
    // A little extra below the text, where a "continued on page" tab sits across the card's edge.
    cardHeight: cardHeight({ names: content.names, costs: content.costs !== null, marks }, titleLinesNeeded([...content.posts.values()].map((p) => p.title))) + TAB_ROOM,
    siblingGap: 14,
    levelGap: 34,
    collapsed: new Set(),
    // With names shown each person needs a card of their own.
    groupIdentical: !content.names,
    expandedGroups: new Set(),
  };
}

/** The key for `posts`: only the marks they carry. */
export function legendFor(posts: readonly Post[], content: ChartContent): LegendOptions {
  const present = new Set(posts.flatMap((p) => content.marks?.get(p.id)?.kinds ?? []));
  return {
    marks: MARK_ORDER.filter((k) => present.has(k)),
    vacant: posts.some((p) => p.vacant),
    costs: content.costs !== null,
    names: content.names,
    monochrome: content.monochrome,
  };
}

export function chartPages(input: ChartPagesInput): ChartPages {
  const size = pageSize(input.paper, input.orientation);
  const legend = legendFor(input.posts, input.content);
  const head = drawTitleBlock(size.width, input.title);
  const foot = drawLegend(size.width, size.height - MARGIN, legend, 'Page 000 of 000');
  const area = { x: MARGIN, y: head.bottom + 4, w: size.width - MARGIN * 2, h: foot.top - 8 - (head.bottom + 4) };
  const options = { ...layoutOptionsFor(input.content), ...(input.groupKey ? { groupKey: input.groupKey } : {}) };
  const plans = planChart(input.posts, input.layoutFn, options, area, input.minScale);
  // Each page was planned to fit at its own scale; drawing them all at the smallest keeps a card
  // the same size on every page (a small branch on a page of its own is not blown up).
  const scale = Math.min(input.scale ?? Infinity, ...plans.map((p) => p.scale));
  for (const p of plans) p.scale = scale;
  const byId = new Map(input.posts.map((p) => [p.id, p]));
  const branchTotals = totalsBelow(input.posts, input.ctx);

  const describe = (i: number): string => {
    const plan = plans[i]!;
    if (i === 0 && plan.fromIndex === null && (!plan.part || plan.part.index === 1)) return plans.length > 1 ? 'Top of the structure' : 'Whole structure';
    const roots = plan.rootIds.map((id) => byId.get(id)).filter((p): p is Post => p !== undefined);
    const name =
      roots.length === 0 || plan.fromIndex === null && roots.length > 1 && plan.part
        ? 'Top posts'
        : roots.length <= 2
          ? roots.map((p) => p.title).join(' and ')
          : `${roots[0]!.title} and ${roots.length - 1} other branches`;
    return plan.part && plan.part.of > 1 ? `${name} (part ${plan.part.index} of ${plan.part.of})` : name;
  };

  const render = (i: number, numbering = { first: input.firstPageNumber ?? 1, total: input.totalPages ?? plans.length }): Page => {
    const plan = plans[i]!;
    const pageNo = (index: number) => numbering.first + index;
    const title: TitleBlock =
      i === 0 ? input.title : { ...input.title, subtitle: `${describe(i)} · ${input.title.subtitle}` };
    const headShapes = drawTitleBlock(size.width, title).shapes;
    // The key of this page: the marks of the posts drawn on it.
    const onPage = plan.layout.cards.flatMap((c) => c.postIds).map((id) => byId.get(id)).filter((p): p is Post => p !== undefined);
    const footShapes = drawLegend(size.width, size.height - MARGIN, legendFor(onPage, input.content), `Page ${pageNo(i)} of ${numbering.total}`).shapes;
    const continued = plan.fromIndex !== null || (plan.part !== null && plan.part.index > 1);
    const b = layoutBounds(plan.layout);
    const s = plan.scale;
    const w = (b.maxX - b.minX) * s;
    const dx = area.x + Math.max(0, (area.w - w) / 2) - b.minX * s;
    const dy = area.y + (continued ? MARKER_ABOVE * s : 0) + 4 - b.minY * s;
    const continuations = new Map<string, Continuation>();
    for (const [id, count] of plan.collapsed) {
      const target = plan.continuesOn.get(id);
      const totals = branchTotals(id);
      if (target !== undefined) continuations.set(id, { page: pageNo(target), pageIndex: target, count, ...(totals ? { totals } : {}) });
    }
    const fromIndex = plan.fromIndex ?? (plan.part && plan.part.index > 1 ? i - 1 : null);
    const chart = drawChart(plan.layout, input.content, { scale: s, dx, dy }, {
      continuations,
      continuedFrom: fromIndex !== null ? { page: pageNo(fromIndex), pageIndex: fromIndex } : null,
    });
    return {
      width: size.width,
      height: size.height,
      shapes: [...headShapes, ...chart.shapes, ...footShapes],
      links: chart.links.map((l) => ({ ...l, page: l.page + numbering.first - 1 })),
      ...(i === 0 ? { bookmark: input.title.heading } : {}),
    };
  };

  return { plans, pageCount: plans.length, scale, render, describe };
}

/** The posts, FTE and full-year cost of everything below a post (worked out once per post asked about). */
function totalsBelow(posts: readonly Post[], ctx: CostContext | undefined): (id: string) => Continuation['totals'] | null {
  if (!ctx) return () => null;
  const kids = reportsByManager(posts);
  const memo = new Map<string, NonNullable<Continuation['totals']>>();
  return (id) => {
    let t = memo.get(id);
    if (!t) memo.set(id, (t = structureTotals(postsBelow(kids, id), ctx)));
    return t;
  };
}
