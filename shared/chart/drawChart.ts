// A chart (or one page's part of it) as shapes: reporting lines first, then cards, then the
// markers that join pages ("Continued on page 4", "Continued from page 1").
import type { ChartLayout } from '../layout/types';
import { drawCard, type ChartContent, type Transform } from './card';
import { line, rect, text, type PageLink, type Shape } from './scene';
import { formatFte, formatPounds } from '../model/money';
import { measureText } from './text';

export interface Continuation {
  /** One-based page number the branch continues on, and its index for a link. */
  page: number;
  pageIndex: number;
  /** Posts in the branch, not counting the card itself. */
  count: number;
  /** What the branch below the card holds, for a reader of this page alone: posts, FTE and full-year cost. */
  totals?: { posts: number; fte: number; costPence: number };
}

/** The words on a continuation tab: what the branch holds (when known), then where it goes. */
export function continuationLines(c: Continuation): string[] {
  if (!c.totals) return [`${c.count} post${c.count === 1 ? '' : 's'} below: continued on page ${c.page}`];
  const { posts, fte, costPence } = c.totals;
  return [`${posts.toLocaleString('en-GB')} post${posts === 1 ? '' : 's'} · ${formatFte(fte)} FTE · ${formatPounds(costPence)}`, `below: continued on page ${c.page}`];
}

export interface ChartMarkers {
  continuations?: ReadonlyMap<string, Continuation>;
  /** Printed above the top cards of a page that continues a branch from another page. */
  continuedFrom?: { page: number; pageIndex: number } | null;
}

/** Layout units a continuation tab (of two lines) reaches below its card, and a "continued from" line above. */
export const MARKER_BELOW = 16;
/** Room a card keeps below its text for the top of a continuation tab. */
export const TAB_ROOM = 9;
export const MARKER_ABOVE = 16;
const MARKER_TEXT = 8;
const LINE = '#333333';

export function drawChart(layout: ChartLayout, content: ChartContent, t: Transform, markers: ChartMarkers = {}): { shapes: Shape[]; links: PageLink[] } {
  const s = t.scale;
  const P = (p: { x: number; y: number }) => ({ x: t.dx + p.x * s, y: t.dy + p.y * s });
  const shapes: Shape[] = [];
  const links: PageLink[] = [];
  const lw = Math.max(0.4, 0.8 * s);
  for (const e of layout.edges) {
    if (e.points.length < 2) continue;
    shapes.push(line(e.points.map(P), LINE, lw, e.kind === 'dotted' ? [1.5 * s, 2 * s] : undefined));
  }
  for (const card of layout.cards) shapes.push(...drawCard(card, content, t));

  const cont = markers.continuations;
  if (cont) {
    for (const card of layout.cards) {
      const c = cont.get(card.id);
      if (!c) continue;
      const lines = continuationLines(c);
      const w = Math.max(...lines.map((l, i) => measureText(l, MARKER_TEXT, i === 0 ? 'semibold' : 'regular'))) + 12;
      const h = 5 + lines.length * 9.5;
      const cx = card.x + card.width / 2;
      const bottom = card.y + card.height;
      // A tab across the card's lower edge, in the room cards keep there for it.
      const box = P({ x: cx - w / 2, y: bottom - TAB_ROOM + 1 });
      shapes.push(rect(box.x, box.y, w * s, h * s, { fill: '#ffffff', stroke: LINE, lineWidth: lw, radius: 7 * s }));
      lines.forEach((l, i) => {
        const tp = P({ x: cx, y: bottom - TAB_ROOM + 10 + i * 9.5 });
        shapes.push(text(tp.x, tp.y, l, MARKER_TEXT * s, i === 0 ? 'semibold' : 'regular', { anchor: 'middle', fill: '#111111' }));
      });
      links.push({ x: box.x, y: box.y, w: w * s, h: h * s, page: c.pageIndex });
    }
  }

  const from = markers.continuedFrom;
  if (from) {
    const tops = layout.cards.filter((c) => c.parentId === null || !layout.cards.some((o) => o.id === c.parentId));
    for (const card of tops) {
      const label = `Continued from page ${from.page}`;
      const p = P({ x: card.x + card.width / 2, y: card.y - 5 });
      shapes.push(text(p.x, p.y, label, MARKER_TEXT * s, 'semibold', { anchor: 'middle', fill: '#111111' }));
      const w = measureText(label, MARKER_TEXT, 'semibold') * s;
      links.push({ x: p.x - w / 2, y: p.y - MARKER_TEXT * s, w, h: MARKER_TEXT * s * 1.3, page: from.pageIndex });
    }
  }
  return { shapes, links };
}
