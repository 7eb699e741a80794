// One card of a printed chart: the post's title, grade and FTE, its change status as a labelled
// band, and optionally its cost and postholders. Drawn in layout units, placed on the page by a
// transform, so the same card serves every page size and scale.
import type { LayoutCard } from '../layout/types';
import { formatFte, formatPounds } from '../model/money';
import type { Id, Post } from '../model/types';
import { rect, text, type Shape } from './scene';
import { MARK_ORDER, MARK_STYLES, markLabel, UNCHANGED_BORDER, type MarkKind, type PostMark } from './status';
import { truncateText, wrapText } from './text';

export interface ChartContent {
  posts: ReadonlyMap<Id, Post>;
  gradeCodes: ReadonlyMap<Id, string>;
  /** Change status by post id; null for a chart of one structure on its own. */
  marks: ReadonlyMap<Id, PostMark> | null;
  /** Full-year cost in pence by post id, when costs are shown. */
  costs: ReadonlyMap<Id, number> | null;
  /** Postholder names are personal data: shown only when the user asks. */
  names: boolean;
  /** Greys instead of status colours (labels and borders still tell the statuses apart). */
  monochrome: boolean;
}

export interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

/** Card geometry in layout units (points at scale 1). */
export const CARD = {
  width: 176,
  pad: 6,
  band: 13,
  bandText: 8,
  titleSize: 9.5,
  titleLine: 11.2,
  maxTitleLines: 3,
  detailSize: 8.5,
  detailLine: 10.4,
} as const;

/** The smallest text on a card, in layout units: it decides how far a chart may shrink. */
export const CARD_MIN_TEXT = CARD.bandText;

export interface CardOptions {
  names: boolean;
  costs: boolean;
  /** The chart shows change statuses, so cards keep room for the band and the "Was:" line. */
  marks: boolean;
}

/** Height of every card of a chart; `titleLines` is the most any title on it wraps to. */
export function cardHeight(o: CardOptions, titleLines: number = CARD.maxTitleLines): number {
  const detailLines = 1 + (o.marks ? 1 : 0) + (o.names ? 1 : 0);
  const lines = Math.min(CARD.maxTitleLines, Math.max(1, titleLines));
  return Math.ceil(CARD.pad * 2 + (o.marks ? CARD.band : 0) + lines * CARD.titleLine + detailLines * CARD.detailLine);
}

/** The most lines any of these titles wraps to on a card (allowing for a "× n" count after it). */
export function titleLinesNeeded(titles: Iterable<string>): number {
  let most = 1;
  const seen = new Set<string>();
  for (const t of titles) {
    if (seen.has(t)) continue;
    seen.add(t);
    most = Math.max(most, wrapText(`${t} × 99`, CARD.width - CARD.pad * 2, CARD.titleSize, 'semibold', CARD.maxTitleLines).length);
    if (most >= CARD.maxTitleLines) break;
  }
  return most;
}

const INK = '#111111';
const MUTED = '#444444';

