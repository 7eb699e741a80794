// A chart that fits one page, drawn: the title block, the cards and lines of one side of a fitted
// chart scaled to fill the area between title and key, and a key listing exactly the marks used.
import type { CardFace } from '../chart/cardFace';
import { drawFace } from '../chart/cardFit';
import { line, pageSize, type Orientation, type Page, type PaperSize, type Shape } from '../chart/scene';
import { MARK_ORDER, type MarkKind } from '../chart/status';
import type { Side } from './chartTree';
import type { ChartTree } from './chartTree';
import { sideEdges, type FittedChart } from './chartFit';
import { drawLegend, drawTitleBlock, MARGIN, type LegendOptions, type TitleBlock } from './frame';

const LINE = '#333333';

export interface ChartArea {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The area left for the chart between a page's title block and its key. */
export function chartArea(paper: PaperSize, orientation: Orientation, title: TitleBlock, legend: LegendOptions): ChartArea {
  const size = pageSize(paper, orientation);
  const head = drawTitleBlock(size.width, title);
  const foot = drawLegend(size.width, size.height - MARGIN, legend, 'Page 000 of 000');
  return { x: MARGIN, y: head.bottom + 4, w: size.width - MARGIN * 2, h: foot.top - 8 - (head.bottom + 4) };
}

/** The key of a side: only the marks its cards show. */
export function fittedLegend(faces: ReadonlyMap<string, CardFace>, base: Omit<LegendOptions, 'marks'>): LegendOptions {
  const used = new Set<MarkKind>();
  for (const f of faces.values()) for (const k of f.kinds) used.add(k);
  return { ...base, marks: MARK_ORDER.filter((k) => used.has(k)) };
}

export interface FittedPageInput {
  tree: ChartTree;
  fitted: FittedChart;
  faces: ReadonlyMap<string, CardFace>;
  side: Side;
  title: TitleBlock;
  legend: LegendOptions;
  paper: PaperSize;
  orientation: Orientation;
  monochrome: boolean;
  /** Draw at this scale rather than the fitted one (to match the chart it is read beside). */
  scale?: number;
}

export function drawFittedPage(input: FittedPageInput, pageNumber: number, total: number): Page {
  const size = pageSize(input.paper, input.orientation);
  const area = chartArea(input.paper, input.orientation, input.title, input.legend);
  const s = Math.min(input.scale ?? Infinity, input.fitted.scale);
  const { layout } = input.fitted;
  const dx = area.x + Math.max(0, (area.w - layout.width * s) / 2);
  const dy = area.y + 4;
  const t = { scale: s, dx, dy };
  const shapes: Shape[] = [...drawTitleBlock(size.width, input.title).shapes];
  const lw = Math.max(0.4, 0.8 * s);
  for (const e of sideEdges(input.tree, input.fitted, input.faces, input.side)) {
    if (e.points.length < 2) continue;
    shapes.push(line(e.points.map((p) => ({ x: dx + p.x * s, y: dy + p.y * s })), LINE, lw, e.kind === 'dotted' ? [1.5 * s, 2 * s] : undefined));
  }
  for (const c of layout.cards) {
    const face = input.faces.get(c.node.id);
    if (face) shapes.push(...drawFace(face, c, t, input.monochrome));
  }
  shapes.push(...drawLegend(size.width, size.height - MARGIN, input.legend, `Page ${pageNumber} of ${total}`).shapes);
  return { width: size.width, height: size.height, shapes, links: [], bookmark: input.title.heading };
}
