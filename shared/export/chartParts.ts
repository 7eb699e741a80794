// The chart sections of an export. Fit first: a chart goes on one page whenever all its text can
// be set at the minimum size or more, laid out to use the page. A proposal shown with its changes
// (and both charts of the pack) is laid out on the union of the current and proposed structures,
// so an unchanged post keeps its place and size on both pages. A chart too big for one page is
// printed by branch on several pages, every page at one scale.
import type { ExportRequest } from '../api/exportSchemas';
import type { ChartContent } from '../chart/card';
import { postGroupKey } from '../chart/grouping';
import type { PostMark } from '../chart/status';
import type { CostContext } from '../costing/postCost';
import type { StructureDiff } from '../diff/types';
import type { Id, Post } from '../model/types';
import { fitForest, minScaleFor, printForest, type FittedChart, type PrintForest, type SideContent } from './chartFit';
import { chartArea, drawFittedPage, fittedLegend } from './chartFitPage';
import { chartPages, legendFor } from './chartPages';
import type { LayoutFn } from './chartPlan';
import { singleTree, unionTree, type ChartTree, type Side } from './chartTree';
import type { LegendOptions, TitleBlock } from './frame';
import type { Numbering, Section } from './section';

export interface ChartSide {
  posts: readonly Post[];
  marks: ReadonlyMap<Id, PostMark> | null;
  content: ChartContent;
  title: TitleBlock;
}

export interface ChartPartsInput {
  req: Pick<ExportRequest, 'paper' | 'orientation' | 'names' | 'monochrome' | 'minText'>;
  ctx: CostContext;
  layoutFn: LayoutFn;
  /** The current structure, when the proposal is compared with it. */
  before: ChartSide | null;
  after: ChartSide;
  diff: StructureDiff | null;
  /** Which sides are printed, in order. */
  draw: readonly Side[];
  /** Show the posts the proposal deletes as ghosts on the proposed chart. */
  ghosts: boolean;
}

export interface ChartSection extends Section {
  /** Points per layout unit the chart is drawn at. */
  scale: number;
  /** Whether it fits one page at the minimum text size or more. */
  fitted: boolean;
}

interface OnePage {
  tree: ChartTree;
  forest: PrintForest;
  fitted: FittedChart;
  legend: LegendOptions;
  /** The side of the tree drawn (a tree of one structure keeps its posts on the "after" side). */
  side: Side;
}

export function chartSections(input: ChartPartsInput): ChartSection[] {
  const { req, before, after, diff } = input;
  const compared = before !== null && diff !== null;
  const sideOf = (s: Side) => (s === 'before' ? before! : after);
  const legendBase = (s: Side) => legendFor(sideOf(s).posts, sideOf(s).content);
  /**
   * The drawn sides of `tree` on one page each at one scale, sized for every side in `sides`; null
   * if the text would be too small. `draw` pairs each side of the tree with the structure it shows.
   */
  const tryFit = (tree: ChartTree, sides: SideContent[], draw: readonly { side: Side; as: Side }[]): OnePage[] | null => {
    const forest = printForest(tree, sides, !req.names);
    const legends = draw.map((d) => fittedLegend(forest.faces.get(d.side)!, legendBase(d.as)));
    const areas = draw.map((d, i) => chartArea(req.paper, req.orientation, sideOf(d.as).title, legends[i]!));
    const area = { w: Math.min(...areas.map((a) => a.w)), h: Math.min(...areas.map((a) => a.h)) };
    const fitted = fitForest(forest, area, req.minText);
    return fitted ? draw.map((d, i) => ({ tree, forest, fitted, legend: legends[i]!, side: d.side })) : null;
  };
  let pages: OnePage[] | null = null;
  if (compared) {
    // First choice: both structures on one geometry, an unchanged post in the same place on both.
    pages = tryFit(
      unionTree(before.posts, after.posts, diff, input.ctx),
      [
        { side: 'before', content: before.content, ghosts: false },
        { side: 'after', content: after.content, ghosts: input.ghosts },
      ],
      input.draw.map((s) => ({ side: s, as: s })),
    );
  }
  if (!pages) {
    // Each structure laid out on its own (a proposal that moves most posts would not fit on the
    // union of both), at the smaller of their scales so cards match.
    const each = input.draw.map((s) => tryFit(singleTree(sideOf(s).posts, input.ctx, sideOf(s).marks), [{ side: 'after', content: sideOf(s).content, ghosts: false }], [{ side: 'after', as: s }])?.[0] ?? null);
    if (each.every((p) => p !== null)) {
      const scale = Math.min(...each.map((p) => p!.fitted.scale));
      pages = each.map((p) => ({ ...p!, fitted: { ...p!.fitted, scale } }));
    }
  }
  if (pages) {
    const fittedPages = pages;
    return input.draw.map((s, i) => {
      const p = fittedPages[i]!;
      const side = p.side;
      return {
        title: sideOf(s).title.heading,
        pageCount: 1,
        scale: p.fitted.scale,
        fitted: true,
        render: (_i: number, n: Numbering) =>
          drawFittedPage(
            { tree: p.tree, fitted: p.fitted, faces: p.forest.faces.get(side)!, side, title: sideOf(s).title, legend: p.legend, paper: req.paper, orientation: req.orientation, monochrome: req.monochrome },
            n.first,
            n.total,
          ),
      };
    });
  }

  // By branch: every side at the smallest scale any of them needs, so cards match page to page.
  const minScale = minScaleFor(req.minText);
  const pagesOf = (s: Side, scale?: number) => {
    const side = sideOf(s);
    const ctx = input.ctx;
    const groupKey = (id: string) => {
      const p = side.content.posts.get(id);
      return p ? postGroupKey(p, side.marks?.get(id), ctx) : '';
    };
    return chartPages({ posts: side.posts, content: side.content, title: side.title, paper: req.paper, orientation: req.orientation, layoutFn: input.layoutFn, minScale, groupKey, ctx, ...(scale ? { scale } : {}) });
  };
  let paged = input.draw.map((s) => pagesOf(s));
  const common = Math.min(...paged.map((p) => p.scale));
  paged = paged.map((p, i) => (p.scale > common ? pagesOf(input.draw[i]!, common) : p));
  return paged.map((cp, i) => ({
    title: sideOf(input.draw[i]!).title.heading,
    pageCount: cp.pageCount,
    scale: cp.scale,
    fitted: false,
    render: (k, n) => cp.render(k, n),
  }));
}
