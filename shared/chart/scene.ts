// What every export draws: pages of plain shapes in points (1/72 inch, origin top left). The chart,
// the title block, the legend and the schedule tables all become shapes; the PDF, SVG and PNG
// writers only draw them, so print and screen agree.
import type { FontWeight } from './text';

export interface RectShape {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string | null;
  stroke: string | null;
  lineWidth?: number;
  dash?: readonly number[];
  radius?: number;
}

export interface LineShape {
  kind: 'line';
  points: readonly { x: number; y: number }[];
  stroke: string;
  lineWidth: number;
  dash?: readonly number[];
}

export interface TextShape {
  kind: 'text';
  /** Anchor point on the baseline. */
  x: number;
  y: number;
  text: string;
  size: number;
  weight: FontWeight;
  anchor: 'start' | 'middle' | 'end';
  fill: string;
  /** Drawn with a line through it (deleted posts). */
  strike?: boolean;
}

/** A clickable area taking the reader to another page of the same document (PDF only). */
export interface PageLink {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Zero-based index of the target page. */
  page: number;
}

export type Shape = RectShape | LineShape | TextShape;

export interface Page {
  width: number;
  height: number;
  shapes: Shape[];
  links: PageLink[];
  /** Heading for the PDF outline (bookmarks), if the page starts a section. */
  bookmark?: string;
}

export function rect(x: number, y: number, w: number, h: number, style: Partial<Omit<RectShape, 'kind' | 'x' | 'y' | 'w' | 'h'>>): RectShape {
  return { kind: 'rect', x, y, w, h, fill: style.fill ?? null, stroke: style.stroke ?? null, ...(style.lineWidth !== undefined ? { lineWidth: style.lineWidth } : {}), ...(style.dash ? { dash: style.dash } : {}), ...(style.radius ? { radius: style.radius } : {}) };
}

export function text(x: number, y: number, value: string, size: number, weight: FontWeight = 'regular', opts: { anchor?: TextShape['anchor']; fill?: string; strike?: boolean } = {}): TextShape {
  return { kind: 'text', x, y, text: value, size, weight, anchor: opts.anchor ?? 'start', fill: opts.fill ?? '#000000', ...(opts.strike ? { strike: true } : {}) };
}

export function line(points: { x: number; y: number }[], stroke: string, lineWidth: number, dash?: readonly number[]): LineShape {
  return { kind: 'line', points, stroke, lineWidth, ...(dash ? { dash } : {}) };
}

/** Paper sizes in points. */
export const PAPER = {
  A4: { width: 595.28, height: 841.89 },
  A3: { width: 841.89, height: 1190.55 },
} as const;
export type PaperSize = keyof typeof PAPER;
export type Orientation = 'portrait' | 'landscape';

export function pageSize(paper: PaperSize, orientation: Orientation): { width: number; height: number } {
  const p = PAPER[paper];
  return orientation === 'portrait' ? { width: p.width, height: p.height } : { width: p.height, height: p.width };
}

/** The smallest text allowed on a printed page, in points. */
export const MIN_PRINT_TEXT = 6;

/** Where the line through struck-out text goes, from the measured width of the text. */
export function strikeLine(t: TextShape, width: number): { x1: number; x2: number; y: number } {
  const x1 = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - width / 2 : t.x - width;
  return { x1, x2: x1 + width, y: t.y - t.size * 0.3 };
}
