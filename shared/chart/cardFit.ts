// Sizing a printed card to its words and drawing it. A card is as narrow as its longest fixed line
// allows and as tall as its lines need: the title wraps to two lines where it can, and is never cut
// short. Sizes are layout units (points at scale 1); the page transform scales the whole chart.
import { rect, text, type Shape } from './scene';
import { MARK_STYLES, UNCHANGED_BORDER } from './status';
import { measureText, truncateText, wrapText } from './text';
import type { CardFace } from './cardFace';

export const FACE = {
  pad: 2,
  bandText: 8.5,
  bandLine: 10.5,
  titleSize: 8.5,
  titleLine: 9.0,
  detailSize: 8.5,
  detailLine: 9.0,
  linkSize: 8,
  minWidth: 56,
  maxWidth: 184,
  step: 8,
  /** A long title wraps to at most this many lines (and only then is shortened). */
  maxTitleLines: 6,
  tabHeight: 15,
} as const;

/** The smallest text on any card, in layout units: it decides how far a chart may shrink. */
export const SMALLEST_CARD_TEXT = Math.min(FACE.bandText, FACE.linkSize, FACE.detailSize);

/** The smallest text a card shows, in layout units. */
export function faceMinText(f: CardFace): number {
  let m = Infinity;
  if (f.title) m = Math.min(m, FACE.titleSize);
  if (f.detail || f.cost || f.notes.length) m = Math.min(m, FACE.detailSize);
  if (f.band) m = Math.min(m, FACE.bandText);
  if (f.link) m = Math.min(m, FACE.linkSize);
  return m;
}

export interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

const INK = '#111111';
const MUTED = '#444444';
const BOX_FILL = '#f1f1f1';

const inner = (w: number) => w - FACE.pad * 2;

function detailWidth(f: CardFace): number {
  const d = measureText(f.detail, FACE.detailSize);
  return f.cost ? d + 10 + measureText(f.cost, FACE.detailSize) : d;
}

function titleLines(f: CardFace, w: number): string[] {
  return f.title ? wrapText(f.title, inner(w), FACE.titleSize, 'semibold', FACE.maxTitleLines) : [];
}

function bandLines(f: CardFace, w: number): string[] {
  return f.band ? wrapText(f.band, inner(w), FACE.bandText, 'semibold', 3) : [];
}

function noteLines(f: CardFace, w: number): string[] {
  return f.notes.flatMap((n) => wrapText(n, inner(w), FACE.detailSize, 'regular', 2));
}

/** Height of a card of width `w` showing `f`. */
export function faceHeight(f: CardFace, w: number): number {
  if (f.kind === 'from') return FACE.tabHeight;
  const band = bandLines(f, w).length;
  let h = FACE.pad * 2 + (band ? band * FACE.bandLine + 3 : 0) + titleLines(f, w).length * FACE.titleLine;
  if (f.detail) h += FACE.detailLine + (f.title ? 1 : 0);
  h += noteLines(f, w).length * FACE.detailLine;
  if (f.link) h += FACE.detailLine + 1;
  return Math.ceil(h);
}

/** The narrowest width (on a grid of `step`) at which a card shows `f` well. */
export function faceWidth(f: CardFace): number {
  if (f.kind === 'from') return Math.ceil(measureText(f.link, FACE.linkSize, 'semibold') + 16);
  const fixed = Math.max(detailWidth(f), measureText(f.band, FACE.bandText, 'semibold'), measureText(f.link, FACE.linkSize, 'semibold'), ...f.notes.map((n) => Math.min(measureText(n, FACE.detailSize), 150)));
  const snap = (w: number) => Math.min(FACE.maxWidth, Math.max(FACE.minWidth, Math.ceil(w / FACE.step) * FACE.step));
  const w0 = snap(fixed + FACE.pad * 2 + 1);
  // The width that takes least room on the page with the space around it, the title on at most
  // two lines where the widest card allows it.
  let best = w0;
  let cost = Infinity;
  for (let w = w0; w <= FACE.maxWidth; w += FACE.step) {
    const lines = titleLines(f, w).length;
    if (lines > 2 && w + FACE.step <= FACE.maxWidth) continue;
    const c = (w + 10) * (faceHeight(f, w) + 5);
    if (c < cost - 1e-6) {
      best = w;
      cost = c;
    }
    if (lines <= 1) break;
  }
  return best;
}

export interface FaceSize {
  w: number;
  h: number;
}

