// "The post you touched stays where your eye is": after a re-layout, the view shifts by exactly as
// much as the touched card moved, so that card stays at the same place on screen and the rest of
// the chart rearranges around it. Without a touched card, the card nearest the middle of the view
// stays put.
import type { ChartLayoutResult } from '../../../../shared/layout/layoutChart';
import type { LayoutCard } from '../../../../shared/layout/types';
import type { Id, Post } from '../../../../shared/model/types';
import type { Viewport } from './types';

/** The card a post is drawn in, or the card of the nearest manager above it that is drawn. */
export function cardShowing(layout: ChartLayoutResult, postId: Id, posts: Record<Id, Post> | undefined): LayoutCard | null {
  const seen = new Set<Id>();
  let cur: Id | null = postId;
  while (cur && !seen.has(cur)) {
    const cardId = layout.cardOfPost.get(cur);
    if (cardId) return layout.cards.find((c) => c.id === cardId) ?? null;
    seen.add(cur);
    cur = posts?.[cur]?.managerId ?? null;
  }
  return null;
}

export function cardNearestCentre(layout: ChartLayoutResult, v: Viewport, width: number, height: number): LayoutCard | null {
  const cx = (width / 2 - v.x) / v.zoom;
  const cy = (height / 2 - v.y) / v.zoom;
  let best: LayoutCard | null = null;
  let bestD = Infinity;
  for (const c of layout.cards) {
    const dx = Math.max(c.x - cx, 0, cx - (c.x + c.width));
    const dy = Math.max(c.y - cy, 0, cy - (c.y + c.height));
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/** The viewport that keeps `postId`'s card where it was on screen, or null when no change is needed. */
export function viewportKeeping(
  before: ChartLayoutResult,
  after: ChartLayoutResult,
  postId: Id,
  posts: Record<Id, Post> | undefined,
  v: Viewport,
): Viewport | null {
  const was = cardShowing(before, postId, posts);
  const now = cardShowing(after, postId, posts);
  if (!was || !now) return null;
  const dx = (now.x - was.x) * v.zoom;
  const dy = (now.y - was.y) * v.zoom;
  if (Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5) return null;
  return { x: v.x - dx, y: v.y - dy, zoom: v.zoom };
}