function markCounts(card: LayoutCard, content: ChartContent): Map<MarkKind, number> {
  const counts = new Map<MarkKind, number>();
  if (!content.marks) return counts;
  for (const id of card.postIds) {
    const m = content.marks.get(id);
    if (m) for (const k of m.kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function gradeCode(post: Post | null | undefined, content: ChartContent): string {
  return post?.gradeId ? (content.gradeCodes.get(post.gradeId) ?? '') : '';
}

function wasLine(kind: MarkKind, post: Post, mark: PostMark, content: ChartContent): string {
  const before = mark.before;
  if (!before) return '';
  if (kind === 'redesignated' || kind === 'regraded') {
    const g = gradeCode(before, content);
    return kind === 'regraded' ? `Was ${g || 'ungraded'}` : `Was: ${before.title}${g ? ` (${g})` : ''}`;
  }
  if (kind === 'fte-changed') return `Was ${formatFte(before.fte)} FTE`;
  if (kind === 'moved' && before.team !== post.team && before.team) return `Was in ${before.team}`;
  return '';
}

/** The shapes of one card, in page coordinates. */
export function drawCard(card: LayoutCard, content: ChartContent, t: Transform): Shape[] {
  const s = t.scale;
  const X = (v: number) => t.dx + v * s;
  const Y = (v: number) => t.dy + v * s;
  const posts = card.postIds.map((id) => content.posts.get(id)).filter((p): p is Post => p !== undefined);
  const first = posts[0];
  const counts = markCounts(card, content);
  const kinds = MARK_ORDER.filter((k) => counts.has(k));
  const main = kinds[0] ?? null;
  const style = main ? MARK_STYLES[main] : null;
  const out: Shape[] = [];
  const x0 = card.x;
  const y0 = card.y;
  const w = card.width;
  const h = card.height;

  const border = style?.border ?? UNCHANGED_BORDER;
  out.push(
    rect(X(x0), Y(y0), w * s, h * s, {
      fill: style?.fill ?? '#ffffff',
      stroke: INK,
      lineWidth: Math.max(0.4, border.width * s),
      ...(border.dash ? { dash: border.dash.map((d) => d * s) } : {}),
    }),
  );

  const inner = w - CARD.pad * 2;
  let y = y0 + CARD.pad;
  if (main && style) {
    const colour = content.monochrome ? '#333333' : style.colour;
    out.push(rect(X(x0), Y(y0), w * s, CARD.band * s, { fill: colour, stroke: null }));
    // Every change is named (REGRADED · FTE CHANGED); a group only holds posts with the same changes.
    const same = kinds.every((k) => counts.get(k) === card.postIds.length);
    const label = same ? markLabel(kinds) : kinds.map((k) => `${counts.get(k)} ${MARK_STYLES[k].label}`).join(' · ');
    out.push(text(X(x0 + CARD.pad), Y(y0 + CARD.band - 3.6), truncateText(label, inner, CARD.bandText, 'semibold'), CARD.bandText * s, 'semibold', { fill: '#ffffff' }));
    y += CARD.band;
  }

  if (!first) return out;
  const n = posts.length;
  const title = n > 1 ? `${first.title} × ${n}` : first.title;
  const deleted = main === 'deleted' && counts.get('deleted') === n;
  for (const l of wrapText(title, inner, CARD.titleSize, 'semibold', CARD.maxTitleLines)) {
    y += CARD.titleLine;
    out.push(text(X(x0 + CARD.pad), Y(y - 2.4), l, CARD.titleSize * s, 'semibold', { fill: INK, strike: deleted }));
  }

  // Grade, FTE and vacancy on one line; the cost, when shown, at its right.
  const fteUnits = posts.reduce((sum, p) => sum + Math.round(p.fte * 10_000), 0);
  const vacant = posts.filter((p) => p.vacant).length;
  const grade = gradeCode(first, content);
  const parts = [grade, n > 1 ? `${n} posts` : '', `${formatFte(fteUnits / 10_000)} FTE`].filter(Boolean);
  if (vacant) parts.push(n > 1 ? `${vacant} vacant` : 'Vacant');
  y += CARD.detailLine + 1.5;
  let costWidth = 0;
  if (content.costs) {
    const pence = posts.reduce((sum, p) => sum + (content.costs!.get(p.id) ?? 0), 0);
    const c = formatPounds(pence);
    out.push(text(X(x0 + w - CARD.pad), Y(y - 2.2), c, CARD.detailSize * s, 'regular', { anchor: 'end', fill: INK }));
    costWidth = (c.length + 1) * CARD.detailSize * 0.52;
  }
  out.push(text(X(x0 + CARD.pad), Y(y - 2.2), truncateText(parts.join(' · '), inner - costWidth, CARD.detailSize), CARD.detailSize * s, 'regular', { fill: INK }));

  if (main && n === 1 && content.marks) {
    const mark = content.marks.get(first.id);
    const was = mark ? wasLine(mark.kind, first, mark, content) : '';
    if (was) {
      y += CARD.detailLine;
      out.push(text(X(x0 + CARD.pad), Y(y - 2.2), truncateText(was, inner, CARD.detailSize), CARD.detailSize * s, 'regular', { fill: MUTED }));
    }
  }

  if (content.names) {
    const holders = posts.flatMap((p) => (p.vacant ? [] : p.postholders.map((h) => h.name.trim()).filter(Boolean)));
    if (holders.length) {
      y += CARD.detailLine;
      out.push(text(X(x0 + CARD.pad), Y(y - 2.2), truncateText(holders.join(', '), inner, CARD.detailSize), CARD.detailSize * s, 'regular', { fill: MUTED }));
    }
  }

  return out;
}
