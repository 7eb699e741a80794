// What frames every printed page: the title block (structure, status, date, organisation), the
// legend and the page number. It answers the area left for the chart or table.
import { line, rect, text, type Shape } from '../chart/scene';
import { MARK_STYLES, UNCHANGED_BORDER, type MarkKind } from '../chart/status';
import { measureText, truncateText } from '../chart/text';

export interface TitleBlock {
  /** e.g. "Proposed structure: Option A". */
  heading: string;
  /** e.g. the document's name, "Business Support Service review". */
  subtitle: string;
  organisation: string;
  /** e.g. "DRAFT FOR CONSULTATION"; empty for none. */
  status: string;
  /** Already formatted, e.g. "23 November 2025". */
  date: string;
}

export interface LegendOptions {
  marks: readonly MarkKind[];
  /** Say what "Vacant" on a card means. */
  vacant: boolean;
  costs: boolean;
  names: boolean;
  monochrome: boolean;
}

export interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const MARGIN = 30;
const TITLE_HEIGHT = 58;
const INK = '#111111';
const MUTED = '#555555';

export function drawTitleBlock(width: number, t: TitleBlock, continued = ''): { shapes: Shape[]; bottom: number } {
  const shapes: Shape[] = [];
  const left = MARGIN;
  const right = width - MARGIN;
  let statusWidth = 0;
  if (t.status) {
    const sw = measureText(t.status, 10, 'bold') + 16;
    statusWidth = sw + 12;
    shapes.push(rect(right - sw, MARGIN, sw, 20, { fill: null, stroke: INK, lineWidth: 1.2 }));
    shapes.push(text(right - sw / 2, MARGIN + 13.8, t.status, 10, 'bold', { anchor: 'middle' }));
  }
  shapes.push(text(left, MARGIN + 8, truncateText(t.organisation, right - left - statusWidth, 9), 9, 'regular', { fill: MUTED }));
  const heading = continued ? `${t.heading} ${continued}` : t.heading;
  shapes.push(text(left, MARGIN + 28, truncateText(heading, right - left - statusWidth, 17, 'bold'), 17, 'bold'));
  const dateWidth = t.date ? measureText(t.date, 9) + 12 : 0;
  shapes.push(text(left, MARGIN + 43, truncateText(t.subtitle, right - left - dateWidth, 9), 9, 'regular', { fill: MUTED }));
  if (t.date) shapes.push(text(right, MARGIN + 43, t.date, 9, 'regular', { anchor: 'end', fill: MUTED }));
  shapes.push(line([{ x: left, y: MARGIN + 50 }, { x: right, y: MARGIN + 50 }], INK, 0.8));
  return { shapes, bottom: MARGIN + TITLE_HEIGHT };
}

interface LegendItem {
  swatch: (x: number, y: number) => Shape[];
  label: string;
}

function legendItems(o: LegendOptions): LegendItem[] {
  const items: LegendItem[] = [];
  const sw = 22;
  const sh = 11;
  items.push({
    label: o.marks.length ? 'Unchanged post' : 'Post',
    swatch: (x, y) => [rect(x, y, sw, sh, { fill: '#ffffff', stroke: INK, lineWidth: UNCHANGED_BORDER.width })],
  });
  for (const k of o.marks) {
    const st = MARK_STYLES[k];
    items.push({
      label: `${st.legend} (“${st.label}”)`,
      swatch: (x, y) => [
        rect(x, y, sw, sh, { fill: st.fill, stroke: INK, lineWidth: st.border.width, ...(st.border.dash ? { dash: st.border.dash } : {}) }),
        rect(x, y, sw, 4, { fill: o.monochrome ? '#333333' : st.colour, stroke: null }),
      ],
    });
  }
  if (o.vacant) items.push({ label: '“Vacant”: no postholder', swatch: () => [] });
  items.push({ label: '“× n”: n identical posts', swatch: () => [] });
  if (o.costs) items.push({ label: 'Costs: full year, with on-costs', swatch: () => [] });
  if (!o.names) items.push({ label: 'Postholder names not shown', swatch: () => [] });
  return items;
}

const LEGEND_TEXT = 7.5;
const LEGEND_ROW = 14;

/** Lays the legend out in rows across the page's foot; answers its shapes and height. */
export function drawLegend(width: number, bottomY: number, o: LegendOptions, footRight: string): { shapes: Shape[]; top: number } {
  const items = legendItems(o);
  const left = MARGIN;
  const footW = measureText(footRight, 8.5) + 16;
  const right = width - MARGIN - footW;
  const rows: { item: LegendItem; x: number }[][] = [[]];
  let x = left;
  for (const item of items) {
    const w = (item.swatch(0, 0).length ? 26 : 0) + measureText(item.label, LEGEND_TEXT) + 14;
    if (x + w > right && rows[rows.length - 1]!.length) {
      rows.push([]);
      x = left;
    }
    rows[rows.length - 1]!.push({ item, x });
    x += w;
  }
  const top = bottomY - rows.length * LEGEND_ROW - 6;
  const shapes: Shape[] = [line([{ x: left, y: top }, { x: width - MARGIN, y: top }], INK, 0.5)];
  rows.forEach((row, r) => {
    const y = top + 6 + r * LEGEND_ROW;
    for (const { item, x: ix } of row) {
      const sw = item.swatch(ix, y + 1);
      shapes.push(...sw);
      shapes.push(text(ix + (sw.length ? 26 : 0), y + 9.5, item.label, LEGEND_TEXT, 'regular'));
    }
  });
  shapes.push(text(width - MARGIN, top + 6 + 9.5, footRight, 8.5, 'semibold', { anchor: 'end' }));
  return { shapes, top };
}

/** A simple footer with only the page number, for pages without a legend. */
export function drawFooter(width: number, height: number, footRight: string, footLeft = ''): { shapes: Shape[]; top: number } {
  const top = height - MARGIN - 14;
  const shapes: Shape[] = [line([{ x: MARGIN, y: top }, { x: width - MARGIN, y: top }], INK, 0.5)];
  if (footLeft) shapes.push(text(MARGIN, top + 11, truncateText(footLeft, width - MARGIN * 2 - 120, 8), 8, 'regular', { fill: MUTED }));
  shapes.push(text(width - MARGIN, top + 11, footRight, 8.5, 'semibold', { anchor: 'end' }));
  return { shapes, top };
}
