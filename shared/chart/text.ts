// Measuring and wrapping text in the export font, so a card or table cell is laid out once and
// drawn identically as PDF, SVG and PNG. Sizes are in points (or layout units at scale 1).
import { FONT_METRICS, type FontFaceMetrics } from './fontMetrics';

export type FontWeight = keyof typeof FONT_METRICS;

const tables = new Map<FontWeight, Map<number, number>>();

function widthTable(weight: FontWeight): Map<number, number> {
  let t = tables.get(weight);
  if (!t) {
    t = new Map();
    const m: FontFaceMetrics = FONT_METRICS[weight];
    for (const range of m.ranges) {
      const first = range[0]!;
      for (let i = 1; i < range.length; i++) if (range[i]! >= 0) t.set(first + i - 1, range[i]!);
    }
    tables.set(weight, t);
  }
  return t;
}

/** Width of characters the font lacks: a wide glyph, so text never overflows because of them. */
const FALLBACK_WIDTH = 600;

/** Width of `text` at `size` points, without kerning (kerning only ever makes text narrower). */
export function measureText(text: string, size: number, weight: FontWeight = 'regular'): number {
  const t = widthTable(weight);
  let units = 0;
  for (const ch of text) units += t.get(ch.codePointAt(0)!) ?? FALLBACK_WIDTH;
  return (units * size) / 1000;
}

export function fontAscent(size: number, weight: FontWeight = 'regular'): number {
  return (FONT_METRICS[weight].ascent * size) / 1000;
}

export function capHeight(size: number, weight: FontWeight = 'regular'): number {
  return (FONT_METRICS[weight].capHeight * size) / 1000;
}

const ELLIPSIS = '…';

/** Shortens `text` with an ellipsis until it fits `maxWidth`. */
export function truncateText(text: string, maxWidth: number, size: number, weight: FontWeight = 'regular'): string {
  if (measureText(text, size, weight) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  // Longest prefix that fits with the ellipsis: binary search keeps long titles cheap.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measureText(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, size, weight) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, at spaces and after
 * hyphens and slashes; a word too long for a line is broken inside, and the last line ends with an
 * ellipsis when text is left over.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 'regular', maxLines = Infinity): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean || maxLines < 1) return [];
  const tokens: { text: string; sep: string }[] = [];
  for (const m of clean.matchAll(/[^\s\-/]+[-/]?|[-/]/g)) tokens.push({ text: m[0], sep: m.index > 0 && clean[m.index - 1] === ' ' ? ' ' : '' });
  const rest = (from: number, head: string) => head + tokens.slice(from).map((t) => t.sep + t.text).join('');
  const fits = (s: string) => measureText(s, size, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const candidate = line ? line + tok.sep + tok.text : tok.text;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) {
      if (lines.length === maxLines - 1) {
        lines.push(truncateText(rest(i, line), maxWidth, size, weight));
        return lines;
      }
      lines.push(line);
      line = '';
    }
    let word = tok.text;
    while (!fits(word) && word.length > 1) {
      if (lines.length === maxLines - 1) {
        lines.push(truncateText(rest(i + 1, word), maxWidth, size, weight));
        return lines;
      }
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}