/** The size a card needs to show every one of `faces` (a node shown on both charts of a pack). */
export function fitFaces(faces: readonly CardFace[]): FaceSize {
  const w = Math.max(...faces.map(faceWidth));
  return { w, h: Math.max(...faces.map((f) => faceHeight(f, w))) };
}

export interface CardBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The shapes of one card, in page coordinates. */
export function drawFace(f: CardFace, card: CardBox, t: Transform, monochrome: boolean): Shape[] {
  const s = t.scale;
  const X = (v: number) => t.dx + v * s;
  const Y = (v: number) => t.dy + v * s;
  const { x: x0, y: y0, width: w, height: h } = card;
  const out: Shape[] = [];
  if (f.kind === 'from') {
    out.push(rect(X(x0), Y(y0), w * s, h * s, { fill: '#ffffff', stroke: INK, lineWidth: Math.max(0.4, 0.8 * s), radius: (h / 2) * s }));
    out.push(text(X(x0 + w / 2), Y(y0 + h / 2 + FACE.linkSize * 0.34), f.link, FACE.linkSize * s, 'semibold', { anchor: 'middle', fill: INK }));
    return out;
  }
  const main = f.kinds[0] ?? null;
  const style = main ? MARK_STYLES[main] : null;
  if (f.kind === 'box' || f.kind === 'more') {
    // A branch printed elsewhere: a double outline, so it never reads as a single post.
    out.push(rect(X(x0), Y(y0), w * s, h * s, { fill: BOX_FILL, stroke: INK, lineWidth: Math.max(0.4, 1 * s) }));
    out.push(rect(X(x0 + 2.5), Y(y0 + 2.5), (w - 5) * s, (h - 5) * s, { fill: null, stroke: INK, lineWidth: Math.max(0.3, 0.5 * s) }));
  } else {
    const border = f.kind === 'holding' ? { width: 1, dash: [1.5, 2] as readonly number[] } : f.kind === 'ghost' ? { width: 1, dash: [3, 2.5] as readonly number[] } : (style?.border ?? UNCHANGED_BORDER);
    const fill = f.kind === 'ghost' ? '#f4f4f4' : f.kind === 'holding' ? '#fafafa' : (style?.fill ?? '#ffffff');
    out.push(rect(X(x0), Y(y0), w * s, h * s, { fill, stroke: f.kind === 'ghost' ? '#666666' : INK, lineWidth: Math.max(0.4, border.width * s), ...(border.dash ? { dash: border.dash.map((d) => d * s) } : {}) }));
  }
  const ink = f.kind === 'ghost' ? '#555555' : INK;
  let y = y0 + FACE.pad;
  const band = bandLines(f, w);
  if (band.length && style) {
    const bh = band.length * FACE.bandLine + 3;
    const colour = monochrome || f.kind === 'ghost' ? '#333333' : style.colour;
    out.push(rect(X(x0), Y(y0), w * s, bh * s, { fill: colour, stroke: null }));
    band.forEach((l, i) => out.push(text(X(x0 + FACE.pad), Y(y0 + (i + 1) * FACE.bandLine - 0.6), l, FACE.bandText * s, 'semibold', { fill: '#ffffff' })));
    y = y0 + bh + FACE.pad;
  }
  for (const l of titleLines(f, w)) {
    y += FACE.titleLine;
    out.push(text(X(x0 + FACE.pad), Y(y - 2.4), l, FACE.titleSize * s, 'semibold', { fill: ink, strike: f.strike }));
  }
  if (f.detail) {
    y += FACE.detailLine + (f.title ? 1 : 0);
    let costWidth = 0;
    if (f.cost) {
      out.push(text(X(x0 + w - FACE.pad), Y(y - 2.2), f.cost, FACE.detailSize * s, 'regular', { anchor: 'end', fill: ink }));
      costWidth = measureText(f.cost, FACE.detailSize) + 8;
    }
    out.push(text(X(x0 + FACE.pad), Y(y - 2.2), truncateText(f.detail, inner(w) - costWidth, FACE.detailSize), FACE.detailSize * s, 'regular', { fill: ink }));
  }
  for (const l of noteLines(f, w)) {
    y += FACE.detailLine;
    out.push(text(X(x0 + FACE.pad), Y(y - 2.2), l, FACE.detailSize * s, 'regular', { fill: MUTED }));
  }
  if (f.link) {
    y += FACE.detailLine + 1;
    out.push(text(X(x0 + FACE.pad), Y(y - 2.2), truncateText(f.link, inner(w), FACE.linkSize, 'semibold'), FACE.linkSize * s, 'semibold', { fill: INK }));
  }
  return out;
}
